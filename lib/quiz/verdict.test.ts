import { describe, expect, it } from "vitest";
import { marksInWords, shareInWords, verdictOf } from "./verdict";

const answer = (over: Partial<Parameters<typeof verdictOf>[0] & object>) => ({
  correct: true,
  credit: 1,
  tries: 1,
  mark: 1,
  certainty: null,
  ...over,
});

describe("verdicts", () => {
  it("says right, partly right and wrong in words, with what the marks mean", () => {
    expect(verdictOf(answer({}))).toEqual({ tone: "right", word: "Right", marks: "full marks" });
    expect(verdictOf(answer({ tries: 2, credit: 0.5, mark: 0.5 }))).toEqual({
      tone: "partly",
      word: "Right on the second try",
      marks: "half marks",
    });
    expect(verdictOf(answer({ correct: false, credit: 0.6, mark: 0.6 }))).toEqual({
      tone: "partly",
      word: "Partly right",
      marks: "60 % of the marks",
    });
    expect(verdictOf(answer({ correct: false, credit: 0, mark: 0, tries: 2 }))).toEqual({
      tone: "wrong",
      word: "Wrong",
      marks: "no marks",
    });
    expect(verdictOf(null)).toEqual({ tone: "unanswered", word: "Not answered", marks: "no marks" });
  });

  it("gives the certainty-based mark, which can cost marks, and why", () => {
    expect(verdictOf(answer({ correct: false, credit: 0, mark: -6, certainty: "high" })).marks).toBe(
      "−6 marks (you were sure)",
    );
    expect(verdictOf(answer({ mark: 2, certainty: "medium" })).marks).toBe("2 marks (you were fairly sure)");
  });

  it("never shows a raw float", () => {
    expect(marksInWords(1.3333333)).toBe("1.33 marks");
    expect(marksInWords(1)).toBe("1 mark");
    expect(shareInWords(0.333333)).toBe("33 % of the marks");
    expect(shareInWords(0.75)).toBe("three quarters of the marks");
  });
});
