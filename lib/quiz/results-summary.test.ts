import { describe, expect, it } from "vitest";
import { summarise, type SummaryInput } from "./results-summary";

const graded = (correct: boolean, credit: number, tries = 1) => ({
  correct,
  credit,
  tries,
  mark: credit,
  certainty: null,
});
const lab = { scenario: "split-brain", seed: 3, actions: [], time: 5000 };

describe("results summary", () => {
  const questions: SummaryInput[] = [
    { questionId: "a", concepts: ["quorum"], answer: graded(true, 1), feedback: { readMore: "/learn/l#quorum" } },
    {
      questionId: "b",
      concepts: ["quorum", "fencing"],
      answer: graded(false, 0),
      feedback: { readMore: "/learn/l#fencing", lab },
    },
    {
      questionId: "c",
      concepts: ["fencing"],
      answer: graded(true, 0.5, 2),
      feedback: { readMore: "/learn/l#fencing" },
    },
    { questionId: "d", concepts: ["lag"], answer: null, feedback: null },
  ];

  it("counts right, partly right, wrong and unanswered", () => {
    expect(summarise(questions).counts).toEqual({ right: 1, partly: 1, wrong: 1, unanswered: 1 });
  });

  it("lists concepts weakest first, a second-try answer not counting as right", () => {
    expect(summarise(questions).byConcept).toEqual([
      { concept: "fencing", right: 0, total: 2, tone: "wrong" },
      { concept: "lag", right: 0, total: 1, tone: "wrong" },
      { concept: "quorum", right: 1, total: 2, tone: "partly" },
    ]);
  });

  it("points at each lesson section behind a miss once, and the first missed run", () => {
    const s = summarise(questions);
    expect(s.toRead).toEqual(["/learn/l#fencing"]);
    expect(s.lab).toBe(lab);
    expect(s.missed).toEqual(["b", "c", "d"]);
  });

  it("has nothing to suggest when everything is right", () => {
    const s = summarise([questions[0] as SummaryInput]);
    expect(s).toMatchObject({ toRead: [], lab: null, missed: [] });
  });
});
