import { describe, expect, it } from "vitest";
import { sampleLatency, type LatencySpec } from "./distributions";
import { createRng, rngState } from "./rng";

const samples = (spec: LatencySpec, n = 20000) => {
  const rng = createRng(11);
  return Array.from({ length: n }, () => sampleLatency(rng, spec));
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("latency distributions", () => {
  it("none: exactly the base, and consumes no randomness", () => {
    const rng = createRng(1);
    const before = rngState(rng);
    expect(sampleLatency(rng, { baseMs: 5, jitter: "none", jitterMs: 3 })).toBe(5);
    expect(rngState(rng)).toEqual(before);
  });

  it("uniform: within [base, base + jitter) with the right mean", () => {
    const xs = samples({ baseMs: 10, jitter: "uniform", jitterMs: 4 });
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...xs)).toBeLessThan(14);
    expect(mean(xs)).toBeCloseTo(12, 1);
  });

  it("exponential: at least base, mean base + jitter", () => {
    const xs = samples({ baseMs: 10, jitter: "exponential", jitterMs: 5 });
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(10);
    expect(mean(xs)).toBeGreaterThan(14.7);
    expect(mean(xs)).toBeLessThan(15.3);
  });

  it("normal: centred on base and clipped at zero", () => {
    const xs = samples({ baseMs: 50, jitter: "normal", jitterMs: 5 });
    expect(mean(xs)).toBeCloseTo(50, 0);
    const clipped = samples({ baseMs: 1, jitter: "normal", jitterMs: 10 });
    expect(Math.min(...clipped)).toBe(0);
    expect(clipped.every((x) => x >= 0)).toBe(true);
  });
});
