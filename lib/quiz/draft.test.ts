import { describe, expect, it } from "vitest";
import { TEXT_LIMITS } from "../text-limits";
import { AttemptDraftSchema, toResponse, trimDraft } from "./draft";

describe("quiz drafts", () => {
  it("accepts what the form holds and refuses a typed number longer than the limit", () => {
    expect(
      AttemptDraftSchema.safeParse({
        drafts: { q1: { choice: "a" }, q2: { text: "12.5" }, q3: { order: ["x", "y"] } },
        certainty: { q1: "high" },
      }).success,
    ).toBe(true);
    expect(
      AttemptDraftSchema.safeParse({
        drafts: { q2: { text: "9".repeat(TEXT_LIMITS.quizTypedNumber + 1) } },
        certainty: {},
      }).success,
    ).toBe(false);
  });

  it("refuses fields the form never sends and option ids that are not ids", () => {
    expect(AttemptDraftSchema.safeParse({ drafts: { q1: { choice: "a", graded: true } }, certainty: {} }).success).toBe(
      false,
    );
    expect(AttemptDraftSchema.safeParse({ drafts: { q1: { choice: "<script>" } }, certainty: {} }).success).toBe(false);
    expect(AttemptDraftSchema.safeParse({ drafts: {}, certainty: { q1: "certain" } }).success).toBe(false);
  });

  it("keeps only the questions the attempt asks", () => {
    const draft = { drafts: { q1: { choice: "a" }, other: { choice: "b" } }, certainty: { other: "low" as const } };
    expect(trimDraft(draft, new Set(["q1"]))).toEqual({ drafts: { q1: { choice: "a" } }, certainty: {} });
  });

  it("turns a typed number into a numeric response, ignoring separators, and an empty box into no answer", () => {
    expect(toResponse({ responseType: "numeric" }, { text: "5,069" })).toEqual({ type: "numeric", value: 5069 });
    expect(toResponse({ responseType: "scenario-number" }, { text: "  " })).toBeNull();
  });
});
