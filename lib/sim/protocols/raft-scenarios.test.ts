import { describe, expect, it } from "vitest";
import { checkerInput, lostWrites } from "../checker-input";
import { checkLinearizability } from "../checkers";
import { createSimulation, runToQuiescence } from "../engine";
import { recordText } from "../event-text";
import type { Operation } from "../history";
import type { RaftState } from "./raft-state";
import { defineScenario, type Scenario } from "../scenario";
import type { Sim } from "../sim-state";
import { scenarios } from "../scenarios";
import { raftLeaseRead } from "../scenarios/raft";

const runScenario = (s: Scenario): Sim => {
  const sim = createSimulation(s);
  runToQuiescence(sim, s.durationMs);
  return sim;
};
const run = (name: string): Sim => {
  const s = scenarios[name];
  if (!s) throw new Error(`no scenario ${name}`);
  return runScenario(s);
};
const raftEvents = (sim: Sim, type: string) =>
  sim.events.filter((e) => e.event.source === "raft" && e.event.type === type);
const linearizable = (sim: Sim) => checkLinearizability(checkerInput(sim).history).linearizable;
const writes = (sim: Sim, from: number, to: number, node?: string): Operation[] =>
  sim.history.filter(
    (o) => o.input.f === "write" && o.invokedAt >= from && o.invokedAt < to && (node === undefined || o.node === node),
  );
const latency = (ops: readonly Operation[]): number => {
  const xs = ops
    .filter((o) => o.outcome === "ok")
    .map((o) => (o.completedAt ?? 0) - o.invokedAt)
    .sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] ?? Number.NaN;
};

describe("raft scenarios", () => {
  it("raft-leader-crash: a new leader in term 2 within half a second; the restarted S1 catches up; nothing acknowledged lost", () => {
    const sim = run("raft-leader-crash");
    const elected = raftEvents(sim, "leader-elected").filter((e) => e.at > 3000);
    expect(elected[0]?.at).toBeLessThan(3500);
    expect(elected[0]?.event).toMatchObject({ term: 2 });
    expect(["S2", "S3"]).toContain(elected[0]?.node);
    expect(sim.nodes.map((n) => n.log.length)).toEqual(sim.nodes.map(() => sim.nodes[0]?.log.length));
    expect(lostWrites(sim)).toEqual([]);
    expect(linearizable(sim)).toBe(true);
  });

  it("raft-minority-leader: S1's writes during the partition are never acknowledged; after the heal S1 steps down and its log is repaired", () => {
    const sim = run("raft-minority-leader");
    const cutOff = writes(sim, 3000, 7000, "S1");
    expect(cutOff.length).toBeGreaterThan(0);
    expect(cutOff.every((o) => o.outcome === "info")).toBe(true);
    expect(writes(sim, 3000, 7000).some((o) => o.outcome === "ok")).toBe(true);
    expect(raftEvents(sim, "leadership-lost").some((e) => e.node === "S1" && e.at >= 7000)).toBe(true);
    expect(
      raftEvents(sim, "log-repaired")
        .filter((e) => e.at >= 7000)
        .map((e) => e.node),
    ).toContain("S1");
    expect(lostWrites(sim)).toEqual([]);
    expect(linearizable(sim)).toBe(true);
  });

  it("raft-figure-8: the leader of term 3 does not commit x=2 from term 1; x=2 is never acknowledged, nothing is lost", () => {
    const sim = run("raft-figure-8");
    expect(raftEvents(sim, "commit-withheld").map(recordText)[0]).toBe(
      "S1 holds entry 2 of term 1 on a majority but does not commit it: it is not of the current term 3 (Figure 8)",
    );
    expect(sim.history.find((o) => o.client === "c2")?.outcome).toBe("info");
    expect(lostWrites(sim)).toEqual([]);
    expect(sim.history.find((o) => o.input.f === "read")?.output).toBe(4);
  });

  it("raft-figure-8-unsafe: without the rule x=2 is acknowledged, then overwritten by S5's term-2 entry", () => {
    const sim = run("raft-figure-8-unsafe");
    expect(sim.history.find((o) => o.client === "c2")?.outcome).toBe("ok");
    expect(lostWrites(sim).map((o) => (o.input.f === "write" ? o.input.value : null))).toEqual([2]);
    expect(raftEvents(sim, "log-repaired").map(recordText)).toContain(
      "S2 discards entries 2..2 (terms 1) that conflict with leader S5, 1 of them already applied: a committed write is lost",
    );
  });

  it("raft-flapping vs raft-flapping-prevote: without pre-vote each reconnection costs an election; with it S1 leads throughout", () => {
    const without = run("raft-flapping");
    const withPreVote = run("raft-flapping-prevote");
    expect((without.protocolState as RaftState).leadersElected).toBeGreaterThanOrEqual(3);
    expect(without.nodes[2]?.epoch).toBeGreaterThan(5);
    expect((withPreVote.protocolState as RaftState).leadersElected).toBe(1);
    expect(withPreVote.nodes.map((n) => n.epoch)).toEqual([1, 1, 1]);
    expect(withPreVote.history.filter((o) => o.outcome !== "ok")).toEqual([]);
  });

  it("raft-slow-follower: the slow disk costs nothing until the majority needs it, then writes wait for it", () => {
    const sim = run("raft-slow-follower");
    expect(latency(writes(sim, 500, 5000))).toBeLessThan(15);
    expect(latency(writes(sim, 5500, 8000))).toBeGreaterThan(300);
    expect(lostWrites(sim)).toEqual([]);
  });

  it("raft-five-lose-two-then-three: writes commit with three of five, stop with two, resume when S4 is back", () => {
    const sim = run("raft-five-lose-two-then-three");
    expect(writes(sim, 4500, 6000).every((o) => o.outcome === "ok")).toBe(true);
    const stalled = writes(sim, 6100, 8000);
    expect(stalled.length).toBeGreaterThan(0);
    expect(stalled.every((o) => o.outcome === "info")).toBe(true);
    expect(writes(sim, 9500, 11000).filter((o) => o.outcome === "ok").length).toBeGreaterThan(0);
    expect(lostWrites(sim)).toEqual([]);
    expect(linearizable(sim)).toBe(true);
  });

  it("raft-lease-drift: a 30% slow clock makes the cut-off leader answer x=1 after x=2 committed; 5% drift or ReadIndex do not", () => {
    const stale = run("raft-lease-drift");
    expect(stale.history.find((o) => o.client === "r")).toMatchObject({ outcome: "ok", output: 1 });
    expect(linearizable(stale)).toBe(false);
    for (const safe of [raftLeaseRead(-0.05, "lease"), raftLeaseRead(-0.3, "read-index")]) {
      const sim = runScenario(defineScenario(safe));
      expect(sim.history.find((o) => o.client === "w2")?.outcome).toBe("ok");
      expect(sim.history.find((o) => o.client === "r")?.outcome).toBe("info");
      expect(linearizable(sim)).toBe(true);
    }
  });

  it("raft-lab: S1 leads term 1 and, with nothing broken, no election follows", () => {
    const sim = run("raft-lab");
    expect(sim.nodes.map((n) => `${n.role} ${n.epoch}`)).toEqual([
      "leader 1",
      "follower 1",
      "follower 1",
      "follower 1",
      "follower 1",
    ]);
    expect((sim.protocolState as RaftState).elections).toBe(1);
  });
});
