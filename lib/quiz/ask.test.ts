import { describe, expect, it } from "vitest";
import { askQuestion, numberInWords } from "./ask";
import { QuestionSchema } from "./schema";

const question = (extra: Record<string, unknown>) =>
  QuestionSchema.parse({
    id: "lin-basic",
    type: "single",
    prompt: "Is a stale follower read after an acknowledged write linearizable?",
    concepts: ["linearizability"],
    options: [
      { id: "yes", text: "Yes" },
      { id: "no", text: "No" },
    ],
    answer: "no",
    explanation: "The read starts after the write was acknowledged, so it must see it.",
    ...extra,
  });

describe("askQuestion feedback", () => {
  it("links the lesson section named by readMore beside the explanation", () => {
    const asked = askQuestion(question({ readMore: "/learn/single-leader-replication#linearizability" }), 1);
    expect(asked.ok && asked.feedback.readMore).toBe("/learn/single-leader-replication#linearizability");
  });

  it("shows no link when the question names no section", () => {
    const asked = askQuestion(question({}), 1);
    expect(asked.ok && "readMore" in asked.feedback).toBe(false);
  });

  it("keeps readMore out of what the browser sees before grading", () => {
    const asked = askQuestion(question({ readMore: "/learn/single-leader-replication#linearizability" }), 1);
    expect(JSON.stringify(asked.ok && asked.client)).not.toContain("readMore");
  });

  it("refuses a readMore that is not a lesson heading link", () => {
    expect(QuestionSchema.safeParse({ ...question({}), readMore: "https://example.com/x" }).success).toBe(false);
  });
});

describe("numberInWords", () => {
  it("rounds to the precision the question grades at, with separators and the unit", () => {
    expect(numberInWords(5069.246748689311, 50, "ms")).toBe("5,069 ms (± 50)");
    expect(numberInWords(0.4567, 0.05)).toBe("0.46 (± 0.05)");
    expect(numberInWords(2.5, 0, "s")).toBe("2.5 s");
    expect(numberInWords(1000, 0, "ms")).toBe("1,000 ms");
  });
});
