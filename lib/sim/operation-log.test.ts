import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSimulation, runUntil } from "./engine";
import type { Operation, OpInput, OpOutcome, Value } from "./history";
import { BLOCK_ROWS, OperationLog } from "./operation-log";
import { defineScenario } from "./scenario";

interface Completion {
  readonly id: number;
  readonly client: string;
  readonly node: string;
  readonly key: string;
  readonly input: OpInput;
  readonly outcome: OpOutcome;
  readonly invokedAt: number;
  readonly completedAt: number | null;
  readonly output: Value | undefined;
  readonly error: string | undefined;
}

/** How clients.ts recorded an operation before the log was column-wise: one object, `output` and `error` if set. */
function oldRecord(c: Completion): Operation {
  const { id, client, node, key, input, outcome, invokedAt, completedAt, output, error } = c;
  if (output !== undefined)
    return error === undefined
      ? { id, client, node, key, input, outcome, invokedAt, completedAt, output }
      : { id, client, node, key, input, outcome, invokedAt, completedAt, output, error };
  return error === undefined
    ? { id, client, node, key, input, outcome, invokedAt, completedAt }
    : { id, client, node, key, input, outcome, invokedAt, completedAt, error };
}

const append = (log: OperationLog, c: Completion): void =>
  log.append(c.id, c.client, c.node, c.key, c.input, c.outcome, c.invokedAt, c.completedAt, c.output, c.error);

const value = fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 4 }), fc.constant(null));
const completion = fc.record({
  id: fc.nat(),
  client: fc.constantFrom("c-A-0", "c-B-1", "ui"),
  node: fc.constantFrom("A", "B", "?"),
  key: fc.constantFrom("k0", "k1", "x"),
  input: fc.oneof(
    fc.constant<OpInput>({ f: "read" }),
    value.map((v): OpInput => ({ f: "write", value: v })),
    fc.tuple(value, value).map(([from, to]): OpInput => ({ f: "cas", from, to })),
  ),
  outcome: fc.constantFrom<OpOutcome>("ok", "fail", "info"),
  invokedAt: fc.double({ min: 0, max: 1e6, noNaN: true }),
  completedAt: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
  output: fc.option(value, { nil: undefined }),
  error: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
});

/** `n` distinct completions, cheap to build, for the block-boundary tests. */
const rows = (n: number, from = 0): Completion[] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      id: i,
      client: `c-${i % 7}`,
      node: "ABC"[i % 3] as string,
      key: `k${i % 11}`,
      input: i % 2 === 0 ? { f: "read" } : { f: "write", value: i },
      outcome: (["ok", "fail", "info"] as const)[i % 3] as OpOutcome,
      invokedAt: i * 1.5,
      completedAt: i % 5 === 0 ? null : i * 1.5 + 0.25,
      output: i % 2 === 0 && i % 3 === 0 ? (i % 4 === 0 ? null : i - 1) : undefined,
      error: i % 3 === 2 ? `timed out after ${i} ms` : undefined,
    };
  });

describe("OperationLog", () => {
  it("materialises exactly the records the engine used to build, same keys in the same order (property)", () => {
    fc.assert(
      fc.property(fc.array(completion, { maxLength: 50 }), (cs) => {
        const log = new OperationLog();
        for (const c of cs) append(log, c);
        const old = cs.map(oldRecord);
        expect(log.toArray()).toEqual(old);
        expect(JSON.stringify(log.toArray())).toBe(JSON.stringify(old));
      }),
    );
  });

  it("keeps rows across block boundaries, and builds each record once", () => {
    const cs = rows(3 * BLOCK_ROWS + 5);
    const log = new OperationLog();
    for (const c of cs.slice(0, BLOCK_ROWS - 1)) append(log, c);
    const early = log.toArray();
    expect(early).toHaveLength(BLOCK_ROWS - 1);
    for (const c of cs.slice(BLOCK_ROWS - 1)) append(log, c);
    expect(log.length).toBe(cs.length);
    const all = log.toArray();
    expect(JSON.stringify(all)).toBe(JSON.stringify(cs.map(oldRecord)));
    // Records already built are the same objects on a later read.
    expect(all[BLOCK_ROWS - 2]).toBe(early[BLOCK_ROWS - 2]);
    expect(log.toArray()).toBe(all);
  });

  it("a prefix holds the first rows and grows apart from the log it came from", () => {
    const cs = rows(2 * BLOCK_ROWS + 10);
    for (const cut of [0, 1, BLOCK_ROWS - 1, BLOCK_ROWS, BLOCK_ROWS + 1, 2 * BLOCK_ROWS, cs.length]) {
      const log = new OperationLog();
      for (const c of cs) append(log, c);
      if (cut % 2 === 0) log.toArray(); // with and without records already built
      const p = log.prefix(cut);
      expect(p.length).toBe(cut);
      // Both go on: the prefix with other rows, the original with more of its own.
      const other = rows(BLOCK_ROWS + 3, 100_000);
      for (const c of other) append(p, c);
      const more = rows(3, 200_000);
      for (const c of more) append(log, c);
      expect(JSON.stringify(p.toArray())).toBe(JSON.stringify([...cs.slice(0, cut), ...other].map(oldRecord)));
      expect(JSON.stringify(log.toArray())).toBe(JSON.stringify([...cs, ...more].map(oldRecord)));
    }
  });

  it("is the run's history: a busy run's `sim.history` is its log, read as objects", () => {
    const nodes = ["A", "B", "C"].map((id) => ({ id }));
    const sim = createSimulation(
      defineScenario({
        seed: 3,
        topology: { protocol: "single-leader", nodes, leader: "A" },
        workload: { clients: [{ near: "B", count: 4 }], ratePerClient: 200, readFraction: 0.5, keys: { count: 5 } },
      }),
    );
    runUntil(sim, 3000);
    expect(sim.ops.length).toBeGreaterThan(BLOCK_ROWS);
    expect(sim.history).toBe(sim.ops.toArray());
    expect(sim.history.map((o) => o.id)).toEqual([...sim.history.map((o) => o.id)].sort((a, b) => a - b));
  });
});
