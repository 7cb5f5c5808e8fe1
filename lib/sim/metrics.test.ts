import { describe, expect, it } from "vitest";
import { createSimulation, inject, runUntil } from "./engine";
import type { Operation } from "./history";
import { computeMetrics, percentile, staleReads } from "./metrics";
import { defineScenario } from "./scenario";

const w = (id: number, value: number, invokedAt: number, completedAt: number): Operation => ({
  id,
  client: "w",
  key: "x",
  input: { f: "write", value },
  outcome: "ok",
  invokedAt,
  completedAt,
});
const r = (id: number, output: number | null, invokedAt: number): Operation => ({
  id,
  client: "r",
  key: "x",
  input: { f: "read" },
  outcome: "ok",
  output,
  invokedAt,
  completedAt: invokedAt + 1,
});

describe("metrics", () => {
  it("percentiles use nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 99), percentile([], 50)]).toEqual([50, 95, 99, 0]);
  });

  it("a read is stale only if its value was overwritten before it began", () => {
    const h = [w(0, 1, 0, 10), w(1, 2, 20, 30), r(2, 1, 40), r(3, 2, 41), r(4, null, 42), r(5, 1, 25)];
    expect(staleReads(h).map((o) => o.id)).toEqual([2, 4]);
  });

  it("counts unavailable time per node and throughput", () => {
    const sim = createSimulation(
      defineScenario({
        seed: 1,
        topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }], leader: "A" },
      }),
    );
    runUntil(sim, 1000);
    inject(sim, { type: "crash", node: "B" });
    inject(sim, { type: "write", key: "x", near: "A" });
    runUntil(sim, 3000);
    inject(sim, { type: "restart", node: "B" });
    runUntil(sim, 4000);
    const m = computeMetrics(sim);
    expect(m.unavailableMs).toEqual({ A: 0, B: 2000 });
    expect(m.write.count).toBe(1);
    expect(m.throughput).toBeCloseTo(0.25);
    expect(m.lostWrites).toBe(0);
  });
});
