import {
  checkPrompts,
  type PromptDiagnostic,
  type PromptSource,
  type ScenarioNodes,
} from "@/lib/interview/prompt-check";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { scenarios } from "@/lib/sim/scenarios";
import { readInterviewSources } from "./sources";

/** The loader of content/interviews: the mock-interview prompt bank, checked like every other content file. */
export function readPromptSources(): PromptSource[] {
  return readInterviewSources();
}

export function scenarioNodes(): ScenarioNodes {
  return new Map(
    Object.entries(scenarios).map(([name, scenario]) => [name, scenario.topology.nodes.map((node) => node.id)]),
  );
}

/** content:check's rules for the prompt bank, as file:line diagnostics. */
export function interviewDiagnostics(): PromptDiagnostic[] {
  const result = checkPrompts(readPromptSources(), scenarioNodes());
  return result.success ? [] : result.error;
}

let cache: { key: string; prompts: readonly InterviewPrompt[] } | undefined;

/** Every prompt, sorted by title. Broken prompts throw with content:check's messages (a bug: CI runs the check). */
export function interviewPrompts(): readonly InterviewPrompt[] {
  const files = readPromptSources();
  const key = files.map((file) => `${file.path}\0${file.source}`).join("\0");
  if (cache?.key === key) return cache.prompts;
  const result = checkPrompts(files, scenarioNodes());
  if (!result.success)
    throw new Error(
      `Interview prompt errors:\n${result.error.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n")}`,
    );
  cache = { key, prompts: result.data };
  return result.data;
}

export function interviewPrompt(slug: string): InterviewPrompt | undefined {
  return interviewPrompts().find((prompt) => prompt.slug === slug);
}
