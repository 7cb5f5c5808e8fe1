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
  defineScenario({
    seed: 1,
    durationMs: 20000,
    network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
    ...over,
    topology: { protocol: "leaderless", nodes: abc, ...over.topology },
  });
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
    expect(sim.history.find((o) => o.client === "alice" && o.input.f === "write" && o.input.value === 2)?.outcome).toBe(
      "info",
    );
    const reads = sim.history.filter((o) => o.input.f === "read");
    expect(reads.map((o) => o.output)).toEqual([3, 2]);
    expect(sim.protocol.counters?.(sim, sim.protocolState).siblingReads).toBe(1);
    expect(sim.events.some((e) => e.event.type === "read-repair")).toBe(true);
  });

  it("read repair brings a replica that missed a write up to date", () => {
    const sim = createSimulation(
      leaderless({
        topology: { w: 2, r: 3 },
        faults: [
          { at: 100, type: "cut", from: ["C"], to: ["A", "B"] },
          { at: 200, type: "write", key: "x", value: 7, client: "w", near: "A" },
          { at: 1000, type: "heal" },
          { at: 1100, type: "read", key: "x", client: "r", near: "A" },
        ],
      }),
    );
    runUntil(sim, 1050);
    expect(sim.nodes[2]?.kv.get("x")).toBeUndefined();
    runToQuiescence(sim, 5000);
    expect(sim.nodes[2]?.kv.get("x")?.value).toBe(7);
    expect(sim.protocol.counters?.(sim, sim.protocolState).readRepairs).toBeGreaterThan(0);
  });

  it("hinted handoff delivers sloppy writes to their home replicas after the heal", () => {
    const sim = run("leaderless-sloppy");
    const reads = sim.history.filter((o) => o.input.f === "read");
    expect(reads.map((o) => o.output)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(staleReads(sim.history).map((o) => o.invokedAt)).toEqual([3500]);
    expect(sim.protocol.counters?.(sim, sim.protocolState).handoffs).toBe(2);
    // C and A (home replicas of x) now hold the second write.
    const second = sim.history.filter((o) => o.input.f === "write")[1];
    expect(second?.input.f === "write" && sim.nodes[0]?.kv.get("x")?.value === second.input.value).toBe(true);
  });

  it("anti-entropy converges replicas that no read touched", () => {
    const s = leaderless({
      topology: { w: 1, r: 1, antiEntropyMs: 300 },
      faults: [
        { at: 100, type: "cut", from: ["C"], to: ["A", "B"] },
        { at: 200, type: "write", key: "y", value: 5, client: "w", near: "A" },
        { at: 1000, type: "heal" },
      ],
    });
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

describe("leaderless: sloppy quorum versus hinted handoff", () => {
  it("hinted handoff: the coordinator keeps a hint within the window, none after it; the hint reaches C after the heal", () => {
    const sim = run("leaderless-hinted-handoff");
    const writes = sim.history.filter((o) => o.client === "writer");
    expect(writes.map((o) => o.outcome)).toEqual(["ok", "ok", "ok"]);
    const [, second, third] = writes.map((o) => (o.input.f === "write" ? o.input.value : null));
    const counters = sim.protocol.counters?.(sim, sim.protocolState);
    expect(counters?.hintsStored).toBe(1); // B's hint for C at 3 s
    expect(counters?.hintsPastWindow).toBe(1); // none at 6 s: C had been down longer than 2 s
    expect(counters?.handoffs).toBe(1);
    const x = (id: string) => sim.nodes.find((n) => n.id === id)?.kv.get("x")?.value;
    expect(x("C")).toBe(second);
    expect([x("A"), x("B")]).toEqual([third, third]);
  });

  it("hinted handoff: with fewer than W home replicas up the write is refused as unavailable and nothing is stored or hinted", () => {
    const sim = createSimulation(
      leaderless({
        topology: { n: 3, w: 2, r: 2, hintedHandoff: true },
        faults: [
          { at: 100, type: "cut", from: ["A"], to: ["B", "C"] },
          { at: 200, type: "write", key: "x", value: 9, client: "w", near: "A" },
          { at: 1000, type: "heal" },
        ],
      }),
    );
    runToQuiescence(sim, 5000);
    expect(sim.history[0]?.outcome).toBe("fail");
    expect(sim.history[0]?.error).toMatch(/^unavailable/);
    expect(sim.nodes.map((n) => n.kv.get("x"))).toEqual([undefined, undefined, undefined]);
    expect(sim.protocol.counters?.(sim, sim.protocolState).hintsStored).toBe(0);
    // Without hinted handoff (Dynamo-style strict quorum) the same write lands on A and is reported indeterminate.
    const strict = createSimulation(
      leaderless({
        topology: { n: 3, w: 2, r: 2 },
        faults: [
          { at: 100, type: "cut", from: ["A"], to: ["B", "C"] },
          { at: 200, type: "write", key: "x", value: 9, client: "w", near: "A" },
        ],
      }),
    );
    runToQuiescence(strict, 5000);
    expect(strict.history[0]?.outcome).toBe("info");
    expect(strict.nodes[0]?.kv.get("x")?.value).toBe(9);
  });

  it("the same partition with a sloppy quorum: stand-ins acknowledge, so the write succeeds", () => {
    const sim = run("leaderless-sloppy");
    expect(sim.history.filter((o) => o.input.f === "write").map((o) => o.outcome)).toEqual(["ok", "ok"]);
  });

  it("a hint window that has not passed keeps collecting hints", () => {
    const base = scenarios["leaderless-hinted-handoff"];
    if (!base || base.topology.protocol !== "leaderless") throw new Error("no scenario");
    const sim = createSimulation({ ...base, topology: { ...base.topology, hintWindowMs: 3 * 3_600_000 } });
    runToQuiescence(sim, base.durationMs);
    expect(sim.protocol.counters?.(sim, sim.protocolState).hintsPastWindow).toBe(0);
    // one hint per (replica, key), holding both writes
    expect(sim.protocol.counters?.(sim, sim.protocolState).handoffs).toBe(1);
    expect(sim.nodes.find((n) => n.id === "C")?.kv.get("x")?.value).toBe(
      sim.nodes.find((n) => n.id === "B")?.kv.get("x")?.value,
    );
  });

  it("the schema refuses a sloppy quorum and hinted handoff together", () => {
    const r = parseScenario({
      seed: 1,
      topology: { protocol: "leaderless", nodes: abc, sloppyQuorum: true, hintedHandoff: true },
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toContain("topology.hintedHandoff");
  });
});

/** Reads of x that started after another read of x had returned 2, yet returned the older 1. */
function wentBack(sim: Sim) {
  const reads = sim.history.filter((o) => o.input.f === "read" && o.key === "x" && o.outcome === "ok");
  return reads.filter(
    (r2) =>
      r2.output === 1 &&
      reads.some((r1) => r1.output === 2 && r1.completedAt !== null && r1.completedAt < r2.invokedAt),
  );
}

describe("leaderless: blocking versus background read repair", () => {
  it("background: after a partly failed write, Carol's quorum read returns 1 after Bob's returned 2", () => {
    const sim = run("leaderless-read-repair-background");
    expect(sim.history.filter((o) => o.input.f === "read").map((o) => [o.client, o.output])).toEqual([
      ["bob", 2],
      ["carol", 1],
    ]);
    expect(wentBack(sim)).toHaveLength(1);
  });

  it("blocking: Bob waits for the repair, and Carol's read returns 2", () => {
    const sim = run("leaderless-read-repair-blocking");
    expect(sim.history.filter((o) => o.input.f === "read").map((o) => [o.client, o.output])).toEqual([
      ["bob", 2],
      ["carol", 2],
    ]);
    expect(sim.protocol.counters?.(sim, sim.protocolState).blockingRepairs).toBe(1);
    const latency = (name: string) => {
      const bob = run(name).history.find((o) => o.client === "bob");
      return (bob?.completedAt ?? 0) - (bob?.invokedAt ?? 0);
    };
    expect(latency("leaderless-read-repair-blocking")).toBeGreaterThan(
      latency("leaderless-read-repair-background") + 25,
    );
  });

  const partlyFailed = (
    mode: "blocking" | "background",
    seed: number,
    reads: ReadonlyArray<{ node: string; at: number }>,
  ) =>
    leaderless({
      seed,
      topology: { n: 3, w: 2, r: 2, requestTimeoutMs: 500, readRepairMode: mode },
      network: { latency: { baseMs: 1, jitter: "exponential", jitterMs: 8 } },
      faults: [
        { at: 1000, type: "write", key: "x", value: 1, client: "setup", node: "B" },
        { at: 2000, type: "cut", from: ["A"], to: ["B", "C"] },
        { at: 2500, type: "write", key: "x", value: 2, client: "alice", near: "A" },
        { at: 4000, type: "heal" },
        ...reads.map((r, k) => ({
          at: 5000 + r.at,
          type: "read" as const,
          key: "x",
          client: `reader${k}`,
          near: r.node,
        })),
      ],
    });
  const readsArb = fc.array(fc.record({ node: fc.constantFrom("A", "B", "C"), at: fc.integer({ min: 0, max: 150 }) }), {
    minLength: 2,
    maxLength: 8,
  });

  it("blocking read repair at QUORUM: quorum reads after a partly failed write never go back (random delays and read times)", () =>
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), readsArb, (seed, reads) => {
        const sim = createSimulation(partlyFailed("blocking", seed, reads), { eventLog: false });
        runToQuiescence(sim, 8000);
        expect(wentBack(sim)).toEqual([]);
      }),
      { numRuns: 40 },
    ));

  it("background read repair: the same random runs do go back for some seed", () => {
    const found = fc
      .sample(fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), readsArb), { seed: 7, numRuns: 200 })
      .some(([seed, reads]) => {
        const sim = createSimulation(partlyFailed("background", seed, reads), { eventLog: false });
        runToQuiescence(sim, 8000);
        return wentBack(sim).length > 0;
      });
    expect(found).toBe(true);
  });
});

describe("leaderless: properties", () => {
  it("W + R > N, no sloppy quorum, no failures: a read that starts after a write completes never returns an older value", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom([2, 2], [3, 1], [1, 3], [2, 3]),
        fc.constantFrom<"uniform" | "exponential">("uniform", "exponential"),
        (seed, [w, r], jitter) => {
          const sim = createSimulation(
            leaderless({
              seed,
              topology: { w, r },
              network: { latency: { baseMs: 1, jitter, jitterMs: 6 } },
              workload: {
                clients: abc.map((x) => ({ near: x.id, count: 2 })),
                ratePerClient: 40,
                readFraction: 0.5,
                keys: { count: 3, hotFraction: 0 },
                stopMs: 3000,
              },
            }),
            { eventLog: false },
          );
          runToQuiescence(sim, 10000);
          expect(staleReads(sim.history)).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("W + R ≤ N: some seed produces a stale read", () => {
    const stale = [1, 2, 3, 4, 5].some((seed) => {
      const sim = createSimulation(
        leaderless({
          seed,
          topology: { w: 1, r: 1 },
          network: { latency: { baseMs: 1, jitter: "exponential", jitterMs: 6 } },
          workload: {
            clients: abc.map((x) => ({ near: x.id, count: 2 })),
            ratePerClient: 40,
            readFraction: 0.5,
            keys: { count: 3, hotFraction: 0 },
            stopMs: 3000,
          },
        }),
        { eventLog: false },
      );
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
