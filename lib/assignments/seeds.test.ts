import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SEED, memberSeed, variantFor } from "./seeds";

describe("assignment seeds", () => {
  it("gives every member of a pinned assignment the pinned seed", () => {
    const policy = { seedMode: "pinned", pinnedSeed: 42, seedBase: 7 } as const;
    expect([0, 1, 2, 50].map((k) => memberSeed(policy, k))).toEqual([42, 42, 42, 42]);
  });

  it("gives per-candidate members distinct, reproducible seeds in range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_SEED }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (base, a, gap) => {
          const policy = { seedMode: "per-candidate", pinnedSeed: null, seedBase: base } as const;
          const s = memberSeed(policy, a);
          expect(s).toBe(memberSeed(policy, a));
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(MAX_SEED);
          expect(memberSeed(policy, a + gap)).not.toBe(s);
        },
      ),
    );
  });

  it("maps consecutive member seeds onto different distinct variants", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_SEED }),
        fc.uniqueArray(fc.integer({ min: 1, max: 64 }), { minLength: 2, maxLength: 12 }),
        (seed, seeds) => {
          const v = variantFor(seed, seeds);
          expect(seeds).toContain(v);
          expect(variantFor(seed + 1, seeds)).not.toBe(v);
        },
      ),
    );
  });
});
