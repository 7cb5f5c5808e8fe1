import { describe, expect, it } from "vitest";
import { createRng, nextFloat, nextInt, restoreRng, rngState } from "./rng";

describe("seeded PRNG", () => {
  it("gives the same stream for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => nextFloat(a));
    const ys = Array.from({ length: 100 }, () => nextFloat(b));
    expect(xs).toEqual(ys);
    expect(new Set(xs).size).toBe(100);
  });

  it("gives different streams for different seeds", () => {
    const a = createRng(1);
    const b = createRng(2);
    expect(nextFloat(a)).not.toEqual(nextFloat(b));
  });

  it("resumes exactly from an exported state", () => {
    const a = createRng(7);
    for (let i = 0; i < 10; i++) nextFloat(a);
    const b = restoreRng(rngState(a));
    expect(Array.from({ length: 20 }, () => nextInt(a, 1000))).toEqual(
      Array.from({ length: 20 }, () => nextInt(b, 1000)),
    );
  });

  it("stays in [0, 1)", () => {
    const r = createRng(3);
    for (let i = 0; i < 10000; i++) {
      const x = nextFloat(r);
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
