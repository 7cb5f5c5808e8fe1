/**
 * content:check rules for content/interviews: schema, slug = file name, a lab
 * scenario that exists in the simulator's registry, fault actions that only
 * name that scenario's nodes, each rubric dimension once, estimates in units the coverage check reads. Pure: the caller
 * passes the files and the registry.
 */
import { actionNodeRefs } from "@/lib/sim/actions";
import { parseYamlSource } from "@/lib/yaml-source";
import { estimateQuantity } from "./quantities";
import { promptSchema, RUBRIC_DIMENSIONS, type InterviewPrompt } from "./prompt-schema";

export interface PromptSource {
  readonly path: string;
  readonly source: string;
}

export interface PromptDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Scenario name → its node ids. */
export type ScenarioNodes = ReadonlyMap<string, readonly string[]>;

export type PromptParse = { success: true; data: InterviewPrompt[] } | { success: false; error: PromptDiagnostic[] };

const MIN_PROMPTS = 8;

export function checkPrompts(files: readonly PromptSource[], scenarios: ScenarioNodes): PromptParse {
  const problems: PromptDiagnostic[] = [];
  const prompts: InterviewPrompt[] = [];
  for (const file of files) {
    const report = (line: number, message: string) => problems.push({ file: file.path, line, message });
    const yaml = parseYamlSource(file.source);
    for (const error of yaml.errors) report(error.line, `YAML: ${error.message}`);
    if (yaml.errors.length > 0) continue;
    const result = promptSchema.safeParse(yaml.data);
    if (!result.success) {
      for (const issue of result.error.issues)
        report(yaml.lineOf(issue.path), `interview prompt "${issue.path.join(".")}": ${issue.message}`);
      continue;
    }
    const prompt = result.data;
    const expected = (file.path.split("/").pop() ?? "").replace(/\.ya?ml$/, "");
    if (prompt.slug !== expected)
      report(yaml.lineOf(["slug"]), `slug "${prompt.slug}" must match the file name "${expected}"`);
    const nodes = scenarios.get(prompt.lab.scenario);
    if (!nodes)
      report(
        yaml.lineOf(["lab", "scenario"]),
        `lab scenario "${prompt.lab.scenario}" is not in the simulator's registry`,
      );
    prompt.keyPoints.forEach((point, index) => {
      if (point.estimate && !estimateQuantity(point.estimate))
        report(
          yaml.lineOf(["keyPoints", index, "estimate", "unit"]),
          `key point "${point.point}": the estimate's unit "${point.estimate.unit}" is not one the coverage check reads (bytes such as GB or TB, an optional count word, and an optional rate such as /s or a day)`,
        );
    });
    prompt.lab.faults.forEach((fault, index) => {
      for (const ref of nodes ? actionNodeRefs(fault.action) : []) {
        if (!nodes?.includes(ref.node))
          report(
            yaml.lineOf(["lab", "faults", index, "action"]),
            `fault "${fault.label}": node "${ref.node}" is not in scenario "${prompt.lab.scenario}" (${nodes?.join(", ")})`,
          );
      }
    });
    const seen = new Set(prompt.rubric.map((entry) => entry.dimension));
    for (const dimension of RUBRIC_DIMENSIONS)
      if (!seen.has(dimension)) report(yaml.lineOf(["rubric"]), `rubric is missing the dimension "${dimension}"`);
    prompts.push(prompt);
  }
  if (files.length > 0 && files.length < MIN_PROMPTS)
    problems.push({
      file: "content/interviews",
      line: 1,
      message: `the prompt bank needs at least ${MIN_PROMPTS} prompts (found ${files.length})`,
    });
  return problems.length > 0
    ? { success: false, error: problems }
    : { success: true, data: prompts.sort((a, b) => a.title.localeCompare(b.title)) };
}
