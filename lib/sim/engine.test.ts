import { describe, expect, it } from "vitest";
import { parseAction } from "./actions";
import { addClient, invoke } from "./clients";
import { createSimulation, inflightMessages, inject, replay, runToQuiescence, runUntil, step } from "./engine";
import { defineScenario, type Scenario, type ScenarioInput } from "./scenario";
import type { Protocol } from "./protocol";
import { scenarios } from "./scenarios";
import { snapshot } from "./snapshot";

const make = (over: Partial<ScenarioInput> = {}) =>
  defineScenario({
    seed: 5,
    topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
    network: { latency: { baseMs: 10 } },
    ...over,
  });

describe("engine", () => {
  it("starts at time 0 and advances virtual time event by event", () => {
    const sim = createSimulation(make());
    expect(sim.now).toBe(0);
    expect(step(sim)).toBe(true);
    runUntil(sim, 250);
    expect(sim.now).toBe(250);
    expect(snapshot(sim).leader).toBe("A");
  });

  it("a one-way cut drops A→B but still delivers B→A", () => {
    const sim = createSimulation(make());
    runUntil(sim, 50);
    inject(sim, { type: "cut", from: ["A"], to: ["B"], oneWay: true });
    expect(snapshot(sim).partitions).toEqual([{ from: "A", to: "B" }]);
    const before = sim.events.length;
    runUntil(sim, 400);
    const later = sim.events.slice(before);
    expect(later).toContainEqual(
      expect.objectContaining({
        node: "A",
        event: expect.objectContaining({ type: "send-dropped", to: "B", cause: "cut" }),
      }),
    );
    // Only A→B is cut: A still hears from C.
    expect(later).toContainEqual(
      expect.objectContaining({ node: "A", event: expect.objectContaining({ type: "delivered", from: "C" }) }),
    );
    inject(sim, { type: "write", key: "x", near: "B", node: "B" });
    runUntil(sim, 600);
    expect(sim.history.at(-1)?.outcome).toBe("fail"); // B is not the leader, and B→client is local
  });

  it("messages on a link are FIFO even with jitter", () => {
    const sim = createSimulation(make({ network: { latency: { baseMs: 5, jitter: "exponential", jitterMs: 20 } } }));
    runUntil(sim, 50);
    // One write a millisecond, so the leader ships several appends to B while earlier ones are still on the wire.
    for (let i = 0; i < 20; i++) {
      inject(sim, { type: "write", key: "k", client: `c${i}`, near: "A" });
      runUntil(sim, 51 + i);
    }
    const ab = inflightMessages(sim)
      .filter((m) => m.from === 0 && m.to === 1)
      .sort((x, y) => x.id - y.id);
    expect(ab.length).toBeGreaterThanOrEqual(5);
    // Independent jitter draws would reorder some of these; the link delivers them in the order they were sent.
    for (let i = 1; i < ab.length; i++) expect(ab[i]?.deliverAt ?? 0).toBeGreaterThanOrEqual(ab[i - 1]?.deliverAt ?? 0);
  });

  it("refuses impossible actions with a reason instead of throwing", () => {
    const sim = createSimulation(make());
    inject(sim, { type: "crash", node: "B" });
    expect(inject(sim, { type: "promote", node: "B" })).toEqual({
      ok: false,
      reason: "B is crashed and cannot be promoted",
    });
    expect(inject(sim, { type: "write", key: "x", node: "D" })).toEqual({ ok: false, reason: 'unknown node "D"' });
    expect(inject(sim, { type: "crash", node: "B" }).ok).toBe(false);
    expect(inject(sim, { type: "drop", messageId: 99999 }).ok).toBe(false);
    expect(inject(sim, { type: "promote", node: "A" }).ok).toBe(false);
    expect(sim.events.filter((e) => e.event.type === "action-refused").map((e) => e.event.kind)).toEqual([
      "reject",
      "reject",
      "reject",
      "reject",
      "reject",
    ]);
    expect(sim.actionLog).toHaveLength(6);
  });

  it("drops a chosen in-flight message by id", () => {
    const sim = createSimulation(make());
    runUntil(sim, 1);
    inject(sim, { type: "write", key: "x", near: "A" });
    runUntil(sim, 2);
    const append = inflightMessages(sim).find((m) => m.body.kind === "append" && m.to === 1);
    expect(append).toBeDefined();
    expect(inject(sim, { type: "drop", messageId: append?.id ?? -1 }).ok).toBe(true);
    expect(snapshot(sim).messages.some((m) => m.id === append?.id)).toBe(false);
    runToQuiescence(sim, 5000);
    // B catches up through heartbeats after the lost append.
    expect(snapshot(sim).nodes.map((n) => n.appliedLsn)).toEqual([1, 1, 1]);
  });

  it("write values are unique per key", () => {
    const sim = createSimulation(make());
    expect(inject(sim, { type: "write", key: "x", value: "hello", client: "a" }).ok).toBe(true);
    expect(inject(sim, { type: "write", key: "x", value: "hello", client: "b" }).ok).toBe(false);
    expect(inject(sim, { type: "write", key: "y", value: "hello", client: "b" }).ok).toBe(true);
  });

  it("a paused node receives its messages late, a crashed node never", () => {
    const sim = createSimulation(make());
    runUntil(sim, 100);
    inject(sim, { type: "pause", node: "B" });
    inject(sim, { type: "crash", node: "C" });
    inject(sim, { type: "write", key: "x", near: "A" });
    runUntil(sim, 1000);
    expect(snapshot(sim).nodes.map((n) => n.logLsn)).toEqual([1, 0, 0]);
    inject(sim, { type: "resume", node: "B" });
    expect(snapshot(sim).nodes.map((n) => n.logLsn)).toEqual([1, 1, 0]);
    inject(sim, { type: "restart", node: "C" });
    runUntil(sim, 1500);
    expect(snapshot(sim).nodes.map((n) => n.logLsn)).toEqual([1, 1, 1]);
  });

  it("replays a run with injected actions exactly", () => {
    const scenario = make({
      network: { latency: { baseMs: 3, jitter: "uniform", jitterMs: 5 } },
      workload: {
        clients: [
          { near: "A", count: 2 },
          { near: "C", count: 1 },
        ],
        ratePerClient: 20,
      },
    });
    const sim = createSimulation(scenario);
    runUntil(sim, 500);
    inject(sim, { type: "cut", from: ["A"], to: ["B", "C"] });
    for (let i = 0; i < 37; i++) step(sim);
    inject(sim, { type: "promote", node: "C" });
    runUntil(sim, 3000);
    inject(sim, { type: "heal" });
    inject(sim, { type: "write", key: "z", client: "ui", near: "C" });
    runUntil(sim, 6000);
    const again = replay(scenario, sim.actionLog);
    runUntil(again, 6000);
    expect(again.events).toEqual(sim.events);
    expect(again.history).toEqual(sim.history);
    expect(snapshot(again, { data: true })).toEqual(snapshot(sim, { data: true }));
  });

  it("reaches quiescence once writes have replicated", () => {
    const sim = createSimulation(make({ faults: [{ at: 100, type: "write", key: "x" }] }));
    const r = runToQuiescence(sim, 60000);
    expect(r.quiescent).toBe(true);
    expect(r.at).toBeLessThan(5000);
  });

  it("routes reads by policy: nearest reads the home node, leader-only the leader", () => {
    const sim = createSimulation(make({ applyLagMs: { C: 100000 } }));
    inject(sim, { type: "write", key: "x", near: "A" });
    runUntil(sim, 500);
    inject(sim, { type: "read", key: "x", client: "near-c", near: "C", routing: "nearest" });
    inject(sim, { type: "read", key: "x", client: "lead", near: "C", routing: "leader-only" });
    runUntil(sim, 1000);
    const byClient = Object.fromEntries(
      sim.history.filter((o) => o.input.f === "read").map((o) => [o.client, [o.node, o.output]]),
    );
    expect(byClient).toEqual({ "near-c": ["C", null], lead: ["A", 1] });
  });

  it("validates untrusted actions and refuses nonsense parameters", () => {
    expect(parseAction({ type: "crash", node: "A" })).toEqual({ success: true, data: { type: "crash", node: "A" } });
    expect(parseAction({ type: "set-lag", node: "A", lagMs: -1 }).success).toBe(false);
    const sim = createSimulation(make());
    expect(inject(sim, { type: "set-lag", node: "A", lagMs: -1 }).ok).toBe(false);
    expect(inject(sim, { type: "set-loss", probability: 2 }).ok).toBe(false);
  });

  it("a node's drifting clock fires its timers early", () => {
    const sim = createSimulation(make({ clocks: { A: { offsetMs: 0, drift: 0.25 } }, eventLog: true }));
    runUntil(sim, 1000);
    // Heartbeats every 100 ms of A's time = every 80 ms of real time; each goes to B and C.
    const beats = sim.events.filter(
      (e) => e.node === "B" && e.event.type === "delivered" && e.event.message === "heartbeat",
    );
    expect(beats.length).toBe(13);
  });
});

describe("operation kinds a protocol does not implement", () => {
  const byProtocol = new Map(Object.values(scenarios).map((s) => [s.topology.protocol, s] as const));

  it.each([...byProtocol.keys()])("the core fails a compare-and-set for %s before the protocol sees it", (protocol) => {
    const sim = createSimulation(byProtocol.get(protocol) as Scenario);
    const seen: string[] = [];
    // Protocol objects are shared by every run: wrap this run's, never patch the shared one.
    const real = sim.protocol;
    (sim as { protocol: Protocol }).protocol = {
      ...real,
      onClientRequest: (x, s, node, op) => {
        seen.push(op.input.f);
        real.onClientRequest(x, s, node, op);
      },
    };
    runUntil(sim, 100);
    const client = addClient(sim, "cas-client", 0, false);
    const node = sim.protocol.routeToLeader(sim, sim.protocolState, 0, "cas", "x");
    const op = invoke(sim, client, "x", { f: "cas", from: null, to: 1 }, node);
    runUntil(sim, sim.now + 5000);
    const rec = sim.history.find((h) => h.id === op.id);
    expect(rec?.outcome).toBe("fail");
    expect(rec?.error).toBe(`compare-and-set is not modelled by the ${sim.protocol.name} protocol`);
    expect(seen).not.toContain("cas");
  });
});
