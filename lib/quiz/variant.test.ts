import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shuffle } from "./ask";
import { levelOf } from "./mastery";
import { ScenarioQuestionSchema } from "./schema";
import { drawParams, fillTemplate, variantSeeds } from "./variant";

const question = ScenarioQuestionSchema.parse({
  id: "q",
  type: "scenario",
  prompt: "What does the read return?",
  concepts: ["replication-lag"],
  explanation: "An explanation long enough.",
  generator: "stale-read",
  params: { lagMs: { min: 0, max: 4000, step: 500 }, gapMs: { min: 100, max: 3000, step: 100 } },
  variants: 64,
});

describe("seeded variants", () => {
  it("same seed ⇒ same variant, always within the declared ranges", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const a = drawParams(question, seed);
        expect(drawParams(question, seed)).toEqual(a);
        expect(a.lagMs! % 500).toBe(0);
        expect(a.lagMs).toBeGreaterThanOrEqual(0);
        expect(a.lagMs).toBeLessThanOrEqual(4000);
        expect(a.gapMs).toBeGreaterThanOrEqual(100);
        expect(a.gapMs).toBeLessThanOrEqual(3000);
      }),
    );
  });

  it("different seeds give different variants", () => {
    const distinct = new Set(variantSeeds(question).map((s) => JSON.stringify(drawParams(question, s))));
    expect(distinct.size).toBeGreaterThan(30);
  });

  it("a listed parameter takes only its listed values, every one of them in time", () => {
    const listed = ScenarioQuestionSchema.parse({
      ...question,
      params: { lagMs: { values: [500, 3500] }, gapMs: { values: [200, 1000, 2600] } },
    });
    const drawn = variantSeeds(listed).map((s) => drawParams(listed, s));
    expect(new Set(drawn.map((p) => p.lagMs))).toEqual(new Set([500, 3500]));
    expect(new Set(drawn.map((p) => p.gapMs))).toEqual(new Set([200, 1000, 2600]));
  });

  it("shuffles deterministically", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(shuffle([1, 2, 3, 4, 5], seed)).toEqual(shuffle([1, 2, 3, 4, 5], seed));
      }),
    );
  });

  it("fills prompt placeholders", () => {
    expect(fillTemplate("lag {lagMs} ms, {nope}", { lagMs: 500 })).toBe("lag 500 ms, {nope}");
  });
});

describe("mastery", () => {
  const a = (questionId: string, attemptId: string, correct = true, scenario = false) => ({
    questionId,
    attemptId,
    concepts: ["c"],
    scenario,
    correct,
  });
  it("needs distinct questions, two sessions and a scenario question for mastered", () => {
    expect(levelOf([a("q1", "s1", false)])).toBe("attempted");
    expect(levelOf([a("q1", "s1"), a("q1", "s2"), a("q1", "s3")])).toBe("familiar");
    expect(levelOf([a("q1", "s1"), a("q2", "s1")])).toBe("proficient");
    expect(levelOf([a("q1", "s1"), a("q2", "s1"), a("q3", "s1", true, true)])).toBe("proficient");
    expect(levelOf([a("q1", "s1"), a("q2", "s1"), a("q3", "s2", true, true)])).toBe("mastered");
  });
});
