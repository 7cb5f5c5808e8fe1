import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventHeap, EventQueue } from "./heap";

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

describe("EventQueue", () => {
  type Item = { t: number; seq: number; lane: boolean };
  const make = (t: number, seq: number, a: number): Item => ({ t, seq, lane: a === 1 });

  it("pops heap and lane items (popDue or pop) in the one (time, sequence) order a single heap gives (property)", () => {
    fc.assert(
      fc.property(
        // Each step: push to the heap at now + delay, push to the lane at now + a fixed delay, or pop (advancing now).
        fc.array(fc.tuple(fc.constantFrom("heap", "lane", "pop"), fc.integer({ min: 0, max: 30 })), {
          maxLength: 4000,
        }),
        (ops) => {
          const q = new EventQueue<Item>(make);
          const ref = new EventHeap<Item>();
          let now = 0;
          let seq = 0;
          const got: Item[] = [];
          const want: Item[] = [];
          for (const [op, delay] of ops) {
            if (op === "heap") {
              const item = { t: now + delay, seq: seq++, lane: false };
              if (delay % 2 === 1) q.pushAt(item, item.t, item.seq);
              else q.push(item);
              ref.push(item);
            } else if (op === "lane") {
              const item = { t: now + 10, seq: seq++, lane: true };
              q.pushInOrder(item.t, item.seq, 1, 0);
              ref.push(item);
            } else {
              expect(q.peekTime()).toBe(ref.peekTime());
              // Multiples of 3 pop through popDue, as the engine does (a lane entry handed over as numbers); the
              // rest through pop.
              let x: Item | undefined;
              if (delay % 3 === 0) {
                const due = q.popDue(Infinity);
                x = due === null ? make(q.poppedT, q.poppedSeq, q.poppedA) : due;
                if (x) expect(q.poppedT).toBe(x.t);
              } else x = q.pop();
              const y = ref.pop();
              if (x) got.push(x);
              if (y) want.push(y);
              if (y) now = y.t;
            }
            expect(q.size).toBe(ref.size);
          }
          for (let x = q.pop(); x; x = q.pop()) got.push(x);
          for (let y = ref.pop(); y; y = ref.pop()) want.push(y);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("popDue takes nothing later than its end, from the heap or the lane", () => {
    const q = new EventQueue<Item>(make);
    expect(q.popDue(Infinity)).toBeUndefined();
    q.push({ t: 5, seq: 0, lane: false });
    q.pushInOrder(3, 1, 1, 7);
    expect(q.popDue(2)).toBeUndefined();
    expect(q.popDue(3)).toBeNull();
    expect([q.poppedT, q.poppedSeq, q.poppedB]).toEqual([3, 1, 7]);
    expect(q.popDue(4.5)).toBeUndefined();
    expect(q.popDue(5)).toEqual({ t: 5, seq: 0, lane: false });
    expect(q.size).toBe(0);
  });

  it("lists every pending item, lane items included, and takes an out-of-order lane push through the heap", () => {
    const q = new EventQueue<Item>(make);
    for (let i = 0; i < 3000; i++) q.pushInOrder(i, i, 1, 0); // past the lane's first capacity
    q.push({ t: 0.5, seq: 3000, lane: false });
    q.pushInOrder(1, 3001, 1, 0); // earlier than the lane's tail
    expect(q.toArray()).toHaveLength(3002);
    const out: number[] = [];
    for (let x = q.pop(); x; x = q.pop()) out.push(x.t);
    expect(out.slice(0, 5)).toEqual([0, 0.5, 1, 1, 2]);
    expect(out).toEqual([...out].sort((a, b) => a - b));
  });
});
