import { describe, expect, it } from "vitest";
import { checkCoverage } from "@/lib/interview/coverage";
import { checkPrompts } from "@/lib/interview/prompt-check";
import { readPromptSources, scenarioNodes } from "./interviews";

const files = readPromptSources();

describe("interview prompt bank", () => {
  it("has at least eight valid prompts whose lab presets exist", () => {
    const result = checkPrompts(files, scenarioNodes());
    if (!result.success) throw new Error(result.error.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
    expect(result.data.length).toBeGreaterThanOrEqual(8);
  });

  it("every model outline covers its own key points", () => {
    const result = checkPrompts(files, scenarioNodes());
    if (!result.success) throw new Error("invalid bank");
    for (const prompt of result.data) {
      const outline = Object.values(prompt.outline).flat().join("\n") + prompt.clarify.nonFunctional.join("\n");
      const { missed } = checkCoverage(outline, prompt.keyPoints);
      expect(missed.map((m) => `${prompt.slug}: ${m.point}`)).toEqual([]);
    }
  });

  it("reports bad files with file:line messages", () => {
    const first = files[0];
    if (!first) throw new Error("no prompts");
    const broken = first.source
      .replace(/scenario: .*/, "scenario: no-such-scenario")
      .replace(/^slug: .*/m, "slug: wrong-name");
    const result = checkPrompts([{ path: first.path, source: broken }, ...files.slice(1)], scenarioNodes());
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.map((d) => `${d.line}: ${d.message}`);
    expect(messages.some((m) => /not in the simulator's registry/.test(m))).toBe(true);
    expect(messages.some((m) => /must match the file name/.test(m))).toBe(true);
  });

  it("rejects a fault naming a node the scenario does not have", () => {
    const first = files.find((f) => f.path.endsWith("galera-write-heavy.yaml"));
    if (!first) throw new Error("missing galera prompt");
    const broken = first.source.replace("node: C", "node: Z");
    const result = checkPrompts(
      [{ path: first.path, source: broken }, ...files.filter((f) => f !== first)],
      scenarioNodes(),
    );
    expect(result.success ? [] : result.error.map((d) => d.message)).toEqual([
      expect.stringMatching(/node "Z" is not in scenario/),
    ]);
  });
});
