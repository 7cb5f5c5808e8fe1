import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCoverage, normaliseText } from "./coverage";

const points = [
  { point: "Fan-out on write", terms: ["fan-out on write", "push model"] },
  { point: "Quorum overlap", terms: ["W + R > N", "quorum"] },
  { point: "Fencing", terms: ["fencing token", "epoch"] },
];

describe("coverage check", () => {
  it("matches whole words regardless of case, punctuation and plurals", () => {
    const result = checkCoverage("We use FAN-OUT ON WRITE for most users; quorums: w+r>n.", points);
    expect(result.covered.map((c) => c.point)).toEqual(["Fan-out on write", "Quorum overlap"]);
    expect(result.missed.map((m) => m.point)).toEqual(["Fencing"]);
  });

  it("does not match inside other words", () => {
    expect(checkCoverage("epochal change", points).covered).toEqual([]);
    expect(checkCoverage("fencing tokens everywhere", points).covered.map((c) => c.matched)).toEqual(["fencing token"]);
  });

  it("normalises deterministically and splits every point into covered or missed", () => {
    expect(normaliseText("Écrire, Replicas!")).toBe(" ecrire replica ");
    fc.assert(
      fc.property(fc.string(), (notes) => {
        const r = checkCoverage(notes, points);
        expect(r.covered.length + r.missed.length).toBe(points.length);
        expect(checkCoverage(notes, points)).toEqual(r);
      }),
    );
  });

  it("counts an estimate within the point's band, and says how it compares", () => {
    const storage = { point: "≈ 1 TB a day", terms: ["1 tb"], estimate: { value: 1, unit: "TB/day", within: 2 } };
    expect(checkCoverage("Storage is roughly 500 GB/day.", [storage]).covered).toEqual([
      { point: "≈ 1 TB a day", matched: "500 GB/day", why: "500 GB/day is within 2× of ≈ 1 TB/day" },
    ]);
    expect(checkCoverage("Storage is roughly 50 GB/day.", [storage]).missed.map((m) => m.point)).toEqual([
      "≈ 1 TB a day",
    ]);
  });
});
