import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkerInput, lostWrites } from "../checker-input";
import { checkLinearizability } from "../checkers";
import { createSimulation, inject, runToQuiescence } from "../engine";
import { propertyScenario, scheduleArb } from "../fault-arbitraries";
import { formatSchedule } from "../fault-syntax";
import { staleReads } from "../metrics";
import { defineScenario, type ScenarioInput } from "../scenario";
import { scenarios } from "../scenarios";

const chainOf = (count: number, over: Partial<ScenarioInput> = {}) =>
  defineScenario({
    seed: 1,
    durationMs: 20000,
    topology: { protocol: "chain", nodes: Array.from({ length: count }, (_, i) => ({ id: `S${i + 1}` })) },
    network: { latency: { baseMs: 5, jitter: "none", jitterMs: 0 } },
    failureDetector: { timeoutMs: 500, intervalMs: 100 },
    ...over,
  });

const writeLatency = (count: number): number => {
  const sim = createSimulation(chainOf(count));
  inject(sim, { type: "write", key: "x", client: "c", near: "S1" });
  runToQuiescence(sim, 5000);
  const op = sim.history[0];
  return (op?.completedAt ?? 0) - (op?.invokedAt ?? 0);
};

describe("chain: forwarding and acks", () => {
  it("a write travels head → tail and the tail answers; latency grows one hop per server", () => {
    expect(writeLatency(2)).toBeCloseTo(0.5 + 5 + 5, 3);
    expect(writeLatency(4)).toBeCloseTo(0.5 + 3 * 5 + 5, 3);
    const sim = createSimulation(chainOf(3));
    inject(sim, { type: "write", key: "x", value: 9, client: "c", near: "S1" });
    inject(sim, { type: "read", key: "x", client: "r", near: "S3" });
    runToQuiescence(sim, 5000);
    expect(sim.history.map((o) => [o.input.f, o.outcome, o.output ?? null])).toEqual([
      ["read", "ok", null],
      ["write", "ok", null],
    ]);
    expect(sim.nodes.map((n) => n.log.length)).toEqual([1, 1, 1]);
    expect(sim.protocol.nodeView(sim, sim.protocolState, 0).note).not.toContain("sent not acked");
  });

  it("reads route to the tail, writes to the head", () => {
    const sim = createSimulation(chainOf(3));
    expect(sim.protocol.routeToLeader(sim, sim.protocolState, 1, "read")).toBe(2);
    expect(sim.protocol.routeToLeader(sim, sim.protocolState, 1, "write")).toBe(0);
  });
});

describe("chain: failures", () => {
  it("middle failure: the predecessor re-sends sent-but-not-acked writes; nothing acknowledged is lost; the server rejoins as tail", () => {
    const s = scenarios["chain-middle-failure"];
    if (!s) throw new Error("scenario");
    const sim = createSimulation(s);
    runToQuiescence(sim, s.durationMs);
    expect(sim.events.some((e) => e.event.type === "resends")).toBe(true);
    expect(sim.events).toContainEqual(
      expect.objectContaining({ node: "S2", event: expect.objectContaining({ type: "joins-as-tail" }) }),
    );
    expect(lostWrites(sim)).toHaveLength(0);
    expect(checkLinearizability(checkerInput(sim).history).linearizable).toBe(true);
    expect(sim.protocol.authoritativeNode(sim, sim.protocolState)).toBe(1);
  });

  it("head failure: the successor becomes head and takes writes", () => {
    const sim = createSimulation(
      chainOf(3, {
        faults: [
          { at: 100, type: "crash", node: "S1" },
          { at: 1000, type: "write", key: "x", value: 1, client: "c", near: "S2" },
        ],
      }),
    );
    runToQuiescence(sim, 5000);
    expect(sim.protocol.routeToLeader(sim, sim.protocolState, 1, "write")).toBe(1);
    expect(sim.history[0]?.outcome).toBe("ok");
  });

  it("tail failure: the predecessor becomes tail and acknowledges what it already holds", () => {
    const sim = createSimulation(
      chainOf(3, {
        faults: [
          { at: 100, type: "cut", from: ["S3"], to: ["S1", "S2"] },
          { at: 200, type: "write", key: "x", value: 1, client: "c", near: "S1" },
        ],
      }),
    );
    runToQuiescence(sim, 5000);
    expect(sim.events).toContainEqual(
      expect.objectContaining({ node: "S2", event: expect.objectContaining({ type: "becomes-tail", pending: 1 }) }),
    );
    expect(sim.history[0]?.outcome).toBe("ok");
  });

  it("chain-basic and chain-long are never stale", () => {
    for (const name of ["chain-basic", "chain-long"]) {
      const s = scenarios[name];
      if (!s) throw new Error(name);
      const sim = createSimulation(s);
      runToQuiescence(sim, s.durationMs);
      expect(staleReads(sim.history)).toHaveLength(0);
    }
  });
});

describe("chain: properties", () => {
  const chainProp: Partial<ScenarioInput> = {
    topology: { protocol: "chain", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }] },
    failureDetector: { timeoutMs: 1000, intervalMs: 200, location: "A" },
    workload: {
      clients: ["A", "B", "C"].map((near) => ({ near, count: 1 })),
      ratePerClient: 10,
      readFraction: 0.5,
      keys: { count: 2, hotFraction: 0 },
      stopMs: 15000,
    },
  };
  it("histories are linearizable and lose no acknowledged write under crashes, pauses and cuts", () => {
    fc.assert(
      fc.property(fc.integer(), scheduleArb(), (seed, faults) => {
        const sim = createSimulation(
          propertyScenario(
            seed,
            faults.filter((f) => f.type !== "promote"),
            chainProp,
          ),
          { eventLog: false },
        );
        runToQuiescence(sim, 40000);
        const lin = checkLinearizability(checkerInput(sim).history);
        if (lin.linearizable === false) throw new Error(`not linearizable with ${formatSchedule(faults)}`);
        expect(lostWrites(sim)).toHaveLength(0);
      }),
      { numRuns: 25 },
    );
  });
});
