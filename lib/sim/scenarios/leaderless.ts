import type { ScenarioInput } from "../scenario";

const abc = [{ id: "A" }, { id: "B" }, { id: "C" }];
const busyWorkload = {
  clients: [
    { near: "A", count: 2 },
    { near: "B", count: 2 },
    { near: "C", count: 2 },
  ],
  ratePerClient: 20,
  readFraction: 0.5,
  keys: { count: 5, hotFraction: 0 },
  stopMs: 10000,
};

export const leaderlessQuorum: ScenarioInput = {
  title: "Leaderless quorums: N=3, W=2, R=2 reads are fresh",
  description:
    "Three Dynamo-style replicas hold every key. Each client talks to its nearest node, which coordinates: a write waits for two of the three replicas, a read asks all three and answers once two have replied, returning the newest version by vector clock. Because W + R > N, every read quorum overlaps every write quorum in at least one replica, so with no failures a read that starts after a write was acknowledged sees it (or something newer). Message delays vary; the stale-read count stays at zero, while read repair quietly fixes the replica that was still behind.",
  seed: 11,
  durationMs: 12000,
  topology: { protocol: "leaderless", nodes: abc, n: 3, w: 2, r: 2 },
  network: { latency: { baseMs: 2, jitter: "exponential", jitterMs: 4 } },
  workload: busyWorkload,
};

export const leaderlessW1R1: ScenarioInput = {
  title: "Leaderless with W=1, R=1: stale reads are common",
  description:
    "The same three replicas, now tuned for latency: a write is acknowledged as soon as the coordinator has stored it, and a read answers from the first replica that replies, usually the coordinator's own copy. W + R = 2 is not greater than N = 3, so quorums need not overlap: a read through another node often returns the previous value while the new one is still on its way, especially from C, whose links are slow. Latency is the lowest of any setting; the price is a visible stale-read rate.",
  seed: 12,
  durationMs: 12000,
  topology: { protocol: "leaderless", nodes: abc, n: 3, w: 1, r: 1 },
  network: {
    latency: { baseMs: 2, jitter: "exponential", jitterMs: 4 },
    links: [{ from: ["C"], to: ["A", "B"], latency: { baseMs: 25, jitter: "uniform", jitterMs: 10 } }],
  },
  workload: busyWorkload,
};

export const leaderlessSloppy: ScenarioInput = {
  title: "Sloppy quorums break the W + R > N overlap",
  description:
    "Five nodes; key x lives on B, C and A (its preference list), with E and D next on the ring. A partition separates {B, E, D} from {C, A}. Writing x through B, the coordinator cannot reach C or A, so with a sloppy quorum it stores the write on E and D with hints naming C and A, and reports success: W = 2 is met, but by substitutes. A reader near C then reads x with R = 2 from C and A, the two home replicas on its side, and gets the old value although W + R > N. When the network heals, E and D hand their hints off to C and A and the next read is fresh: sloppy quorums buy write availability at the cost of the overlap guarantee.",
  seed: 13,
  durationMs: 14000,
  topology: {
    protocol: "leaderless",
    nodes: ["A", "B", "C", "D", "E"].map((id) => ({ id })),
    n: 3,
    w: 2,
    r: 2,
    sloppyQuorum: true,
    handoffIntervalMs: 500,
  },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  faults: [
    { at: 1000, type: "write", key: "x", client: "writer", near: "B" },
    { at: 2000, type: "cut", from: ["B", "E", "D"], to: ["C", "A"] },
    { at: 3000, type: "write", key: "x", client: "writer", near: "B" },
    { at: 3500, type: "read", key: "x", client: "reader", near: "C" },
    { at: 8000, type: "heal" },
    { at: 10000, type: "read", key: "x", client: "reader", near: "C" },
  ],
};

export const leaderlessFailedWrite: ScenarioInput = {
  title: "A failed write that comes back",
  description:
    "N=3, W=2, R=2. x=1 is on every replica. A is cut off, and a client near A writes x=2: A stores it but no other replica acknowledges, so the client is told the write did not reach a quorum (recorded as indeterminate) and retries x=3 through B once the network heals, successfully. Nothing removed x=2 from A. A read through C gets its quorum from B and C and returns 3, but A's late reply carries x=2, whose vector clock is concurrent with x=3's, so read repair copies both versions, as siblings, to every replica. The next read finds the siblings; A's clock runs three seconds fast, so the latest-timestamp rule picks x=2: the write the client was told had not succeeded now overrides its successful retry, and stays until the next write supersedes both.",
  seed: 14,
  durationMs: 8000,
  topology: { protocol: "leaderless", nodes: abc, n: 3, w: 2, r: 2, requestTimeoutMs: 500 },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  clocks: { A: { offsetMs: 3000 } },
  faults: [
    { at: 1000, type: "write", key: "x", value: 1, client: "setup", near: "B" },
    { at: 2000, type: "cut", from: ["A"], to: ["B", "C"] },
    { at: 2500, type: "write", key: "x", value: 2, client: "alice", near: "A" },
    { at: 4000, type: "heal" },
    { at: 4200, type: "write", key: "x", value: 3, client: "alice", node: "B" },
    { at: 4500, type: "read", key: "x", client: "bob", near: "C" },
    { at: 5000, type: "read", key: "x", client: "bob", near: "C" },
  ],
};

export const leaderlessHintedHandoff: ScenarioInput = {
  title: "Hinted handoff: the coordinator keeps hints, which never count toward W",
  description:
    "Cassandra-style hinted handoff, not a sloppy quorum. Five nodes; key x lives on B, C and A; N=3, W=2, R=2. At 2 s C is cut off. B coordinates a write of x at 3 s: A and B acknowledge, which meets W = 2, and B keeps a hint for C. The hint itself counts toward nothing: had A been unreachable too, B would have refused the write as unavailable and stored nothing, where Dynamo's sloppy quorum (leaderless-sloppy) lets a stand-in node acknowledge. The hint window here is 2 s: by the write at 6 s, C has been unreachable for longer than that, so B stops collecting hints for it. When the network heals at 8 s, B hands its hint to C: C gets the 3 s write but not the 6 s one, which only a read repair or anti-entropy will bring it.",
  seed: 15,
  durationMs: 12000,
  topology: {
    protocol: "leaderless",
    nodes: ["A", "B", "C", "D", "E"].map((id) => ({ id })),
    n: 3,
    w: 2,
    r: 2,
    hintedHandoff: true,
    hintWindowMs: 2000,
    handoffIntervalMs: 500,
  },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  faults: [
    { at: 1000, type: "write", key: "x", client: "writer", near: "B" },
    { at: 2000, type: "cut", from: ["C"], to: ["A", "B", "D", "E"] },
    { at: 3000, type: "write", key: "x", client: "writer", near: "B" },
    { at: 6000, type: "write", key: "x", client: "writer", near: "B" },
    { at: 8000, type: "heal" },
  ],
};

/**
 * A write that reached only A (x=2); then Bob reads through A and, `carolAt` ms later (just after Bob has his
 * answer), Carol reads through C. A's outgoing links are slow, so its repairs land about 30 ms after it sends them.
 */
const partlyFailedWrite = (mode: "blocking" | "background", carolAt: number): ScenarioInput => ({
  seed: 16,
  durationMs: 7000,
  topology: { protocol: "leaderless", nodes: abc, n: 3, w: 2, r: 2, requestTimeoutMs: 500, readRepairMode: mode },
  network: {
    latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 },
    links: [
      { from: ["A"], to: ["B", "C"], latency: { baseMs: 30, jitter: "uniform", jitterMs: 2 }, bidirectional: false },
    ],
  },
  faults: [
    { at: 1000, type: "write", key: "x", value: 1, client: "setup", node: "B" },
    { at: 2000, type: "cut", from: ["A"], to: ["B", "C"] },
    { at: 2500, type: "write", key: "x", value: 2, client: "alice", near: "A" },
    { at: 4000, type: "heal" },
    { at: 5000, type: "read", key: "x", client: "bob", near: "A" },
    { at: carolAt, type: "read", key: "x", client: "carol", near: "C" },
  ],
});

export const leaderlessReadRepairBackground: ScenarioInput = {
  ...partlyFailedWrite("background", 5040),
  title: "Background read repair: a quorum read can go back in time",
  description:
    "N=3, W=2, R=2. x=1 is on every replica; then a write of x=2 reaches only A (cut off, so it fails with one acknowledgement of two) and stays there. After the heal Bob reads x through A: A's own copy and one other reply form the quorum, and the read returns 2 after about 33 ms. Read repair runs in the background: the coordinator answers first and sends 2 to B and C afterwards, over A's slow outgoing links (30 ms). Carol reads x through C at 5040 ms, after Bob has his answer: her quorum is C and B, neither repaired yet, and she gets 1. A read that started after another returned 2 returned the older 1: with background read repair, quorum reads are not even monotonic after a partly failed write. Compare leaderless-read-repair-blocking.",
};

export const leaderlessReadRepairBlocking: ScenarioInput = {
  ...partlyFailedWrite("blocking", 5075),
  title: "Blocking read repair: quorum reads stay monotonic",
  description:
    "The same partly failed write as leaderless-read-repair-background, with blocking read repair, Cassandra's behaviour at QUORUM. Bob's read through A finds the other member of its quorum behind, so before answering 2 the coordinator sends it the newest version and waits for its acknowledgement: Bob waits about 66 ms instead of 33. When he has his answer, two replicas hold 2, and every later quorum of two overlaps them: Carol, reading through C just after (5075 ms), gets 2 as well. Blocking repair makes quorum reads monotonic; it does not make them linearizable, and it costs a round trip on every read that finds a stale replica.",
};
