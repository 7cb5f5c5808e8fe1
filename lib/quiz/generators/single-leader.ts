import { scenarios } from "@/lib/sim";
import { checkLinearizability } from "@/lib/sim/checkers";
import type { Generator } from "./types";
import { describeOutcome, isLost, opOf, opsOnKey, readOutcome, refuse } from "./probe-helpers";

const WRITE_AT = 2500;
const VALUE = "v42";

const replicaReadPlan = (p: Readonly<Record<string, number>>, seed: number) => ({
  scenario: "lag-stale-read",
  seed,
  actions: [
    { at: 2000, action: { type: "set-lag" as const, node: "B", lagMs: p.lagMs ?? 2000 } },
    { at: WRITE_AT, action: { type: "write" as const, key: "y", value: VALUE, client: "alice", near: "A" } },
    {
      at: WRITE_AT + (p.gapMs ?? 500),
      action: { type: "read" as const, key: "y", client: p.sameClient === 1 ? "alice" : "carol", node: "B" },
    },
  ],
  until: 10000,
  askAt: WRITE_AT + (p.gapMs ?? 500),
});

/** Single-leader, async: a read from a lagging replica some time after a write on the leader. */
export const staleRead: Generator = {
  name: "stale-read",
  defaults: { lagMs: 2000, gapMs: 500, sameClient: 0 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "new", text: `"v42", the value just written` },
      { id: "missing", text: "null: y is missing on B" },
    ],
  }),
  plan: replicaReadPlan,
  setup: (p) =>
    `Leader A replicates asynchronously to B and C. At ${WRITE_AT - 500} ms B's apply lag is set to ${p.lagMs} ms. At ${WRITE_AT} ms Alice writes y="v42" on A (acknowledged in a few ms). At ${WRITE_AT + (p.gapMs ?? 0)} ms ${p.sameClient === 1 ? "Alice herself" : "Carol"} reads y directly from replica B.`,
  probe: (sim) => {
    const write = opOf(sim, "alice", "y");
    if (write?.outcome !== "ok") return refuse(`Alice's write did not succeed: ${describeOutcome(write)}`);
    const read = sim.history.find((op) => op.key === "y" && op.input.f === "read");
    const answer = readOutcome(read, VALUE);
    if (answer === undefined || answer === "other")
      return refuse(`the read did not return "v42" or null: ${describeOutcome(read)}`);
    return { ok: true, answer, witness: read ? [write, read] : [write] };
  },
  focusKeys: ["y"],
};

/** The same run, judged: is the history of y linearizable? */
export const replicaReadLinearizable: Generator = {
  name: "replica-read-linearizable",
  defaults: { lagMs: 2000, gapMs: 500, sameClient: 0 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "yes", text: "Yes, it is linearizable" },
      { id: "no", text: "No, it is not linearizable" },
    ],
  }),
  plan: replicaReadPlan,
  setup: staleRead.setup,
  probe: (sim) => {
    const ops = opsOnKey(sim, "y");
    if (ops.some((op) => op.outcome !== "ok")) return refuse("an operation on y did not complete");
    const result = checkLinearizability(ops);
    if (result.linearizable === "unknown") return refuse("the linearizability search ran out of budget");
    const witnessIds = result.violations[0]?.opIds ?? ops.map((op) => op.id);
    return {
      ok: true,
      answer: result.linearizable ? "yes" : "no",
      witness: ops.filter((op) => witnessIds.includes(op.id)),
      note: result.violations[0]?.explanation,
    };
  },
  focusKeys: ["y"],
};

const scenarioFor = (fencing: number) => (fencing === 1 ? "split-brain-fenced" : "split-brain");

/**
 * What "fencing on" turns on, with the scenario's lease length: the answer to a
 * fenced question depends on the lease, so its setup states it.
 */
export function fencingOnWords(scenario: string): string {
  const leaseMs = scenarios[scenario]?.fencing.leaseMs ?? 0;
  return `on: a leader acknowledges writes only while a majority has answered one of its heartbeats within its lease of ${leaseMs} ms; a promotion needs promises from a majority, and a node promises only to a candidate whose log is at least as up to date as its own; the new leader waits out one lease before taking writes; nodes refuse messages from an older epoch`;
}

/**
 * Split brain (cut A from B,C at 2 s, promote B at 3 s, heal at 8 s): does a write sent to the old leader A survive?
 */
export const failoverWrite: Generator = {
  name: "failover-write",
  defaults: { writeAt: 4000, fencing: 0, sync: 0 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "survives", text: "It is acknowledged and survives the failover" },
      { id: "lost", text: "It is acknowledged, then lost when A rejoins" },
      { id: "not-acked", text: "It is never acknowledged (refused or timed out)" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: scenarioFor(p.fencing ?? 0),
    seed,
    actions: [
      ...(p.sync === 1 ? [{ at: 0, action: { type: "set-mode" as const, mode: "sync" as const } }] : []),
      { at: p.writeAt ?? 4000, action: { type: "write" as const, key: "w", value: "w7", client: "east2", near: "A" } },
    ],
    until: 12000,
    askAt: p.writeAt ?? 4000,
  }),
  setup: (p) =>
    `Three nodes, leader A, ${p.sync === 1 ? "synchronous" : "asynchronous"} replication, fencing ${p.fencing === 1 ? `${fencingOnWords(scenarioFor(1))}.` : "off."} At 2000 ms A is cut off from B and C; at 3000 ms an operator promotes B; the network heals at 8000 ms. At ${p.writeAt} ms a client near A writes w="w7" to A.`,
  probe: (sim) => {
    const op = opOf(sim, "east2", "w");
    if (!op) return refuse("the write was never issued");
    if (op.outcome === "ok") return { ok: true, answer: isLost(sim, op) ? "lost" : "survives", witness: [op] };
    return { ok: true, answer: "not-acked", witness: [op] };
  },
  focusKeys: ["w"],
};

/** Split brain: how many of K writes sent to the old leader are acknowledged and then lost? */
export const lostWriteCount: Generator = {
  name: "lost-write-count",
  defaults: { writes: 3, fencing: 0, sync: 0 },
  space: () => ({ kind: "number", unit: "writes" }),
  plan: (p, seed) => ({
    scenario: scenarioFor(p.fencing ?? 0),
    seed,
    actions: [
      ...(p.sync === 1 ? [{ at: 0, action: { type: "set-mode" as const, mode: "sync" as const } }] : []),
      ...Array.from({ length: p.writes ?? 3 }, (_, i) => ({
        at: 3500 + i * 500,
        action: { type: "write" as const, key: `n${i + 1}`, value: `n${i + 1}-east`, client: `e${i + 1}`, near: "A" },
      })),
    ],
    until: 12000,
    askAt: 3500,
  }),
  setup: (p) =>
    `Three nodes, leader A, ${p.sync === 1 ? "synchronous" : "asynchronous"} replication, fencing ${p.fencing === 1 ? `${fencingOnWords(scenarioFor(1))}.` : "off."} At 2000 ms A is cut off from B and C; at 3000 ms an operator promotes B; the network heals at 8000 ms. From 3500 ms, ${p.writes} clients near A each write one key (n1…n${p.writes}) to A, 500 ms apart.`,
  probe: (sim, p) => {
    const mine = Array.from({ length: p.writes ?? 3 }, (_, i) => opOf(sim, `e${i + 1}`, `n${i + 1}`));
    if (mine.some((op) => op === undefined)) return refuse("a write was never issued");
    const lost = mine.filter((op) => op !== undefined && op.outcome === "ok" && isLost(sim, op));
    return { ok: true, answer: lost.length, witness: mine.filter((op) => op !== undefined) };
  },
  focusKeys: [],
};

/** Semi-sync falls back to async after its timeout: how long does a write sent during the cut wait? */
export const semiSyncWait: Generator = {
  name: "semi-sync-wait",
  defaults: { writeAt: 3500 },
  space: () => ({ kind: "number", unit: "ms" }),
  plan: (p, seed) => ({
    scenario: "semi-sync-fallback",
    seed,
    actions: [
      {
        at: p.writeAt ?? 3500,
        action: { type: "write" as const, key: "p", value: "p5", client: "another client", near: "A" },
      },
    ],
    until: 15000,
    askAt: p.writeAt ?? 3500,
  }),
  setup: (p) =>
    `Leader A runs semi-synchronous replication (wait for 1 replica, timeout 2000 ms) and a client keeps writing to it. At 3000 ms A is cut off from both replicas; the network heals at 8000 ms. At ${p.writeAt} ms another client writes p="p5" to A.`,
  probe: (sim) => {
    const op = opOf(sim, "another client", "p");
    if (op?.outcome !== "ok" || op.completedAt === null)
      return refuse(`the write was not acknowledged: ${describeOutcome(op)}`);
    return { ok: true, answer: Math.round(op.completedAt - op.invokedAt), witness: [op] };
  },
  focusKeys: ["p"],
};
