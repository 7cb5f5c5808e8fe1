import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkerInput } from "../checker-input";
import { checkLinearizability } from "../checkers";
import { createSimulation, inject, runToQuiescence, runUntil } from "../engine";
import { staleReads } from "../metrics";
import { defineScenario, parseScenario, type ScenarioInput } from "../scenario";
import { scenarios } from "../scenarios";
import type { Sim } from "../sim-state";
import { buildRing, ringWalk } from "./leaderless-ring";
import { addVersion, compareClocks, pick, type Version } from "./leaderless-versions";

const abc = [{ id: "A" }, { id: "B" }, { id: "C" }];
const leaderless = (over: Omit<Partial<ScenarioInput>, "topology"> & { topology?: Record<string, unknown> } = {}) =>
  defineScenario({ seed: 1, durationMs: 20000, network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } }, ...over, topology: { protocol: "leaderless", nodes: abc, ...over.topology } } as ScenarioInput);
const v = (value: number, clock: number[], ts: number): Version => ({ value, clock, ts, writer: 0, opId: value });
const run = (name: string): Sim => {
  const s = scenarios[name];
  if (!s) throw new Error(name);
  const sim = createSimulation(s);
  runToQuiescence(sim, s.durationMs);
  return sim;
};

describe("leaderless: ring placement", () => {
  it("is deterministic, lists every node once and spreads first replicas", () => {
    const ring = buildRing(["A", "B", "C", "D", "E"], 16);
    expect(ringWalk(ring, "x")).toEqual(ringWalk(buildRing(["A", "B", "C", "D", "E"], 16), "x"));
    const firsts = new Set<number>();
    for (let k = 0; k < 50; k++) {
      const w = ringWalk(ring, `k${k}`);
      expect([...w].sort()).toEqual([0, 1, 2, 3, 4]);
      firsts.add(w[0] as number);
    }
    expect(firsts.size).toBe(5);
  });
});

describe("leaderless: versions", () => {
  it("orders vector clocks and keeps concurrent versions as siblings", () => {
    expect(compareClocks([1, 0], [1, 1])).toBe("before");
    expect(compareClocks([2, 0], [1, 1])).toBe("concurrent");
    const s1 = addVersion([], v(1, [1, 0, 0], 1)) ?? [];
    const s2 = addVersion(s1, v(2, [0, 1, 0], 2)) ?? [];
    expect(s2.map((x) => x.value)).toEqual([1, 2]);
    const s3 = addVersion(s2, v(3, [1, 1, 0], 3)) ?? [];
    expect(s3.map((x) => x.value)).toEqual([3]);
    expect(addVersion(s3, v(1, [1, 0, 0], 1))).toBeNull();
    expect(pick(s2)?.value).toBe(2);
  });
});

describe("leaderless: schema", () => {
  it("names the field when W or R exceed N", () => {
    const r = parseScenario({ seed: 1, topology: { protocol: "leaderless", nodes: abc, n: 3, w: 4, r: 0 } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.message).toContain("topology.w: W must be between 1 and N (3)");
      expect(r.error.issues.map((i) => i.path)).toContain("topology.r");
    }
  });
});

describe("leaderless: quorums, repair, handoff, anti-entropy", () => {
  it("a write waits for W acknowledgements: W=3 is slower than W=1", () => {
    const lat = (w: number) => {
      const sim = createSimulation(leaderless({ topology: { w, r: 1 } }));
      inject(sim, { type: "write", key: "x", client: "c", near: "A" });
      runToQuiescence(sim, 5000);
      const op = sim.history[0];
      return (op?.completedAt ?? 0) - (op?.invokedAt ?? 0);
    };
    expect(lat(1)).toBeLessThan(lat(3));
  });

  it("a write that cannot reach W replicas is indeterminate and stays on the coordinator", () => {
    const sim = run("leaderless-failed-write");
    expect(sim.history.find((o) => o.client === "alice" && o.input.f === "write" && o.input.value === 2)?.outcome).toBe("info");
    const reads = sim.history.filter((o) => o.input.f === "read");
    expect(reads.map((o) => o.output)).toEqual([3, 2]);
    expect(sim.protocol.counters?.(sim).siblingReads).toBe(1);
    expect(sim.events.some((e) => e.text.startsWith("read repair"))).toBe(true);
  });

  it("read repair brings a replica that missed a write up to date", () => {
    const sim = createSimulation(leaderless({ topology: { w: 2, r: 3 }, faults: [{ at: 100, type: "cut", from: ["C"], to: ["A", "B"] }, { at: 200, type: "write", key: "x", value: 7, client: "w", near: "A" }, { at: 1000, type: "heal" }, { at: 1100, type: "read", key: "x", client: "r", near: "A" }] }));
    runUntil(sim, 1050);
    expect(sim.nodes[2]?.kv.get("x")).toBeUndefined();
    runToQuiescence(sim, 5000);
    expect(sim.nodes[2]?.kv.get("x")?.value).toBe(7);
    expect(sim.protocol.counters?.(sim).readRepairs).toBeGreaterThan(0);
  });

  it("hinted handoff delivers sloppy writes to their home replicas after the heal", () => {
    const sim = run("leaderless-sloppy");
    const reads = sim.history.filter((o) => o.input.f === "read");
    expect(reads.map((o) => o.output)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(staleReads(sim.history).map((o) => o.invokedAt)).toEqual([3500]);
    expect(sim.protocol.counters?.(sim).handoffs).toBe(2);
    // C and A (home replicas of x) now hold the second write.
    const second = sim.history.filter((o) => o.input.f === "write")[1];
    expect(second?.input.f === "write" && sim.nodes[0]?.kv.get("x")?.value === second.input.value).toBe(true);
  });

  it("anti-entropy converges replicas that no read touched", () => {
    const s = leaderless({ topology: { w: 1, r: 1, antiEntropyMs: 300 }, faults: [{ at: 100, type: "cut", from: ["C"], to: ["A", "B"] }, { at: 200, type: "write", key: "y", value: 5, client: "w", near: "A" }, { at: 1000, type: "heal" }] });
    const sim = createSimulation(s);
    const r = runToQuiescence(sim, 10000);
    expect(r.quiescent).toBe(true);
    expect(sim.nodes.map((n) => n.kv.get("y")?.value)).toEqual([5, 5, 5]);
    expect(checkerInput(sim).replicaStates).toEqual({ A: { y: 5 }, B: { y: 5 }, C: { y: 5 } });
  });

  it("W=1, R=1 with a slow node shows stale reads; N=3 W=2 R=2 shows none", () => {
    expect(staleReads(run("leaderless-w1r1").history).length).toBeGreaterThan(10);
    const q = run("leaderless-quorum");
    expect(staleReads(q.history)).toHaveLength(0);
    expect(q.history.filter((o) => o.outcome === "ok").length).toBeGreaterThan(500);
  });
});

describe("leaderless: properties", () => {
  it("W + R > N, no sloppy quorum, no failures: a read that starts after a write completes never returns an older value", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom([2, 2], [3, 1], [1, 3], [2, 3]), fc.constantFrom<"uniform" | "exponential">("uniform", "exponential"), (seed, [w, r], jitter) => {
        const sim = createSimulation(
          leaderless({
            seed,
            topology: { w, r },
            network: { latency: { baseMs: 1, jitter, jitterMs: 6 } },
            workload: { clients: abc.map((x) => ({ near: x.id, count: 2 })), ratePerClient: 40, readFraction: 0.5, keys: { count: 3, hotFraction: 0 }, stopMs: 3000 },
          }),
          { eventLog: false },
        );
        runToQuiescence(sim, 10000);
        expect(staleReads(sim.history)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it("W + R ≤ N: some seed produces a stale read", () => {
    const stale = [1, 2, 3, 4, 5].some((seed) => {
      const sim = createSimulation(leaderless({ seed, topology: { w: 1, r: 1 }, network: { latency: { baseMs: 1, jitter: "exponential", jitterMs: 6 } }, workload: { clients: abc.map((x) => ({ near: x.id, count: 2 })), ratePerClient: 40, readFraction: 0.5, keys: { count: 3, hotFraction: 0 }, stopMs: 3000 } }), { eventLog: false });
      runToQuiescence(sim, 10000);
      return staleReads(sim.history).length > 0;
    });
    expect(stale).toBe(true);
  });

  it("sloppy quorum: the read after the acknowledged write is stale and not linearizable", () => {
    const sim = run("leaderless-sloppy");
    expect(checkLinearizability(checkerInput(sim).history).linearizable).toBe(false);
  });
});
