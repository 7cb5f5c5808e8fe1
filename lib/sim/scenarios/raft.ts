import type { ScenarioInput } from "../scenario";

const ids = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `S${i + 1}` }));
const network = { latency: { baseMs: 2, jitter: "uniform" as const, jitterMs: 2 } };
const workloadOn = (near: readonly string[], stopMs: number) => ({
  clients: near.map((n) => ({ near: n, count: 1 })),
  ratePerClient: 10,
  readFraction: 0.3,
  keys: { count: 3, hotFraction: 0 },
  stopMs,
});

export const raftLeaderCrash: ScenarioInput = {
  title: "Raft: the leader crashes and the others elect a new one",
  description:
    "Three servers; S1 campaigns first and leads term 1. At 3 s it crashes. Its followers stop hearing heartbeats, and the first whose randomised election timeout (150–300 ms) runs out asks for votes in term 2; the other grants it, since its log is at least as up to date, and the new leader takes writes within a few hundred milliseconds. Writes in flight at S1 when it crashed time out (indeterminate); every acknowledged write survives. S1 restarts at 6 s as a follower, learns the new term from the first heartbeat and receives the entries it missed.",
  seed: 141,
  durationMs: 10000,
  topology: { protocol: "raft", nodes: ids(3) },
  network,
  workload: workloadOn(["S1", "S2", "S3"], 8000),
  faults: [
    { at: 0, type: "promote", node: "S1" },
    { at: 3000, type: "crash", node: "S1" },
    { at: 6000, type: "restart", node: "S1" },
  ],
};

export const raftMinorityLeader: ScenarioInput = {
  title: "Raft: a partition leaves the leader in the minority",
  description:
    "Five servers; S1 leads. At 3 s the network splits S1 and S2 from S3, S4 and S5. S1 still believes it leads and appends its clients' writes, but only two of five servers hold them, so they never commit and their clients time out (indeterminate, never acknowledged). The majority side elects a leader in a higher term and keeps committing. When the partition heals at 7 s, S1 sees the higher term and steps down, and S1 and S2 discard the uncommitted entries that conflict with the new leader's log: nothing that was acknowledged is lost.",
  seed: 142,
  durationMs: 11000,
  topology: { protocol: "raft", nodes: ids(5) },
  network,
  clientTimeoutMs: 1000,
  workload: workloadOn(["S1", "S3", "S5"], 9000),
  faults: [
    { at: 0, type: "promote", node: "S1" },
    { at: 3000, type: "cut", from: ["S1", "S2"], to: ["S3", "S4", "S5"] },
    { at: 7000, type: "heal" },
  ],
};

/** Raft's Figure 8, scripted: long election timeouts so that only `promote` starts elections. */
const figure8 = (currentTermCommitRule: boolean): ScenarioInput => ({
  seed: 148,
  durationMs: 9000,
  topology: {
    protocol: "raft",
    nodes: ids(5),
    params: {
      electionMinMs: 20000,
      electionMaxMs: 30000,
      heartbeatMs: 50,
      noOpOnElection: false,
      currentTermCommitRule,
    },
  },
  network: { latency: { baseMs: 2, jitter: "none", jitterMs: 0 } },
  clientTimeoutMs: 5000,
  faults: [
    { at: 0, type: "promote", node: "S1" },
    { at: 100, type: "write", key: "x", value: 1, client: "c1", node: "S1" },
    { at: 500, type: "cut", from: ["S1"], to: ["S3", "S4", "S5"] },
    { at: 600, type: "write", key: "x", value: 2, client: "c2", node: "S1" },
    { at: 700, type: "pause", node: "S1" },
    { at: 800, type: "promote", node: "S5" },
    { at: 850, type: "cut", from: ["S5"], to: ["S1", "S2", "S3", "S4"] },
    { at: 900, type: "write", key: "x", value: 3, client: "c3", node: "S5" },
    { at: 1000, type: "crash", node: "S5" },
    { at: 1100, type: "heal" },
    { at: 1100, type: "resume", node: "S1" },
    { at: 1300, type: "promote", node: "S1" },
    { at: 1500, type: "crash", node: "S1" },
    { at: 1600, type: "restart", node: "S5" },
    { at: 1700, type: "promote", node: "S5" },
    { at: 1800, type: "promote", node: "S5" },
    { at: 1900, type: "write", key: "x", value: 4, client: "c4", node: "S5" },
    { at: 2500, type: "read", key: "x", client: "c4", node: "S5" },
  ],
});

export const raftFigure8: ScenarioInput = {
  ...figure8(true),
  title: "Raft Figure 8: a leader commits only entries of its own term",
  description:
    "The case from Figure 8 of the Raft paper, scripted with five servers. S1 (term 1) replicates x=2 to S2 only, then stalls; S5 wins term 2 with votes from S3 and S4 and appends x=3 that nobody else receives, then crashes. S1 comes back, wins term 3 and copies x=2 to S3: now a majority holds it. With the current-term rule, S1 does not count that majority, because x=2 is from term 1: it waits for an entry of term 3. S1 crashes; S5 restarts and wins term 4 (its last entry, of term 2, is newer than theirs) and replaces x=2 with x=3. x=2 was never acknowledged, so nothing acknowledged is lost. Empty entries on election are off here; they are how real systems get a current-term entry committed at once.",
};

export const raftFigure8Unsafe: ScenarioInput = {
  ...figure8(false),
  title: "Raft Figure 8 with the current-term rule off: a committed write is lost",
  description:
    "The same schedule as the Figure 8 scenario with the current-term rule switched off. When S1 in term 3 sees x=2 (an entry from term 1) on a majority, it commits it and tells the client the write succeeded. Then S1 crashes, S5 wins term 4 (its last entry, of term 2, is newer than the majority's term-1 entry) and overwrites x=2 on every server. An acknowledged write is gone: the loss the rule in section 5.4.2 of the paper prevents.",
};

/** S3 loses and regains its links three times while S1 leads. */
const flapping = (preVote: boolean): ScenarioInput => ({
  seed: 143,
  durationMs: 11000,
  topology: { protocol: "raft", nodes: ids(3), params: { preVote } },
  network,
  workload: workloadOn(["S1", "S2"], 9000),
  faults: [
    { at: 0, type: "promote", node: "S1" },
    ...[2000, 4500, 7000].flatMap((at) => [
      { at, type: "cut" as const, from: ["S3"], to: ["S1", "S2"] },
      { at: at + 1500, type: "heal" as const },
    ]),
  ],
});

export const raftFlapping: ScenarioInput = {
  ...flapping(false),
  title: "Raft: a flapping server disrupts the leader",
  description:
    "S3 keeps losing its network for 1.5 s at a time. Cut off, it hears no heartbeats, so it starts election after election, each in a higher term, none of which it can win. Each time it reconnects, its vote requests carry a term higher than the leader's: S1 steps down, the cluster elects again (S3's log is behind, so S1 or S2 wins), and writes stall during each election although nothing was wrong with the leader.",
};

export const raftFlappingPreVote: ScenarioInput = {
  ...flapping(true),
  title: "Raft with pre-vote: the flapping server no longer disrupts",
  description:
    "The same flapping S3, with pre-vote on (Ongaro's thesis, section 9.6). Before raising its term, S3 asks whether a majority would vote for it; cut off it gets no answers, and after reconnecting S1 and S2 say no, because they hear from a live leader. S3's term never climbs, so S1 keeps leading through every reconnection and writes never stall.",
};

export const raftSlowFollower: ScenarioInput = {
  title: "Raft: a slow follower, then the majority needs it",
  description:
    "S3's disk is slow: it acknowledges each batch of entries 300 ms after receiving it. While S1 and S2 are up, a write commits as soon as S2 has it (a majority of three), so S3 slows nothing and simply lags. At 5 s S2 crashes: now every commit needs S3's acknowledgement, and write latency jumps to S3's disk speed. Raft's latency is that of the fastest majority, whichever servers that is.",
  seed: 144,
  durationMs: 10000,
  topology: { protocol: "raft", nodes: ids(3) },
  network,
  applyLagMs: { S3: 300 },
  workload: workloadOn(["S1", "S2", "S3"], 8000),
  faults: [
    { at: 0, type: "promote", node: "S1" },
    { at: 5000, type: "crash", node: "S2" },
  ],
};

export const raftFiveLoseTwoThenThree: ScenarioInput = {
  title: "Raft: five servers lose two, then three",
  description:
    "A majority of five is three. S2 crashes at 2 s and S3 at 4 s: the leader S1 still reaches S4 and S5, so writes keep committing. S4 crashes at 6 s: two servers are left, no majority, and nothing commits; writes and log reads time out rather than return anything unsafe. S4 restarts at 9 s, a majority is back, and the waiting entries commit.",
  seed: 145,
  durationMs: 12000,
  topology: { protocol: "raft", nodes: ids(5) },
  network,
  clientTimeoutMs: 1000,
  workload: workloadOn(["S1", "S5"], 11000),
  faults: [
    { at: 0, type: "promote", node: "S1" },
    { at: 2000, type: "crash", node: "S2" },
    { at: 4000, type: "crash", node: "S3" },
    { at: 6000, type: "crash", node: "S4" },
    { at: 9000, type: "restart", node: "S4" },
  ],
};

/**
 * A leader with a slow clock is cut off; the majority elects S2, which commits x=2; a client asks S1 under its lease.
 */
export const raftLeaseRead = (drift: number, readMode: "lease" | "read-index"): ScenarioInput => ({
  seed: 146,
  durationMs: 8000,
  topology: {
    protocol: "raft",
    nodes: ids(3),
    params: { electionMinMs: 1000, electionMaxMs: 2000, heartbeatMs: 100, readMode },
  },
  network: { latency: { baseMs: 2, jitter: "none", jitterMs: 0 } },
  clocks: { S1: { offsetMs: 0, drift } },
  clientTimeoutMs: 1500,
  faults: [
    { at: 0, type: "promote", node: "S1" },
    { at: 500, type: "write", key: "x", value: 1, client: "w", node: "S1" },
    { at: 2000, type: "cut", from: ["S1"], to: ["S2", "S3"] },
    { at: 2900, type: "promote", node: "S2" },
    { at: 2950, type: "write", key: "x", value: 2, client: "w2", node: "S2" },
    { at: 3000, type: "read", key: "x", client: "r", node: "S1" },
  ],
});

export const raftLeaseDrift: ScenarioInput = {
  ...raftLeaseRead(-0.3, "lease"),
  title: "Raft lease reads: a slow clock returns a stale value",
  description:
    "S1 leads with lease reads: a majority acknowledged its heartbeat, so for 900 ms on its own clock it answers reads alone. That is safe only if its clock runs at most 10% slow: the followers wait at least 1000 ms on theirs before electing anyone. S1's clock runs 30% slow. Cut off at 2 s, it still believes its lease holds at 3 s of real time, after S2 has won term 2 and committed x=2, so S1 answers x=1: a stale read, not linearizable. With ReadIndex, the same read waits for a heartbeat round a majority acknowledges, never gets one, and times out instead.",
};

export const raftLab: ScenarioInput = {
  title: "Raft: five servers to break by hand",
  description:
    "Five Raft servers and no scripted faults: S1 campaigns first and leads term 1. Each card shows the server's term, its commit index over its log length, and its election timer running down. Crash the leader and watch a follower's timer run out and an election follow; cut a leader off from the majority and its writes never commit; heal the network and see it step down and its log repaired.",
  seed: 147,
  durationMs: 60000,
  topology: { protocol: "raft", nodes: ids(5) },
  network,
  clientTimeoutMs: 2000,
  faults: [{ at: 0, type: "promote", node: "S1" }],
};
