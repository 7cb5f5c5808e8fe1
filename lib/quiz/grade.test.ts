import { describe, expect, it } from "vitest";
import { grade, orderingCredit } from "./grade";
import { CBM_TABLE, markFor, penalisedCredit } from "./marks";

describe("grade", () => {
  it("single choice is all or nothing", () => {
    expect(grade({ type: "single", answer: "a" }, { type: "single", choice: "a" })).toEqual({
      ok: true,
      credit: 1,
      correct: true,
    });
    expect(grade({ type: "single", answer: "a" }, { type: "single", choice: "b" })).toEqual({
      ok: true,
      credit: 0,
      correct: false,
    });
  });

  it("multiple select gives partial credit: right picks minus wrong picks over the number of right options", () => {
    const key = { type: "multi" as const, answer: ["a", "b", "c"], options: ["a", "b", "c", "d"] };
    expect(grade(key, { type: "multi", choices: ["a", "b", "c"] })).toMatchObject({ credit: 1, correct: true });
    expect(grade(key, { type: "multi", choices: ["a", "b"] })).toMatchObject({ credit: 2 / 3, correct: false });
    expect(grade(key, { type: "multi", choices: ["a", "b", "d"] })).toMatchObject({ credit: 1 / 3 });
    expect(grade(key, { type: "multi", choices: ["a", "b", "c", "d"] })).toMatchObject({ credit: 2 / 3 });
    expect(grade(key, { type: "multi", choices: ["d"] })).toMatchObject({ credit: 0 });
    expect(grade(key, { type: "multi", choices: ["z"] })).toEqual({ ok: false, error: "Unknown option." });
  });

  it("numeric answers accept the tolerance", () => {
    const key = { type: "numeric" as const, answer: 5787, tolerance: 300 };
    expect(grade(key, { type: "numeric", value: 6000 })).toMatchObject({ correct: true });
    expect(grade(key, { type: "numeric", value: 6100 })).toMatchObject({ correct: false });
  });

  it("ordering gives Kendall-tau credit clipped at zero", () => {
    const key = { type: "ordering" as const, order: ["a", "b", "c", "d"] };
    expect(grade(key, { type: "ordering", order: ["a", "b", "c", "d"] })).toMatchObject({ credit: 1, correct: true });
    expect(grade(key, { type: "ordering", order: ["b", "a", "c", "d"] })).toMatchObject({ credit: 4 / 6 });
    expect(grade(key, { type: "ordering", order: ["d", "c", "b", "a"] })).toMatchObject({ credit: 0 });
    expect(grade(key, { type: "ordering", order: ["a", "a", "c", "d"] })).toMatchObject({ ok: false });
    expect(orderingCredit(["a", "b"], ["a", "b"])).toBe(1);
  });

  it("scenario answers are graded against the engine-derived key", () => {
    expect(
      grade(
        { type: "scenario-choice", answer: "lost", options: ["lost", "survives"] },
        { type: "scenario-choice", choice: "lost" },
      ),
    ).toMatchObject({ correct: true });
    expect(
      grade({ type: "scenario-number", answer: 3, tolerance: 0 }, { type: "scenario-number", value: 2 }),
    ).toMatchObject({ correct: false });
  });

  it("rejects a response of the wrong type", () => {
    expect(grade({ type: "single", answer: "a" }, { type: "numeric", value: 1 })).toMatchObject({ ok: false });
  });
});

describe("marks", () => {
  it("follows Gardner-Medwin's certainty table", () => {
    expect(CBM_TABLE).toEqual({
      low: { correct: 1, wrong: 0 },
      medium: { correct: 2, wrong: -2 },
      high: { correct: 3, wrong: -6 },
    });
    expect(markFor(1, "high")).toBe(3);
    expect(markFor(0, "high")).toBe(-6);
    expect(markFor(0, "low")).toBe(0);
    expect(markFor(0.5, "medium")).toBe(0);
    expect(markFor(0.5, undefined)).toBe(0.5);
  });

  it("halves credit for a retry", () => {
    expect(penalisedCredit(1, 1)).toBe(1);
    expect(penalisedCredit(1, 2)).toBe(0.5);
  });
});
