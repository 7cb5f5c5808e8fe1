import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityNotes, estimateCapacity, formatBytes, powerOfTen, TWITTER_EXAMPLE } from "./capacity";

describe("capacity estimator", () => {
  it("reproduces the framework lesson's Twitter numbers", () => {
    const e = estimateCapacity(TWITTER_EXAMPLE);
    expect(Math.round(e.writesPerSecond)).toBe(5_787);
    expect(e.bytesPerDay).toBe(1e12);
    expect(formatBytes(e.bytesPerDay)).toBe("1 TB");
    expect(formatBytes(e.bytesRetained)).toBe("1.83 PB");
    expect(formatBytes(e.bytesOnDisk)).toBe("5.48 PB");
    expect(e.steps[0]?.working).toBe("500,000,000 / 86,400 s");
    expect(e.steps[0]?.result).toBe("≈ 5.79 × 10^3 writes/s");
  });

  it("writes powers of ten and decimal units", () => {
    expect(powerOfTen(5_787.04)).toBe("5.79 × 10^3");
    expect(powerOfTen(1e12)).toBe("1 × 10^12");
    expect(powerOfTen(42)).toBe("42");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(11_574_074)).toBe("11.6 MB");
  });

  it("puts the working into notes, one line per step", () => {
    const text = capacityNotes(estimateCapacity(TWITTER_EXAMPLE));
    expect(text.split("\n")).toHaveLength(10);
    expect(text).toContain("Storage over 5 years: 1 TB/day × 365 × 5 = 1.83 × 10^15 B ≈ 1.83 PB");
  });

  it("is consistent: peak ≥ average, disk = retained × replicas", () => {
    fc.assert(
      fc.property(
        fc.record({
          writesPerDay: fc.double({ min: 1, max: 1e12, noNaN: true }),
          readsPerWrite: fc.double({ min: 0, max: 1000, noNaN: true }),
          itemBytes: fc.double({ min: 1, max: 1e7, noNaN: true }),
          peakFactor: fc.double({ min: 1, max: 100, noNaN: true }),
          retentionYears: fc.double({ min: 0.1, max: 100, noNaN: true }),
          replicas: fc.integer({ min: 1, max: 10 }),
        }),
        (input) => {
          const e = estimateCapacity(input);
          expect(e.peakWritesPerSecond).toBeGreaterThanOrEqual(e.writesPerSecond);
          expect(e.bytesOnDisk).toBeCloseTo(e.bytesRetained * input.replicas, -3);
          expect(e.steps.every((s) => s.result.length > 0 && !s.result.includes("NaN"))).toBe(true);
        },
      ),
    );
  });
});
