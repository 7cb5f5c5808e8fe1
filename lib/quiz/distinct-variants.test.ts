import { describe, expect, it } from "vitest";
import { askQuestion } from "./ask";
import { distinctVariantSeeds, pickSeed } from "./distinct-variants";
import { ScenarioQuestionSchema } from "./schema";
import { variantSeeds } from "./variant";

const base = {
  id: "q",
  type: "scenario",
  prompt: "What does the read return?",
  concepts: ["replication-lag"],
  explanation: "An explanation long enough.",
  generator: "stale-read",
};
// 2 × 2 parameter values behind 12 seeds: at most four questions read differently.
const small = ScenarioQuestionSchema.parse({
  ...base,
  params: { lagMs: { min: 1000, max: 3000, step: 2000 }, gapMs: { min: 100, max: 1500, step: 1400 } },
  variants: 12,
});

function reads(seed: number): string {
  const asked = askQuestion(small, seed);
  if (!asked.ok) throw new Error(asked.reason);
  return JSON.stringify([asked.client.prompt, asked.client.scenario?.setup, asked.client.scenario?.timeline]);
}

describe("distinct variants", () => {
  it("keeps the first seed of each way the question reads, and only those", () => {
    const seeds = distinctVariantSeeds(small);
    expect(seeds[0]).toBe(1);
    expect(new Set(seeds.map(reads)).size).toBe(seeds.length);
    expect(seeds.length).toBe(new Set(variantSeeds(small).map(reads)).size);
    expect(seeds.length).toBeLessThan(small.variants);
  });

  it("picks a seed that reads differently from every seen one while one is left", () => {
    const seeds = distinctVariantSeeds(small);
    const last = seeds[seeds.length - 1] ?? 1;
    const seenOthers = variantSeeds(small).filter((s) => reads(s) !== reads(last));
    expect(pickSeed(small, 0, seenOthers)).toBe(last);
    expect(pickSeed(small, 0.5, seenOthers)).toBe(last);
    // Everything seen: any distinct seed will do.
    expect(seeds).toContain(pickSeed(small, 0.99, variantSeeds(small)));
  });

  it("never picks a seed that reads like an excluded one, even when that leaves only seen ones or none", () => {
    const seeds = distinctVariantSeeds(small);
    const [first = 1, second = 1] = seeds;
    const twinOfFirst = variantSeeds(small).find((s) => s !== first && reads(s) === reads(first));
    const excluded = twinOfFirst === undefined ? [first] : [twinOfFirst];
    for (const pick of [0, 0.3, 0.6, 0.99])
      expect(reads(pickSeed(small, pick, [], excluded) ?? 0)).not.toBe(reads(first));
    // Everything else seen: a seen variant is still better than the excluded one.
    const others = seeds.filter((s) => s !== first);
    expect(others).toContain(pickSeed(small, 0, others, [first]));
    expect(pickSeed(small, 0, [], [second, ...others, first])).toBeNull();
  });
});
