import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventHeap } from "./heap";

describe("EventHeap", () => {
  it("pops by time, then by insertion sequence", () => {
    const h = new EventHeap<{ t: number; seq: number; name: string }>();
    h.push({ t: 5, seq: 0, name: "late" });
    h.push({ t: 1, seq: 1, name: "first-at-1" });
    h.push({ t: 1, seq: 2, name: "second-at-1" });
    h.push({ t: 0, seq: 3, name: "earliest" });
    expect([h.pop(), h.pop(), h.pop(), h.pop(), h.pop()].map((x) => x?.name)).toEqual([
      "earliest",
      "first-at-1",
      "second-at-1",
      "late",
      undefined,
    ]);
  });

  it("always yields a sorted sequence (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3000 }), (times) => {
        const h = new EventHeap<{ t: number; seq: number }>();
        times.forEach((t, seq) => h.push({ t, seq }));
        const out: Array<{ t: number; seq: number }> = [];
        for (let x = h.pop(); x; x = h.pop()) out.push(x);
        const sorted = times.map((t, seq) => ({ t, seq })).sort((a, b) => a.t - b.t || a.seq - b.seq);
        expect(out).toEqual(sorted);
      }),
      { numRuns: 50 },
    );
  });

  it("interleaves pushes and pops correctly", () => {
    const h = new EventHeap<{ t: number; seq: number }>();
    let seq = 0;
    const popped: number[] = [];
    for (let i = 0; i < 5000; i++) {
      h.push({ t: (i * 7919) % 101, seq: seq++ });
      if (i % 3 === 0) popped.push(h.pop()?.t ?? -1);
    }
    expect(popped.every((t) => t >= 0)).toBe(true);
    let last = -1;
    for (let x = h.pop(); x; x = h.pop()) {
      expect(x.t).toBeGreaterThanOrEqual(last);
      last = x.t;
    }
  });
});
