/**
 * Scenario questions on the Raft scenarios (lib/sim/scenarios/raft.ts): the
 * engine answers each from the finished run. Setups state only what the
 * scenario descriptions say, in the candidate's terms.
 */
import { lostWrites, scenarios, type Operation } from "@/lib/sim";
import type { Generator, ProbeResult } from "./types";
import { describeOutcome, opOf, refuse } from "./probe-helpers";

const write = (at: number, client: string, node: string, key: string, value: string) => ({
  at,
  action: { type: "write" as const, key, value, client, node },
});
/** The injected write's outcome as the key: acknowledged, unknown (timed out) or refused. */
const probeWrite = (op: Operation | undefined): ProbeResult =>
  op ? { ok: true, answer: op.outcome, witness: [op] } : refuse(`the write is ${describeOutcome(op)}`);
const WRITE_OUTCOMES = [
  { id: "ok", text: "Acknowledged: it commits on a majority" },
  { id: "info", text: "No answer: the client times out, outcome unknown" },
  { id: "fail", text: "Refused at once: the server knows it cannot commit it" },
];

/** Figure 8 with the current-term rule on or off: is an acknowledged write lost? */
export const raftFigure8Loss: Generator = {
  name: "raft-figure-8-loss",
  defaults: { rule: 1 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "none", text: "No acknowledged write is lost; x=2 was never acknowledged" },
      { id: "x2", text: "x=2 was acknowledged, then overwritten: an acknowledged write is lost" },
      { id: "x3", text: "x=3 was acknowledged, then overwritten: an acknowledged write is lost" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: p.rule === 1 ? "raft-figure-8" : "raft-figure-8-unsafe",
    seed,
    actions: [],
    until: 4000,
    askAt: 1300,
  }),
  setup: (p) =>
    `Raft's Figure 8 with five servers, scripted. S1 leads term 1 and replicates x=2 (index 2) to S2 only before stalling. S5 wins term 2 with votes from S3 and S4, appends x=3 at index 2 that nobody else receives, and crashes. At 1300 ms S1 wins term 3 and copies x=2 to S3, so three of five servers hold it; then S1 crashes. S5 restarts and runs for term 4. The current-term commit rule (a leader counts replicas only for entries of its own term) is ${p.rule === 1 ? "on" : "switched off"}; new leaders do not append an empty entry.`,
  probe: (sim) => {
    const lost = lostWrites(sim);
    if (lost.length === 0) {
      const x2 = opOf(sim, "c2", "x");
      return x2?.outcome === "ok"
        ? refuse("x=2 was acknowledged yet nothing is reported lost")
        : { ok: true, answer: "none", witness: x2 ? [x2] : [] };
    }
    if (lost.length > 1) return refuse(`${lost.length} acknowledged writes lost`);
    const [only] = lost;
    const value = only?.input.f === "write" ? only.input.value : undefined;
    if (value === 2) return { ok: true, answer: "x2", witness: lost };
    if (value === 3) return { ok: true, answer: "x3", witness: lost };
    return refuse(`the lost write wrote ${String(value)}`);
  },
  focusKeys: ["x"],
};

/** A write sent to the leader S1 before or during a partition that leaves it with S2 only. */
export const raftMinorityWrite: Generator = {
  name: "raft-minority-write",
  defaults: { at: 4000 },
  space: () => ({ kind: "choice", options: WRITE_OUTCOMES }),
  plan: (p, seed) => ({
    scenario: "raft-minority-leader",
    seed,
    actions: [write(p.at ?? 4000, "q", "S1", "q", "q1")],
    until: 11000,
    askAt: p.at ?? 4000,
  }),
  setup: (p) =>
    `Five Raft servers; S1 leads. At 3000 ms the network splits S1 and S2 from S3, S4 and S5; it heals at 7000 ms. Check-quorum is off. Clients give up after 1000 ms. At ${p.at ?? 4000} ms a client sends a write of q to S1.`,
  probe: (sim) => probeWrite(opOf(sim, "q", "q")),
  focusKeys: ["q"],
};

/** Five servers lose S2, S3 and S4 one by one while S1 leads; does a write at a given time commit? */
export const raftFiveFailures: Generator = {
  name: "raft-five-failures",
  defaults: { at: 5000 },
  space: () => ({ kind: "choice", options: WRITE_OUTCOMES }),
  plan: (p, seed) => ({
    scenario: "raft-five-lose-two-then-three",
    seed,
    actions: [write(p.at ?? 5000, "q", "S1", "q", "q1")],
    until: 12000,
    askAt: p.at ?? 5000,
  }),
  setup: (p) =>
    `Five Raft servers; S1 leads throughout. S2 crashes at 2000 ms, S3 at 4000 ms and S4 at 6000 ms; S4 restarts at 9000 ms. Clients give up after 1000 ms. At ${p.at ?? 5000} ms a client sends a write of q to S1.`,
  probe: (sim) => probeWrite(opOf(sim, "q", "q")),
  focusKeys: ["q"],
};

/**
 * The lease question runs on the scenario's own seed, whatever the variant seed. A seed draws the followers'
 * election timeouts (1000–2000 ms), which the setup does not state and cannot: with a lease, S3 votes for S2 at
 * 2900 ms only once a full minimum timeout has passed since S1's last heartbeat reached it (about 1876 ms), and a
 * follower whose own draw falls in the ~24 ms before 2900 campaigns first and wins, so S2's promotion and its write
 * of x=2 fail. About one seed in ten did (13, 15, 29, 33, 60 and 62 of 1..64), which is why the question was capped
 * at 12 variants. The variants differ in the read's time, the one thing the question is about; `raft.test.ts`
 * checks every seed a question may use.
 */
function scenarioSeed(name: string): number {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`no scenario ${name}`);
  return scenario.seed;
}

/** A lease read on the cut-off leader S1, whose clock runs 30% slow, at a given time. */
export const raftLeaseRead: Generator = {
  name: "raft-lease-read",
  defaults: { at: 3100 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "current", text: "x=1, which is still the latest acknowledged value: linearizable" },
      { id: "stale", text: "x=1 although x=2 was already acknowledged: a stale read" },
      { id: "new", text: "x=2" },
      { id: "none", text: "No answer: the read times out" },
    ],
  }),
  plan: (p) => ({
    scenario: "raft-lease-drift",
    seed: scenarioSeed("raft-lease-drift"),
    actions: [{ at: p.at ?? 3100, action: { type: "read" as const, key: "x", client: "q", node: "S1" } }],
    until: 6000,
    askAt: p.at ?? 3100,
  }),
  setup: (p) =>
    `Three Raft servers with lease reads. S1 leads and sends a round of heartbeats every 100 ms of its own clock; each round a majority acknowledges gives it a lease of 900 ms on its own clock, counted from when the round was sent. Followers wait at least 1000 ms before electing anyone. S1's clock runs 30% slow: 100 ms on it take about 143 ms of real time. x=1 is written at 500 ms. At 2000 ms S1 is cut off from S2 and S3. At 2900 ms S2 becomes leader of term 2, and at 2950 ms a client writes x=2 to S2, acknowledged within a few ms. At ${p.at ?? 3100} ms a client reads x from S1. Clients give up after 1500 ms.`,
  probe: (sim) => {
    const read = opOf(sim, "q", "x");
    const x2 = opOf(sim, "w2", "x");
    if (!read) return refuse("the read was not issued");
    if (read.outcome === "info") return { ok: true, answer: "none", witness: [read] };
    if (read.outcome !== "ok") return refuse(`the read is ${describeOutcome(read)}`);
    if (read.output === 2) return { ok: true, answer: "new", witness: [read] };
    if (read.output !== 1) return refuse(`the read returned ${String(read.output)}`);
    if (x2?.outcome === "ok" && x2.completedAt !== null && x2.completedAt < read.invokedAt)
      return { ok: true, answer: "stale", witness: [x2, read] };
    if (x2 && x2.invokedAt > read.invokedAt) return { ok: true, answer: "current", witness: [read] };
    return refuse("x=2 overlaps the read");
  },
  focusKeys: ["x"],
};

/** A server flaps on and off the network three times, with or without pre-vote: how far does its term climb? */
export const raftPreVote: Generator = {
  name: "raft-pre-vote",
  defaults: { preVote: 0 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "low", text: "It stays at S1's term: S3 never starts a real election" },
      { id: "high", text: "Far above S1's first term: S3 ran election after election while cut off" },
      { id: "one-more", text: "Exactly one above: each cut costs one election, and terms are reused" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: p.preVote === 1 ? "raft-flapping-prevote" : "raft-flapping",
    seed,
    actions: [],
    until: 11000,
    askAt: 2000,
  }),
  setup: (p) =>
    `Three Raft servers; S1 leads from the start, in term 1. Election timeouts are drawn from 150–300 ms. S3 loses its links to S1 and S2 at 2000, 4500 and 7000 ms, each time for 1500 ms. S1 and S2 never lose touch with each other. Pre-vote is ${p.preVote === 1 ? "on" : "off"}; check-quorum is off.`,
  probe: (sim) => {
    const term = sim.nodes.find((n) => n.id === "S3")?.epoch;
    if (term === undefined) return refuse("no S3");
    if (term <= 1) return { ok: true, answer: "low", witness: [] };
    if (term >= 4) return { ok: true, answer: "high", witness: [] };
    return refuse(`S3 ends in term ${term}`);
  },
  focusKeys: [],
};

/** S3 acknowledges 300 ms late; S2 crashes at 5 s. Writes before and after. */
export const raftSlowFollower: Generator = {
  name: "raft-slow-follower",
  defaults: {},
  space: () => ({
    kind: "choice",
    options: [
      { id: "unchanged", text: "Write latency stays a few ms: the slow follower was never needed" },
      { id: "rises", text: "Write latency rises to about S3's delay: every commit now needs S3" },
      { id: "stop", text: "Writes stop committing: two of three servers cannot commit" },
    ],
  }),
  plan: (_p, seed) => ({ scenario: "raft-slow-follower", seed, actions: [], until: 10000, askAt: 5000 }),
  setup: () =>
    "Three Raft servers; S1 leads. S3's disk is slow: it acknowledges entries 300 ms after receiving them. Clients near every server write and read. At 5000 ms S2 crashes.",
  probe: (sim) => {
    const after = sim.history.filter(
      (o) => o.input.f === "write" && o.node === "S1" && o.invokedAt >= 5500 && o.invokedAt < 7500,
    );
    const done = after
      .filter((o) => o.outcome === "ok" && o.completedAt !== null)
      .map((o) => (o.completedAt ?? 0) - o.invokedAt)
      .sort((a, b) => a - b);
    if (after.length === 0) return refuse("no writes at S1 after the crash");
    if (done.length === 0) return { ok: true, answer: "stop", witness: after.slice(0, 3) };
    const median = done[Math.floor(done.length / 2)] ?? 0;
    if (median >= 200) return { ok: true, answer: "rises", witness: after.slice(0, 3) };
    if (median <= 50) return { ok: true, answer: "unchanged", witness: after.slice(0, 3) };
    return refuse(`median write latency ${median} ms is between the options`);
  },
  focusKeys: [],
};
