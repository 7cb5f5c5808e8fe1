import { describe, expect, it } from "vitest";
import { lostWrites } from "../checker-input";
import { createSimulation, inject, runToQuiescence, runUntil } from "../engine";
import { defineScenario, type ScenarioInput } from "../scenario";
import type { LogEvent } from "../log-event";
import type { Sim } from "../sim-state";
import { snapshot } from "../snapshot";

const three = (over: Partial<ScenarioInput> = {}) =>
  defineScenario({
    seed: 9,
    topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
    network: { latency: { baseMs: 5 } },
    ...over,
  });

const last = (sim: Sim, client: string) => sim.history.filter((o) => o.client === client).at(-1);
const eventAt = (sim: Sim, type: LogEvent["type"]) => sim.events.find((e) => e.event.type === type)?.at;

describe("single-leader: lag and stale reads", () => {
  it("a read from a lagging replica returns the old value until the lag has passed", () => {
    const sim = createSimulation(three({ applyLagMs: { B: 3000 } }));
    runUntil(sim, 100);
    inject(sim, { type: "write", key: "x", client: "w", near: "A" });
    runUntil(sim, 200);
    inject(sim, { type: "read", key: "x", client: "r", node: "B" });
    runUntil(sim, 400);
    expect(last(sim, "r")?.output).toBeNull();
    expect(snapshot(sim).nodes[1]).toMatchObject({ logLsn: 1, appliedLsn: 0, lagEntries: 1 });
    runUntil(sim, 3200);
    inject(sim, { type: "read", key: "x", client: "r", node: "B" });
    runUntil(sim, 3400);
    expect(last(sim, "r")?.output).toBe(1);
  });

  it("set-lag takes effect while running", () => {
    const sim = createSimulation(three({ applyLagMs: { B: 60000 } }));
    inject(sim, { type: "write", key: "x", near: "A" });
    runUntil(sim, 1000);
    expect(snapshot(sim).nodes[1]?.appliedLsn).toBe(0);
    inject(sim, { type: "set-lag", node: "B", lagMs: 0 });
    runUntil(sim, 1001);
    expect(snapshot(sim).nodes[1]?.appliedLsn).toBe(1);
  });
});

describe("single-leader: acknowledgement modes", () => {
  it("semi-sync acknowledges after one replica's receipt, falls back after the timeout and comes back", () => {
    const sim = createSimulation(
      three({ replication: { mode: "semi-sync", semiSyncTimeoutMs: 2000 }, clientTimeoutMs: 10000 }),
    );
    inject(sim, { type: "write", key: "x", client: "c", near: "A" });
    runUntil(sim, 100);
    // client→A 0.5 ms, A→replica 5 ms, ack 5 ms, A→client 0.5 ms
    expect(last(sim, "c")).toMatchObject({ outcome: "ok", completedAt: 11 });
    inject(sim, { type: "cut", from: ["A"], to: ["B", "C"] });
    inject(sim, { type: "write", key: "x", client: "c", near: "A" });
    runUntil(sim, 2099);
    expect(sim.history.filter((o) => o.client === "c")).toHaveLength(1);
    runUntil(sim, 2200);
    expect(last(sim, "c")).toMatchObject({ outcome: "ok", completedAt: 2101 });
    expect(eventAt(sim, "semi-sync-timeout")).toBe(2100.5);
    inject(sim, { type: "write", key: "x", client: "c", near: "A" });
    runUntil(sim, 2300);
    expect(last(sim, "c")?.completedAt).toBe(2201); // async now: immediate
    inject(sim, { type: "heal" });
    runUntil(sim, 3000);
    expect(eventAt(sim, "semi-sync-back")).toBeDefined();
  });

  it("sync waits until every replica has applied, including its apply lag", () => {
    const sim = createSimulation(three({ replication: { mode: "sync" }, applyLagMs: { C: 500 } }));
    inject(sim, { type: "write", key: "x", client: "c", near: "A" });
    runUntil(sim, 400);
    expect(sim.history).toHaveLength(0);
    runUntil(sim, 600);
    // 0.5 + 5 (to C) + 500 (apply) + 5 (ack) + 0.5
    expect(last(sim, "c")).toMatchObject({ outcome: "ok", completedAt: 511 });
  });

  it("sync with syncReplicas 1 needs only the fastest replica", () => {
    const sim = createSimulation(three({ replication: { mode: "sync", syncReplicas: 1 }, applyLagMs: { C: 500 } }));
    inject(sim, { type: "write", key: "x", client: "c", near: "A" });
    runUntil(sim, 100);
    expect(last(sim, "c")).toMatchObject({ outcome: "ok", completedAt: 11 });
  });
});

describe("single-leader: failover and fencing", () => {
  const splitBrain = (fencing: boolean) => {
    const sim = createSimulation(three({ fencing: { enabled: fencing, leaseMs: 1000 } }));
    runUntil(sim, 1000);
    inject(sim, { type: "cut", from: ["A"], to: ["B", "C"] });
    runUntil(sim, 1500);
    inject(sim, { type: "promote", node: "B" });
    runUntil(sim, 3000);
    inject(sim, { type: "write", key: "x", client: "old", near: "A" });
    inject(sim, { type: "write", key: "x", client: "new", near: "B" });
    runUntil(sim, 4000);
    inject(sim, { type: "heal" });
    runToQuiescence(sim, 20000);
    return sim;
  };

  it("without fencing both leaders acknowledge and the old leader's write is lost after the heal", () => {
    const sim = splitBrain(false);
    expect(last(sim, "old")?.outcome).toBe("ok");
    expect(last(sim, "new")?.outcome).toBe("ok");
    expect(lostWrites(sim).map((o) => o.client)).toEqual(["old"]);
    expect(snapshot(sim).nodes.map((n) => n.role)).toEqual(["replica", "leader", "replica"]);
    expect(sim.events).toContainEqual(
      expect.objectContaining({
        node: "A",
        event: expect.objectContaining({ type: "discards-suffix", writes: [expect.objectContaining({ key: "x" })] }),
      }),
    );
  });

  it("with fencing the old leader's write fails instead and nothing is lost", () => {
    const sim = splitBrain(true);
    expect(last(sim, "old")).toMatchObject({ outcome: "fail" });
    expect(last(sim, "old")?.error).toContain("lease expired");
    expect(last(sim, "new")?.outcome).toBe("ok");
    expect(lostWrites(sim)).toHaveLength(0);
    expect(sim.events).toContainEqual(
      expect.objectContaining({ node: "A", event: expect.objectContaining({ type: "lease-expired", epoch: 1 }) }),
    );
    expect(snapshot(sim).nodes.map((n) => n.role)).toEqual(["replica", "leader", "replica"]);
  });

  it("a fenced promotion needs a majority: B alone cannot become leader", () => {
    const sim = createSimulation(three({ fencing: { enabled: true, leaseMs: 1000 } }));
    inject(sim, { type: "cut", from: ["B"], to: ["A", "C"] });
    inject(sim, { type: "promote", node: "B" });
    runUntil(sim, 3000);
    expect(snapshot(sim).nodes.map((n) => n.role)).toEqual(["leader", "candidate", "replica"]);
    inject(sim, { type: "write", key: "x", client: "c", near: "A" });
    runUntil(sim, 3100);
    expect(last(sim, "c")?.outcome).toBe("ok");
  });

  it("the new fenced leader waits out one lease before taking writes", () => {
    const sim = createSimulation(three({ fencing: { enabled: true, leaseMs: 1000 } }));
    runUntil(sim, 100);
    inject(sim, { type: "promote", node: "B" });
    runUntil(sim, 200);
    inject(sim, { type: "write", key: "x", client: "c", near: "B" });
    runUntil(sim, 300);
    expect(last(sim, "c")?.error).toContain("waiting out");
    runUntil(sim, 1200);
    inject(sim, { type: "write", key: "x", client: "c", near: "B" });
    runUntil(sim, 1300);
    expect(last(sim, "c")?.outcome).toBe("ok");
    expect(snapshot(sim).nodes[0]?.role).toBe("replica");
  });

  it("the failure detector promotes the most up-to-date reachable replica after its timeout", () => {
    const sim = createSimulation(
      three({
        failureDetector: { enabled: true, timeoutMs: 3000, intervalMs: 500, location: "C" },
        applyLagMs: { C: 10000 },
      }),
    );
    inject(sim, { type: "write", key: "x", near: "A" });
    runUntil(sim, 1000);
    inject(sim, { type: "crash", node: "A" });
    runUntil(sim, 10000);
    expect(sim.events.find((e) => e.event.type === "detector-suspects")).toMatchObject({
      at: 1500,
      event: { location: "C", leader: "A", reachable: false },
    });
    expect(sim.events.find((e) => e.event.type === "detector-promotes")).toMatchObject({
      at: 4500,
      event: { leader: "A", promote: "B" },
    });
    expect(snapshot(sim).nodes[1]).toMatchObject({ role: "leader", epoch: 2 });
    // B and C both received the write; ties go to the lower index.
    expect(snapshot(sim).leader).toBe("B");
  });

  it("a restarted old leader rejoins as a replica when it hears the new epoch", () => {
    const sim = createSimulation(three());
    inject(sim, { type: "crash", node: "A" });
    inject(sim, { type: "promote", node: "B" });
    runUntil(sim, 500);
    inject(sim, { type: "restart", node: "A" });
    runToQuiescence(sim, 5000);
    expect(snapshot(sim).nodes.map((n) => `${n.role}@${n.epoch}`)).toEqual(["replica@2", "leader@2", "replica@2"]);
  });
});
