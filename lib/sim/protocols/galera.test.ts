import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduledAction } from "../actions";
import { lostWrites } from "../checker-input";
import { createSimulation, inject, runToQuiescence, runUntil, step } from "../engine";
import { propertyScenario, scheduleArb } from "../fault-arbitraries";
import { formatSchedule } from "../fault-syntax";
import { staleReads } from "../metrics";
import { parseScenario, type ScenarioInput } from "../scenario";
import { scenarios } from "../scenarios";
import type { Sim } from "../sim-state";
import { galeraInspect, type GaleraInspect } from "./galera";
import { certify, rebuildIndex, type CertIndex, type WriteSet } from "./galera-certification";
import { flowControlSignal, newFlowControl } from "./galera-flow-control";
import { primaryIndex } from "./galera-membership";

const run = (name: string, until?: number): Sim => {
  const s = scenarios[name];
  if (!s) throw new Error(`no scenario ${name}`);
  const sim = createSimulation(s, { eventLog: true });
  if (until === undefined) runToQuiescence(sim, s.durationMs);
  else runUntil(sim, until);
  return sim;
};
const parseScenarioOrThrow = (input: unknown) => {
  const r = parseScenario(input);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
};
const okWrites = (sim: Sim, from = 0, to = Infinity) =>
  sim.history.filter(
    (o) => o.outcome === "ok" && o.input.f === "write" && (o.completedAt ?? 0) >= from && (o.completedAt ?? 0) < to,
  ).length;
const ws = (id: number, origin: number, key: string, snapshot: number): WriteSet => ({
  id,
  origin,
  opId: id,
  keys: [key],
  values: [id],
  snapshot,
});

describe("galera mechanisms", () => {
  it("certification fails a write-set whose key another node committed after its snapshot", () => {
    const idx: CertIndex = new Map();
    expect(certify(idx, ws(1, 0, "x", 0), 1)).toBe(true);
    expect(certify(idx, ws(2, 1, "x", 0), 2)).toBe(false); // B's snapshot 0 predates seqno 1
    expect(certify(idx, ws(3, 1, "x", 1), 3)).toBe(true); // saw seqno 1
    expect(certify(idx, ws(4, 1, "x", 1), 4)).toBe(true); // same node: its row locks ordered them
    expect(certify(idx, ws(5, 2, "y", 0), 5)).toBe(true);
    expect(rebuildIndex([ws(1, 0, "x", 0), ws(2, 1, "x", 0), ws(3, 1, "x", 1)], 3).get("x")?.seqno).toBe(3);
  });

  it("flow control pauses past fc_limit and resumes at fc_limit × fc_factor", () => {
    const fc0 = newFlowControl();
    expect(flowControlSignal(fc0, 16, 16, 0.5)).toBeNull();
    expect(flowControlSignal(fc0, 17, 16, 0.5)).toBe("pause");
    expect(flowControlSignal(fc0, 12, 16, 0.5)).toBeNull();
    expect(flowControlSignal(fc0, 8, 16, 0.5)).toBe("resume");
  });

  it("a component is primary with more than half the last primary component's weight", () => {
    const one = () => 1;
    const data = (i: number) => i !== 2;
    expect(primaryIndex([[0, 1], [2]], [0, 1, 2], one, data)).toBe(0);
    expect(primaryIndex([[0], [1]], [0, 1], one, data)).toBe(-1);
    expect(primaryIndex([[0, 2], [1]], [0, 1, 2], one, data)).toBe(0);
    expect(primaryIndex([[1, 2], [0]], [0, 2], one, data)).toBe(-1); // the arbitrator alone cannot carry the data
    expect(primaryIndex([[0], [1]], [0, 1], (i) => (i === 1 ? 2 : 1), data)).toBe(1);
  });

  it("the schema names bad galera fields", () => {
    const r = parseScenario({
      seed: 1,
      topology: {
        protocol: "galera",
        nodes: [{ id: "A" }, { id: "B" }],
        params: { arbitrator: "Z", weights: { Q: 2 }, fcLimit: 0 },
      },
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["topology.params.fcLimit"]));
    const r2 = parseScenario({
      seed: 1,
      topology: {
        protocol: "galera",
        nodes: [{ id: "A" }, { id: "B" }],
        params: { arbitrator: "Z", weights: { Q: 2 } },
      },
    });
    if (!r2.success)
      expect(r2.error.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(["topology.params.arbitrator", "topology.params.weights.Q"]),
      );
    expect(r2.success).toBe(false);
  });
});

/**
 * Two writes of row acct at 1000 ms on A and at 1000 + delta ms on B, in galera-certification-race; returns their
 * outcomes.
 */
function race(clients: readonly [string, string], delta: number, seed = 26) {
  const base = scenarios["galera-certification-race"];
  if (!base) throw new Error("no scenario");
  const sim = createSimulation({ ...base, seed }, { eventLog: true });
  runUntil(sim, 1000);
  inject(sim, { type: "write", key: "acct", value: "from-A", client: clients[0], near: "A" });
  runUntil(sim, 1000 + delta);
  inject(sim, { type: "write", key: "acct", value: "from-B", client: clients[1], near: "B" });
  runUntil(sim, 2500);
  const op = (c: string) => sim.history.find((o) => o.client === c && o.key === "acct");
  return { sim, a: op(clients[0]), b: op(clients[1]) };
}

describe("galera: execution versus apply, retries, sync wait", () => {
  it("the origin pays execution (execFactor × applyMs) before its commit; other nodes pay only the apply", () => {
    const sim = createSimulation(
      parseScenarioOrThrow({
        seed: 3,
        durationMs: 2000,
        topology: {
          protocol: "galera",
          nodes: [{ id: "A" }, { id: "B" }, { id: "C" }],
          params: { defaultApplyMs: 10, execFactor: 2 },
        },
        network: { latency: { baseMs: 1, jitter: "none" } },
      }),
      { eventLog: true },
    );
    inject(sim, { type: "write", key: "x", value: 1, client: "w", near: "B" });
    runToQuiescence(sim, 2000);
    const w = sim.history[0];
    // 20 ms of execution on B, then a group round trip (submit to sequencer A, broadcast, receipts): about 23 ms.
    expect(w?.outcome).toBe("ok");
    expect((w?.completedAt ?? 0) - (w?.invokedAt ?? 0)).toBeGreaterThanOrEqual(22);
    expect((w?.completedAt ?? 0) - (w?.invokedAt ?? 0)).toBeLessThan(30);
    // A and C each need 10 ms to apply it after delivery.
    const p = { galera: galeraInspect(sim) as GaleraInspect };
    expect(p.galera.nodes().map((n) => n.applied)).toEqual([1, 1, 1]);
  });

  it("wsrep_retry_autocommit (default 1): a losing autocommit write is re-run once and commits; an explicit transaction gets the deadlock error", () => {
    const auto = race(["ua", "ub"], 0);
    expect(auto.a?.outcome).toBe("ok");
    expect(auto.b?.outcome).toBe("ok");
    expect(auto.sim.protocol.counters?.(auto.sim, auto.sim.protocolState).retries).toBeGreaterThanOrEqual(1);
    expect(auto.sim.events).toContainEqual(
      expect.objectContaining({ event: expect.objectContaining({ type: "retry-autocommit", retry: 1, retries: 1 }) }),
    );
    const explicit = race(["ta", "tb"], 0);
    expect(explicit.a?.outcome).toBe("ok");
    expect(explicit.b?.error).toBe("deadlock: certification failed");
  });

  it("retryAutocommit 0 turns the retry off for autocommit writes too", () => {
    const base = scenarios["galera-certification-race"];
    if (!base || base.topology.protocol !== "galera") throw new Error("no scenario");
    const sim = createSimulation(
      { ...base, topology: { ...base.topology, params: { ...base.topology.params, retryAutocommit: 0 } } },
      { eventLog: false },
    );
    runUntil(sim, 1000);
    inject(sim, { type: "write", key: "acct", value: "a", client: "ua", near: "A" });
    inject(sim, { type: "write", key: "acct", value: "b", client: "ub", near: "B" });
    runUntil(sim, 2500);
    expect(sim.history.find((o) => o.client === "ub")?.error).toBe("deadlock: certification failed");
  });

  it("spreading writes over k nodes gains less than k·f / (f + k − 1) over one node, and more than nothing", () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(2, 3, 4),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (seed, k, f) => {
          const ids = ["A", "B", "C", "D"].slice(0, k);
          const writes = (nodes: readonly string[]) => {
            const sim = createSimulation(
              parseScenarioOrThrow({
                seed,
                durationMs: 3000,
                topology: {
                  protocol: "galera",
                  nodes: nodes.map((id) => ({ id })),
                  params: { defaultApplyMs: 1, execFactor: f },
                },
                network: { latency: { baseMs: 0.5, jitter: "uniform", jitterMs: 0.2 } },
                workload: {
                  clients: nodes.map((near) => ({ near, count: 48 / nodes.length })),
                  ratePerClient: 100,
                  readFraction: 0,
                  keys: { count: 1000 },
                  stopMs: 3000,
                },
              }),
              { eventLog: false },
            );
            runUntil(sim, 3000);
            return okWrites(sim, 500, 3000);
          };
          const gain = writes(ids) / writes(["A"]);
          expect(gain).toBeLessThanOrEqual((k * f) / (f + k - 1) + 0.03);
          expect(gain).toBeLessThan(k);
          expect(gain).toBeGreaterThan(0.9);
        },
      ),
      { numRuns: 6 },
    ));
});

describe("galera scenarios", () => {
  it("galera-write-throughput: three nodes commit only modestly more writes than one (execution 1.5 ms, apply 1 ms)", () => {
    const three = okWrites(run("galera-write-throughput"));
    const one = okWrites(run("galera-write-throughput-single"));
    expect(one).toBeGreaterThan(6000); // 1.5 ms per write on one node: about 6,670 in 10 s
    expect(three / one).toBeGreaterThan(1.1);
    expect(three / one).toBeLessThanOrEqual((3 * 1.5) / (1.5 + 2)); // 1.29: k·f / (f + k − 1)
  });

  it("galera-stale-read: a read on C right after A's commit is stale; the session with wsrep_sync_wait waits and sees it", () => {
    const sim = run("galera-stale-read");
    const writes = sim.history.filter((o) => o.client === "writer" && o.outcome === "ok");
    const reads = (client: string) => sim.history.filter((o) => o.client === client && o.input.f === "read");
    expect(writes).toHaveLength(4);
    for (const r of reads("reader"))
      expect(r.invokedAt).toBeGreaterThan(
        writes.find((w) => w.invokedAt < r.invokedAt && w.invokedAt > r.invokedAt - 1000)?.completedAt ?? Infinity,
      );
    expect(staleReads(sim.history).filter((o) => o.client === "reader")).toHaveLength(4);
    expect(reads("careful").map((o) => o.output)).toEqual(
      writes.map((w) => (w.input.f === "write" ? w.input.value : undefined)),
    );
    expect(staleReads(sim.history).filter((o) => o.client === "careful")).toHaveLength(0);
    // Waiting costs time: C is still applying.
    for (const r of reads("careful")) expect((r.completedAt ?? 0) - r.invokedAt).toBeGreaterThan(15);
  });

  it("galera-slow-node: after C slows down, flow control drags the whole cluster to C's pace", () => {
    const sim = run("galera-slow-node");
    const before = okWrites(sim, 1000, 5000);
    const after = okWrites(sim, 6000, 10000);
    expect(after).toBeLessThan(before * 0.6);
    expect(sim.protocol.counters?.(sim, sim.protocolState).fcPauses).toBeGreaterThan(0);
    expect(sim.events.some((e) => e.event.type === "flow-control-pause")).toBe(true);
  });

  it("galera-partition: A and B keep serving, C refuses until it rejoins, nothing is lost", () => {
    const sim = run("galera-partition");
    const okOnCDuring = sim.history.filter(
      (o) => o.node === "C" && o.outcome === "ok" && o.invokedAt > 4200 && (o.completedAt ?? 0) < 8000,
    );
    expect(okOnCDuring).toHaveLength(0);
    expect(sim.history.some((o) => o.node === "C" && o.error?.startsWith("non-primary"))).toBe(true);
    expect(okWrites(sim, 4500, 8000)).toBeGreaterThan(10);
    expect(sim.history.some((o) => o.node === "C" && o.outcome === "ok" && o.invokedAt > 9500)).toBe(true);
    expect(lostWrites(sim)).toHaveLength(0);
  });

  it("galera-two-node-split: both halves stop", () => {
    const sim = run("galera-two-node-split");
    expect(okWrites(sim, 4200, 10000)).toBe(0);
    expect(sim.history.filter((o) => o.invokedAt > 4200 && o.outcome === "ok")).toHaveLength(0);
  });

  it("galera-arbitrator: A with the arbitrator's vote survives, B stops", () => {
    const sim = run("galera-arbitrator");
    expect(
      sim.history.filter((o) => o.node === "A" && o.outcome === "ok" && o.invokedAt > 4500).length,
    ).toBeGreaterThan(10);
    expect(sim.history.filter((o) => o.node === "B" && o.outcome === "ok" && o.invokedAt > 4200)).toHaveLength(0);
  });

  it("galera-hot-row (explicit transactions): the hot row aborts far more often than cold rows", () => {
    const sim = run("galera-hot-row");
    const rate = (hot: boolean) => {
      const ws = sim.history.filter((o) => o.input.f === "write" && (o.key === "k0") === hot && o.outcome !== "info");
      return ws.filter((o) => o.error === "deadlock: certification failed").length / ws.length;
    };
    expect(rate(true)).toBeGreaterThan(0.15);
    expect(rate(false)).toBeLessThan(0.02);
  });
});

const galera = (nodes = ["A", "B", "C"]): Partial<ScenarioInput> => ({
  topology: { protocol: "galera", nodes: nodes.map((id) => ({ id })), params: { suspectTimeoutMs: 500 } },
});

/**
 * Steps a random run, checking after every event that no non-primary node applies; at the end, that applied sequences
 * are prefixes of the total order.
 */
function totalOrderHolds(seed: number, faults: ScheduledAction[]): void {
  const sim = createSimulation(
    propertyScenario(seed, faults, {
      ...galera(),
      workload: {
        clients: ["A", "B", "C"].map((near) => ({ near, count: 1 })),
        ratePerClient: 20,
        readFraction: 0.2,
        keys: { count: 3 },
        stopMs: 15000,
      },
    }),
    { eventLog: false },
  );
  const p = { galera: galeraInspect(sim) as GaleraInspect };
  const fail = (why: string) => {
    throw new Error(`seed ${seed}\n${formatSchedule(faults)}\n${why}`);
  };
  let prev = p.galera.nodes().map((x) => x.appliedIds.length);
  while (sim.now < 30000 && step(sim)) {
    const now = p.galera.nodes();
    now.forEach((x, i) => {
      if (!x.primary && x.appliedIds.length > (prev[i] ?? 0))
        fail(`${x.id} applied a write-set while non-primary at ${sim.now}`);
    });
    prev = now.map((x) => x.appliedIds.length);
  }
  const order = p.galera.order().map((w) => w.id);
  for (const x of p.galera.nodes()) {
    const committed = x.appliedIds;
    let k = 0;
    for (const id of committed) {
      while (k < order.length && order[k] !== id) k++;
      if (k === order.length) fail(`${x.id} applied ${id} out of the total order`);
      k++;
    }
  }
  const longest = p.galera
    .nodes()
    .reduce((a, b) => (b.appliedIds.length > a.length ? b.appliedIds : a), [] as readonly number[]);
  for (const x of p.galera.nodes())
    if (x.appliedIds.some((id, i) => longest[i] !== id))
      fail(`${x.id}'s applied sequence is not a prefix of the longest`);
  if (lostWrites(sim).length > 0) fail(`${lostWrites(sim).length} acknowledged writes lost`);
}

describe("galera properties over random fault schedules", () => {
  it("every node's applied sequence is a prefix of one total order, and a non-primary node never applies", () =>
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), scheduleArb(5), totalOrderHolds), {
      numRuns: Number(process.env.GALERA_RUNS ?? 12),
    }));

  it("(regression) with seed 1: every node isolated, no primary component, write-set delivered before the cut stays in the order", () =>
    totalOrderHolds(1, [
      { at: 1000, type: "cut", from: ["A", "C"], to: ["A", "B"], oneWay: false },
      { at: 16000, type: "heal" },
    ]));

  it("a minority partition never commits", () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("A", "B", "C"),
        fc.integer({ min: 10, max: 60 }),
        (seed, lone, at) => {
          const others = ["A", "B", "C"].filter((x) => x !== lone);
          const sim = createSimulation(
            propertyScenario(seed, [{ at: at * 100, type: "cut", from: [lone], to: others }], galera()),
            { eventLog: false },
          );
          runUntil(sim, 15000);
          const cutAt = at * 100;
          const onLone = sim.history.filter(
            (o) => o.node === lone && o.outcome === "ok" && o.input.f === "write" && o.invokedAt > cutAt,
          );
          expect(onLone).toHaveLength(0);
          expect(sim.history.some((o) => o.node !== lone && o.outcome === "ok" && o.invokedAt > cutAt + 1000)).toBe(
            true,
          );
        },
      ),
      { numRuns: 10 },
    ));
});
