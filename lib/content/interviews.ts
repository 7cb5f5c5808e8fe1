import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkPrompts, type PromptDiagnostic, type PromptSource, type ScenarioNodes } from "@/lib/interview/prompt-check";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { scenarios } from "@/lib/sim/scenarios";
import { CONTENT_DIR, ROOT } from "./sources";

/** The loader of content/interviews: the mock-interview prompt bank, checked like every other content file. */
export const INTERVIEWS_DIR = join(CONTENT_DIR, "interviews");

export function readPromptSources(dir = INTERVIEWS_DIR): PromptSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: relative(ROOT, join(dir, name)), source: readFileSync(join(dir, name), "utf8") }));
}

export function scenarioNodes(): ScenarioNodes {
  return new Map(Object.entries(scenarios).map(([name, scenario]) => [name, scenario.topology.nodes.map((node) => node.id)]));
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
  if (!result.success) throw new Error(`Interview prompt errors:\n${result.error.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n")}`);
  cache = { key, prompts: result.data };
  return result.data;
}

export function interviewPrompt(slug: string): InterviewPrompt | undefined {
  return interviewPrompts().find((prompt) => prompt.slug === slug);
}
