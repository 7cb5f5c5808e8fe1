import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { History, Operation } from "../history";
import { checkLinearizability } from "./linearizability";
import { generateRegisterHistory } from "./random-history";

const shape = fc.record({
  seed: fc.integer(),
  ops: fc.integer({ min: 1, max: 120 }),
  clients: fc.integer({ min: 1, max: 6 }),
  keys: fc.integer({ min: 1, max: 3 }),
  infoRatio: fc.double({ min: 0, max: 0.2, noNaN: true }),
  failRatio: fc.double({ min: 0, max: 0.2, noNaN: true }),
  casRatio: fc.double({ min: 0, max: 0.4, noNaN: true }),
});

/** Corrupts one ok read so that it returns a value from elsewhere in the history (or a fresh one). */
function corrupt(history: History, pick: number, valuePick: number): History {
  const reads = history.filter((op) => op.input.f === "read" && op.outcome === "ok");
  const target = reads[pick % Math.max(1, reads.length)];
  if (!target) return history;
  const values = history.flatMap((op) => (op.input.f === "write" ? [op.input.value] : []));
  const value = values.length > 0 ? (values[valuePick % values.length] ?? 999) : 999;
  return history.map((op): Operation => (op === target ? { ...op, output: value } : op));
}

describe("linearizability properties", () => {
  it("accepts every history of an atomic register (effects inside windows, info ops either way, failures dropped)", () => {
    fc.assert(
      fc.property(shape, (s) => {
        const history = generateRegisterHistory(s);
        expect(checkLinearizability(history).linearizable).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("partitioning by key gives the same verdict as checking all keys jointly", () => {
    const small = fc.record({
      seed: fc.integer(),
      ops: fc.integer({ min: 1, max: 14 }),
      clients: fc.integer({ min: 1, max: 4 }),
      keys: fc.integer({ min: 2, max: 3 }),
    });
    fc.assert(
      fc.property(small, fc.nat(), fc.nat(), fc.boolean(), (s, pick, valuePick, mutate) => {
        const base = generateRegisterHistory({ ...s, infoRatio: 0.1, failRatio: 0.1 });
        const history = mutate ? corrupt(base, pick, valuePick) : base;
        const partitioned = checkLinearizability(history).linearizable;
        const joint = checkLinearizability(history, { joint: true }).linearizable;
        expect(partitioned).toBe(joint);
      }),
      { numRuns: 300 },
    );
  });

  it("explanations name real op ids, and their core alone is not linearizable", () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.nat(), (s, pick, valuePick) => {
        const history = corrupt(generateRegisterHistory({ ...s, ops: Math.min(s.ops, 60) }), pick, valuePick);
        const result = checkLinearizability(history);
        const ids = new Set(history.map((op) => op.id));
        for (const v of result.violations) {
          expect(v.opIds.length).toBeGreaterThan(0);
          for (const id of v.opIds) expect(ids.has(id)).toBe(true);
          const core = history.filter((op) => v.opIds.includes(op.id));
          expect(checkLinearizability(core).linearizable).toBe(false);
          expect(v.explanation.length).toBeGreaterThan(20);
        }
        if (result.linearizable === false) expect(result.violations.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
