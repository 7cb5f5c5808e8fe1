import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateMatch, estimateQuantity, quantitiesIn } from "./quantities";

const read = (text: string) => quantitiesIn(text).map((q) => [q.text, q.dimension, Math.round(q.value)]);

describe("numbers with units in notes", () => {
  it("reads sizes, rates and counts the way estimates are written", () => {
    expect(read("500M tweets a day, about 5,800/s; 1 TB a day, 1.8 PB over five years")).toEqual([
      ["500M tweets a day", "count/time", 5787],
      ["5,800/s", "count/time", 5800],
      ["1 TB a day", "bytes/time", 11_574_074],
      ["1.8 PB", "bytes", 1.8e15],
    ]);
    expect(read("6k writes per second, 2 KiB each, 3 nodes")).toEqual([
      ["6k writes per second", "count/time", 6000],
      ["2 KiB", "bytes", 2048],
      ["3", "count", 3],
    ]);
  });

  it("keeps a size apart from a count scale: 5 MB is bytes, 5M is millions", () => {
    expect(read("5 MB")).toEqual([["5 MB", "bytes", 5e6]]);
    expect(read("5M users")).toEqual([["5M", "count", 5e6]]);
  });

  it("never throws and never reads a negative or infinite value, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const q of quantitiesIn(text)) expect(Number.isFinite(q.value) && q.value >= 0).toBe(true);
      }),
    );
  });
});

describe("an estimate compared within its band", () => {
  const storage = { value: 1, unit: "TB/day", within: 2 };

  it("accepts 500 GB/day against ≈ 1 TB/day, and says why", () => {
    expect(estimateMatch("Storage: roughly 500 GB/day of tweets", storage)).toEqual({
      matched: "500 GB/day",
      why: "500 GB/day is within 2× of ≈ 1 TB/day",
    });
  });

  it("refuses a number out of the band or of another kind", () => {
    expect(estimateMatch("about 100 GB/day", storage)).toBeUndefined();
    expect(estimateMatch("1 TB in total", storage)).toBeUndefined();
    expect(estimateMatch("1,000 writes a day", storage)).toBeUndefined();
  });

  it("reads the model answer's own unit, or says it cannot", () => {
    expect(estimateQuantity(storage)?.dimension).toBe("bytes/time");
    expect(estimateQuantity({ value: 1, unit: "furlongs/fortnight", within: 2 })).toBeUndefined();
  });
});
