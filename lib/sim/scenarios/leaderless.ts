import type { ScenarioInput } from "../scenario";

const abc = [{ id: "A" }, { id: "B" }, { id: "C" }];
const busyWorkload = { clients: [{ near: "A", count: 2 }, { near: "B", count: 2 }, { near: "C", count: 2 }], ratePerClient: 20, readFraction: 0.5, keys: { count: 5, hotFraction: 0 }, stopMs: 10000 };

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
  network: { latency: { baseMs: 2, jitter: "exponential", jitterMs: 4 }, links: [{ from: ["C"], to: ["A", "B"], latency: { baseMs: 25, jitter: "uniform", jitterMs: 10 } }] },
  workload: busyWorkload,
};

export const leaderlessSloppy: ScenarioInput = {
  title: "Sloppy quorums break the W + R > N overlap",
  description:
    "Five nodes; key x lives on B, C and A (its preference list), with E and D next on the ring. A partition separates {B, E, D} from {C, A}. Writing x through B, the coordinator cannot reach C or A, so with a sloppy quorum it stores the write on E and D with hints naming C and A, and reports success: W = 2 is met, but by substitutes. A reader near C then reads x with R = 2 from C and A, the two home replicas on its side, and gets the old value although W + R > N. When the network heals, E and D hand their hints off to C and A and the next read is fresh: sloppy quorums buy write availability at the cost of the overlap guarantee.",
  seed: 13,
  durationMs: 14000,
  topology: { protocol: "leaderless", nodes: ["A", "B", "C", "D", "E"].map((id) => ({ id })), n: 3, w: 2, r: 2, sloppyQuorum: true, handoffIntervalMs: 500 },
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
