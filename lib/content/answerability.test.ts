import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerabilityDiagnostics } from "./answerability";
import { checkQuestion } from "@/lib/quiz/check";
import { formatDiagnostic } from "./diagnostics";
import { quizSchema } from "./quiz-schema";
import { parseYamlSource } from "@/lib/yaml-source";

const fixture = "tests/fixtures/quizzes/hidden-boundary-quiz.yaml";
const file = { path: fixture, source: readFileSync(fixture, "utf8") };
/** A choice key moves between two option ids; a numeric one moves by more than its tolerance. */
const unanswerable = (line: number, id: string, seed: number, params: string, tolerance?: string) =>
  new RegExp(
    `^${fixture}:${line}: question "${id}" seed ${seed} \\(${params}\\) is not answerable from what the candidate sees: the key moves from ${tolerance ? `\\d+ to \\d+ \\(${tolerance}\\)` : '"\\w+" to "\\w+"'} when .+ \\(hidden variation \\d+ of \\d+\\)$`,
  );

describe("content:check's answerability check", () => {
  const problems = answerabilityDiagnostics([file]).map(formatDiagnostic);

  it("is needed: the per-seed key check passes the fixture, every default run having one clear answer", () => {
    const messages: string[] = [];
    for (const question of quizSchema.parse(parseYamlSource(file.source).data).questions)
      checkQuestion(question, (_path, message) => messages.push(message));
    expect(messages).toEqual([]);
  });

  it("rejects every seed whose key hangs on what the candidate cannot see, naming the question, the seed and what moved", () => {
    expect(problems).toEqual([
      expect.stringMatching(unanswerable(15, "hb-lww-tie", 1, "gap=500")),
      expect.stringMatching(unanswerable(15, "hb-lww-tie", 2, "gap=500")),
      expect.stringMatching(unanswerable(23, "hb-slow-link", 1, "quorum=0, gap=30")),
      expect.stringMatching(unanswerable(23, "hb-slow-link", 2, "quorum=0, gap=30")),
      expect.stringMatching(unanswerable(39, "hb-semi-sync-mid", 1, "writeAt=4000", "tolerance 300")),
      expect.stringMatching(unanswerable(39, "hb-semi-sync-mid", 2, "writeAt=4000", "tolerance 300")),
    ]);
  });

  it("blames a timestamp tie on the tie-break, which the setup never states", () => {
    expect(
      problems.filter((p) => p.includes("hb-lww-tie")).every((p) => p.includes("the order of simultaneous events")),
    ).toBe(true);
  });

  it("blames a read inside the stated link-delay range on the network's jitter", () => {
    expect(problems.filter((p) => p.includes("hb-slow-link")).some((p) => p.includes("the network's jitter"))).toBe(
      true,
    );
  });

  it("accepts questions whose parameters keep a margin from the boundary, choice or numeric", () => {
    expect(problems.some((p) => p.includes("hb-clear-margin"))).toBe(false);
    expect(problems.some((p) => p.includes("hb-semi-sync-late"))).toBe(false);
  });
});
