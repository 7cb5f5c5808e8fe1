import { describe, expect, it } from "vitest";
import { checkerInput, lostWrites } from "../checker-input";
import { checkLinearizability } from "../checkers";
import { createSimulation, inject, runToQuiescence, runUntil } from "../engine";
import { recordText } from "../event-text";
import { defineScenario, parseScenario, type ScenarioInput } from "../scenario";
import type { Sim } from "../sim-state";
import type { RaftParams } from "./raft-params";
import type { RaftState } from "./raft-state";

const raft = (count: number, params: Partial<RaftParams> = {}, over: Partial<ScenarioInput> = {}) =>
  createSimulation(
    defineScenario({
      seed: 5,
      durationMs: 20000,
      topology: { protocol: "raft", nodes: Array.from({ length: count }, (_, i) => ({ id: `S${i + 1}` })), params },
      network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
      ...over,
    }),
  );

const leaders = (sim: Sim) => sim.nodes.filter((n) => n.status === "up" && n.role === "leader");
const stateOf = (sim: Sim) => sim.protocolState as RaftState;
const ops = (sim: Sim) =>
  sim.history.map(
    (o) =>
      `${o.client} ${o.input.f}${o.input.f === "write" ? `=${String(o.input.value)}` : ""} ${o.outcome}${o.output !== undefined ? ` ${String(o.output)}` : ""}`,
  );
const eventsOf = (sim: Sim, type: string) =>
  sim.events.filter((e) => e.event.source === "raft" && e.event.type === type);

describe("raft: election", () => {
  it("elects exactly one leader, whose term every node then shares, by randomised timeouts alone", () => {
    const sim = raft(5);
    runUntil(sim, 2000);
    expect(leaders(sim)).toHaveLength(1);
    const term = leaders(sim)[0]?.epoch;
    expect(sim.nodes.every((n) => n.epoch === term && n.leader === leaders(sim)[0]?.index)).toBe(true);
    expect(eventsOf(sim, "leader-elected")).toHaveLength(stateOf(sim).leadersElected);
  });

  it("a node missing committed entries cannot win (election restriction): the up-to-date node leads and keeps the write", () => {
    const sim = raft(3);
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 100);
    inject(sim, { type: "cut", from: ["S3"], to: ["S1", "S2"] });
    inject(sim, { type: "write", key: "x", value: 7, client: "c", node: "S1" });
    runUntil(sim, 200);
    inject(sim, { type: "crash", node: "S1" });
    inject(sim, { type: "heal" });
    inject(sim, { type: "promote", node: "S3" });
    runUntil(sim, 3000);
    expect(ops(sim)).toEqual(["c write=7 ok"]);
    expect(leaders(sim).map((n) => n.id)).toEqual(["S2"]);
    inject(sim, { type: "read", key: "x", client: "r", node: "S2" });
    runToQuiescence(sim, 6000);
    expect(ops(sim)).toContain("r read ok 7");
  });

  it("promote makes a node campaign at once; it refuses for a node that already leads", () => {
    const sim = raft(3);
    expect(inject(sim, { type: "promote", node: "S2" })).toEqual({ ok: true });
    runUntil(sim, 50);
    expect(leaders(sim).map((n) => n.id)).toEqual(["S2"]);
    expect(inject(sim, { type: "promote", node: "S2" }).ok).toBe(false);
    expect(inject(sim, { type: "set-mode", mode: "sync" }).ok).toBe(false);
  });
});

describe("raft: replication and commitment", () => {
  it("a write is acknowledged once a majority stores it, and every node then applies it", () => {
    const sim = raft(5);
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 100);
    inject(sim, { type: "crash", node: "S4" });
    inject(sim, { type: "crash", node: "S5" });
    inject(sim, { type: "write", key: "x", value: 1, client: "c", node: "S1" });
    runToQuiescence(sim, 3000);
    expect(ops(sim)).toEqual(["c write=1 ok"]);
    expect(sim.nodes.slice(0, 3).map((n) => n.kv.get("x")?.value)).toEqual([1, 1, 1]);
  });

  it("with three of five down, nothing commits: the write times out and is never acknowledged", () => {
    const sim = raft(5);
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 100);
    for (const n of ["S3", "S4", "S5"]) inject(sim, { type: "crash", node: n });
    inject(sim, { type: "write", key: "x", value: 1, client: "c", node: "S1" });
    runUntil(sim, 5000);
    expect(ops(sim)).toEqual(["c write=1 info"]);
    expect(stateOf(sim).nodes[0]?.commitIndex).toBe(1); // only the term's empty entry
  });

  it("a slow disk delays only that follower's acknowledgement: the write commits with the fast majority", () => {
    const sim = raft(3, {}, { applyLagMs: { S3: 500 } });
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 100);
    inject(sim, { type: "write", key: "x", value: 1, client: "c", node: "S1" });
    runUntil(sim, 150);
    expect(ops(sim)).toEqual(["c write=1 ok"]);
    expect(stateOf(sim).nodes[0]?.matchIndex[2]).toBeLessThan(2);
    runUntil(sim, 1000);
    expect(stateOf(sim).nodes[0]?.matchIndex[2]).toBe(2);
  });
});

describe("raft: reads", () => {
  const cutLeaderThenRead = (readMode: RaftParams["readMode"]) => {
    const sim = raft(3, { readMode });
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 100);
    inject(sim, { type: "write", key: "x", value: 1, client: "w", node: "S1" });
    runUntil(sim, 500);
    inject(sim, { type: "cut", from: ["S1"], to: ["S2", "S3"] });
    runUntil(sim, 1500);
    // A client on the majority side: answers to S1's region cannot cross the cut.
    inject(sim, {
      type: "write",
      key: "x",
      value: 2,
      client: "w2",
      node: leaders(sim).find((n) => n.id !== "S1")?.id ?? "S2",
    });
    runUntil(sim, 1600);
    inject(sim, { type: "read", key: "x", client: "r", node: "S1" });
    runUntil(sim, 5000);
    return sim;
  };

  it("through the log, by ReadIndex or under a lease, a cut-off leader never answers a read with the old value", () => {
    for (const mode of ["log", "read-index", "lease"] as const) {
      const sim = cutLeaderThenRead(mode);
      expect(ops(sim), mode).toContain("w2 write=2 ok");
      expect(
        ops(sim).filter((o) => o.startsWith("r")),
        mode,
      ).toEqual(["r read info"]);
      expect(checkLinearizability(sim.history).linearizable, mode).toBe(true);
    }
  });

  it("a follower read answers at once from the follower's applied state, which can be stale", () => {
    const sim = cutLeaderThenRead("follower");
    expect(ops(sim).filter((o) => o.startsWith("r"))).toEqual(["r read ok 1"]);
    expect(checkLinearizability(sim.history).linearizable).toBe(false);
  });

  it("a lease read is answered by the leader alone, without a round trip", () => {
    const sim = raft(3, { readMode: "lease" }, { network: { latency: { baseMs: 10, jitter: "none", jitterMs: 0 } } });
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 500);
    inject(sim, { type: "read", key: "x", client: "r", node: "S1" });
    runUntil(sim, 501);
    expect(ops(sim)).toEqual(["r read ok null"]);
    expect(eventsOf(sim, "read-served").map(recordText)[0]).toMatch(
      /under its lease at entry 1 \(\d+ ms of lease left/,
    );
  });
});

describe("raft: pre-vote and check-quorum", () => {
  const isolate = (params: Partial<RaftParams>) => {
    const sim = raft(3, params);
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 500);
    inject(sim, { type: "cut", from: ["S3"], to: ["S1", "S2"] });
    runUntil(sim, 4000);
    return sim;
  };

  it("without pre-vote a cut-off node's term climbs; with it the term stays", () => {
    expect(isolate({}).nodes[2]?.epoch).toBeGreaterThan(5);
    const sim = isolate({ preVote: true });
    expect(sim.nodes[2]?.epoch).toBe(1);
    expect(eventsOf(sim, "election-timeout").map(recordText)[0]).toContain("asks for pre-votes for term 2");
  });

  it("check-quorum: a leader cut off from the majority steps down within an election timeout; without it, it keeps leading", () => {
    const cut = (checkQuorum: boolean) => {
      const sim = raft(3, { checkQuorum });
      inject(sim, { type: "promote", node: "S1" });
      runUntil(sim, 500);
      inject(sim, { type: "cut", from: ["S1"], to: ["S2", "S3"] });
      runUntil(sim, 900);
      return sim;
    };
    expect(cut(false).nodes[0]?.role).toBe("leader");
    const sim = cut(true);
    expect(sim.nodes[0]?.role).not.toBe("leader");
    expect(eventsOf(sim, "leadership-lost").map(recordText)).toContain(
      "S1 steps down in term 1: no majority answered within an election timeout (check-quorum)",
    );
  });
});

describe("raft: membership", () => {
  it("adds a spare and removes the leader one server at a time; the new configuration elects and commits", () => {
    const sim = raft(4, {
      members: ["S1", "S2", "S3"],
      reconfigure: [
        { at: 500, op: "add", node: "S4" },
        { at: 1000, op: "remove", node: "S1" },
      ],
    });
    inject(sim, { type: "promote", node: "S1" });
    runUntil(sim, 800);
    expect(sim.nodes[3]?.log.length).toBe(sim.nodes[0]?.log.length);
    runUntil(sim, 3000);
    expect(eventsOf(sim, "config-appended")).toHaveLength(2);
    expect(sim.nodes[0]?.role).toBe("follower");
    const leader = leaders(sim)[0];
    expect(["S2", "S3", "S4"]).toContain(leader?.id);
    for (const n of ["S1", leader?.id === "S4" ? "S3" : "S2"]) inject(sim, { type: "crash", node: n });
    runUntil(sim, 5000);
    const next = leaders(sim)[0]?.id ?? "S4";
    inject(sim, { type: "write", key: "x", value: 1, client: "c", node: next });
    runUntil(sim, 6000);
    // Two of the three members are up: a majority without S1, which the old configuration needed.
    expect(ops(sim)).toEqual(["c write=1 ok"]);
  });

  it("rejects unknown members and timeouts that cannot differ", () => {
    const r = parseScenario({
      seed: 1,
      topology: {
        protocol: "raft",
        nodes: [{ id: "A" }],
        params: { members: ["Z"], electionMinMs: 300, electionMaxMs: 300 },
      },
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.path)).toEqual([
      "topology.params.electionMaxMs",
      "topology.params.members[0]",
    ]);
  });
});

describe("raft: state", () => {
  it("is plain data: a JSON round trip and a structured clone give the same state", () => {
    const sim = raft(
      3,
      { readMode: "read-index" },
      { workload: { clients: [{ near: "S1", count: 2 }], ratePerClient: 50, readFraction: 0.5 } },
    );
    runUntil(sim, 1500);
    const st = sim.protocolState;
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
    expect(structuredClone(st)).toEqual(st);
  });

  it("the same seed gives the same run; acknowledged writes survive a crash of the leader", () => {
    const run = () => {
      const sim = raft(
        3,
        {},
        {
          workload: {
            clients: [
              { near: "S1", count: 1 },
              { near: "S2", count: 1 },
            ],
            ratePerClient: 20,
            readFraction: 0.3,
            stopMs: 4000,
          },
          faults: [
            { at: 1500, type: "crash", node: "S1" },
            { at: 1500, type: "crash", node: "S2" },
            { at: 1800, type: "restart", node: "S2" },
          ],
        },
      );
      runToQuiescence(sim, 10000);
      return sim;
    };
    const a = run();
    expect(run().events).toEqual(a.events);
    expect(lostWrites(a)).toEqual([]);
    expect(checkLinearizability(checkerInput(a).history).linearizable).toBe(true);
  });
});
