import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerabilityDiagnostics } from "./answerability";
import { checkContent } from "./check";
import { formatDiagnostic } from "./diagnostics";
import { contentCheckInput } from "./sources";

const fixture = "tests/fixtures/quizzes/hidden-boundary-quiz.yaml";
const file = { path: fixture, source: readFileSync(fixture, "utf8") };
const unanswerable = (line: number, id: string, seed: number, params: string) =>
  new RegExp(`^${fixture}:${line}: question "${id}" seed ${seed} \\(${params}\\) is not answerable from what the candidate sees: the key moves from "\\w+" to "\\w+" when .+ \\(hidden variation \\d+ of \\d+\\)$`);

describe("content:check's answerability check", () => {
  const problems = answerabilityDiagnostics([file]).map(formatDiagnostic);

  it("passes the fixture's keys seed by seed: each default run has one clear answer", () => {
    const real = contentCheckInput();
    expect(checkContent({ ...real, quizzes: [...real.quizzes, file] }).filter((d) => d.file === fixture)).toEqual([]);
  });

  it("rejects every seed whose key hangs on what the candidate cannot see, naming the question, the seed and what moved", () => {
    expect(problems).toEqual([
      expect.stringMatching(unanswerable(15, "hb-lww-tie", 1, "gap=500")),
      expect.stringMatching(unanswerable(15, "hb-lww-tie", 2, "gap=500")),
      expect.stringMatching(unanswerable(23, "hb-slow-link", 1, "quorum=0, gap=30")),
      expect.stringMatching(unanswerable(23, "hb-slow-link", 2, "quorum=0, gap=30")),
    ]);
  });

  it("blames a timestamp tie on the tie-break, which the setup never states", () => {
    expect(problems.filter((p) => p.includes("hb-lww-tie")).every((p) => p.includes("the order of simultaneous events"))).toBe(true);
  });

  it("blames a read inside the stated link-delay range on the network's jitter", () => {
    expect(problems.filter((p) => p.includes("hb-slow-link")).some((p) => p.includes("the network's jitter"))).toBe(true);
  });

  it("accepts a question whose parameters keep a margin from the boundary", () => {
    expect(problems.some((p) => p.includes("hb-clear-margin"))).toBe(false);
  });
});
