import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent } from "./check";
import { formatDiagnostic } from "./diagnostics";
import { contentCheckInput } from "./sources";

const fixture = "tests/fixtures/quizzes/ambiguous-quiz.yaml";

describe("content:check for graded questions", () => {
  it("fails, with file:line, on a question without a unique correct answer", () => {
    const real = contentCheckInput();
    const problems = checkContent({
      ...real,
      quizzes: [...real.quizzes, { path: fixture, source: readFileSync(fixture, "utf8") }],
    }).map(formatDiagnostic);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${fixture}:14: question "amb-concurrent-read" has no unique correct answer for \\d of 4 seeds \\(seed \\d: the read started before the write was acknowledged`,
        ),
      ),
      `${fixture}:23: question "amb-single": two options read "the same text", so the answer is ambiguous`,
      `${fixture}:25: question "amb-single": answer "c" is not an option`,
    ]);
  });
});
