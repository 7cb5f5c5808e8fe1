import type { ScenarioInput } from "../scenario";

const twoRegions = {
  protocol: "multi-master" as const,
  nodes: [
    { id: "A", region: "east" },
    { id: "B", region: "west" },
  ],
};

export const multiMasterLwwSkew: ScenarioInput = {
  title: "Multi-master: last write wins with a skewed clock",
  description:
    "A and B both accept writes and resolve conflicts by last write wins on their own clocks, and A's clock runs 500 ms fast. A client near A writes x; 200 ms later, long after that write has replicated, a client near B overwrites x. B's write is causally later, but its timestamp is smaller than A's, so every node keeps A's value and silently discards B's acknowledged write. The reads at the end return A's value on both nodes: the cluster converged, on the wrong answer, and the conflict list shows it as a skew loss.",
  seed: 11,
  durationMs: 5000,
  topology: { ...twoRegions, params: { conflict: "lww" } },
  clocks: { A: { offsetMs: 500 } },
  network: { latency: { baseMs: 5 } },
  faults: [
    { at: 1000, type: "write", key: "x", client: "east", near: "A" },
    { at: 1200, type: "write", key: "x", client: "west", near: "B" },
    { at: 2000, type: "read", key: "x", client: "east", near: "A", routing: "nearest" },
    { at: 2000, type: "read", key: "x", client: "west", near: "B", routing: "nearest" },
  ],
};

export const multiMasterSiblings: ScenarioInput = {
  title: "Multi-master: version vectors keep concurrent writes as siblings",
  description:
    "A and B accept writes to x at the same moment, before either has seen the other's (the link takes 20 ms). Their version vectors are concurrent, so neither write is discarded: both nodes keep both values as siblings and a read returns them all, written as siblings:[…]. A later write on A, made after it has seen both, supersedes the siblings (its vector dominates them), and the final reads return one value again. No acknowledged write vanished without a writer having seen it.",
  seed: 12,
  durationMs: 7000,
  topology: { ...twoRegions, params: { conflict: "version-vectors" } },
  network: { latency: { baseMs: 20 } },
  faults: [
    { at: 1000, type: "write", key: "x", client: "east", near: "A" },
    { at: 1000, type: "write", key: "x", client: "west", near: "B" },
    { at: 2000, type: "read", key: "x", client: "east", near: "A", routing: "nearest" },
    { at: 2000, type: "read", key: "x", client: "west", near: "B", routing: "nearest" },
    { at: 3000, type: "write", key: "x", client: "east", near: "A" },
    { at: 4000, type: "read", key: "x", client: "east", near: "A", routing: "nearest" },
    { at: 4000, type: "read", key: "x", client: "west", near: "B", routing: "nearest" },
  ],
};

export const multiMasterCounter: ScenarioInput = {
  title: "Multi-master: a counter that merges by addition",
  description:
    "Three masters take increments of one counter from their local clients. Increments made at the same time on different nodes are concurrent, but addition commutes, so each node just adds every delta once, in whatever order it arrives: the conflicts are listed as merged, nothing is lost, and all nodes end on the same sum. Reads during the run may lag (they see only the deltas that have arrived).",
  seed: 13,
  durationMs: 8000,
  topology: {
    protocol: "multi-master",
    nodes: [{ id: "A" }, { id: "B" }, { id: "C" }],
    params: { conflict: "counter" },
  },
  network: { latency: { baseMs: 15, jitter: "uniform", jitterMs: 5 } },
  workload: {
    clients: ["A", "B", "C"].map((near) => ({ near, count: 2 })),
    ratePerClient: 10,
    readFraction: 0.2,
    keys: { count: 1 },
    stopMs: 6000,
    readRouting: "nearest",
  },
};

/** One workload for the ownership pair: only the ownership parameters differ. */
const ownershipBase = {
  seed: 14,
  durationMs: 20000,
  network: { latency: { baseMs: 20, jitter: "uniform" as const, jitterMs: 5 } },
  workload: {
    clients: ["A", "B", "C"].map((near) => ({ near, count: 2 })),
    ratePerClient: 20,
    readFraction: 0.3,
    keys: { count: 30 },
    stopMs: 15000,
    readRouting: "nearest" as const,
  },
  faults: [{ at: 16000, type: "write" as const, key: "k3", client: "rogue", node: "B" }],
};
const threeNodes = [{ id: "A" }, { id: "B" }, { id: "C" }];

export const multiMasterOwnership: ScenarioInput = {
  ...ownershipBase,
  title: "Multi-master with write ownership: zero conflicts",
  description:
    "The safe master-master layout: each node owns a range of rows (A ids 0–9, B 10–19, C 20–29) and the application sends every write to the row's owner, while reads go to the nearest node. Under the same workload as multi-master-no-ownership, no two nodes ever write the same key, so there are no conflicts at all and the nodes converge once replication catches up. At 16 s a misbehaving client writes A's row k3 on B directly: ownership is enforced, so B refuses it.",
  topology: {
    protocol: "multi-master",
    nodes: threeNodes,
    params: {
      conflict: "lww",
      ownership: {
        mode: "key-range",
        ranges: { A: { from: 0, to: 9 }, B: { from: 10, to: 19 }, C: { from: 20, to: 29 } },
      },
      enforceOwnership: true,
      routeWrites: "owner",
    },
  },
};

export const multiMasterNoOwnership: ScenarioInput = {
  ...ownershipBase,
  title: "Multi-master without ownership: conflicts",
  description:
    "The same workload as multi-master-ownership, but every client writes to its nearest node whatever the key. Two nodes regularly update the same row within one replication delay of each other, so their writes conflict; last write wins picks one and the other, already acknowledged, disappears. The metrics list every conflict with the writes involved and count each discarded write among the lost writes (about 40 in this run), and the divergence samples show nodes disagreeing while writes are in flight.",
  topology: {
    protocol: "multi-master",
    nodes: threeNodes,
    params: { conflict: "lww", ownership: { mode: "none" }, routeWrites: "home" },
  },
};
