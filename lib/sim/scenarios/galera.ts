import type { ScenarioInput } from "../scenario";

const lan = { latency: { baseMs: 0.5, jitter: "uniform" as const, jitterMs: 0.2 } };
const three = [{ id: "A" }, { id: "B" }, { id: "C" }];
/** A write-heavy closed-loop workload offering far more than one node can apply (60 clients × 100 writes/s). */
const heavyWrites = (nodes: readonly string[]) => ({
  clients: nodes.map((near) => ({ near, count: 60 / nodes.length })),
  ratePerClient: 100,
  readFraction: 0,
  keys: { count: 1000 },
  stopMs: 10000,
});

export const galeraWriteThroughput: ScenarioInput = {
  title: "Galera: three nodes write only modestly faster than one",
  description:
    "Sixty clients spread over a 3-node Galera cluster send writes as fast as they are answered. Compare galera-write-throughput-single, the same workload on one node. The node a transaction runs on executes it (1.5 ms here); every other node only applies its write-set (1 ms), which is cheaper but still work. So each node spends 1.5 ms on each of its own writes and 1 ms on each of the others' writes: the cluster commits about 850 writes/s against one node's 670, roughly 1.3 times, not 3 times. Total write capacity is bounded by each node's apply capacity; spreading writes buys a modest gain at best. Flow control pauses the cluster whenever a node's apply queue passes fc_limit, and each commit also waits one group round trip, which adds latency but not capacity.",
  seed: 21,
  durationMs: 10000,
  topology: { protocol: "galera", nodes: three, params: { defaultApplyMs: 1 } },
  network: lan,
  workload: heavyWrites(["A", "B", "C"]),
  eventLog: false,
};

export const galeraWriteThroughputSingle: ScenarioInput = {
  title: "Galera baseline: one node, same write workload",
  description:
    "The baseline for galera-write-throughput: the same sixty clients and writes on a single node, which executes each transaction in 1.5 ms: about 670 writes/s. The 3-node cluster commits only about 1.3 times as many, because each of its nodes must also apply the write-sets the other two executed.",
  seed: 21,
  durationMs: 10000,
  topology: { protocol: "galera", nodes: [{ id: "A" }], params: { defaultApplyMs: 1 } },
  network: lan,
  workload: heavyWrites(["A"]),
  eventLog: false,
};

export const galeraSlowNode: ScenarioInput = {
  title: "Galera: one slow node slows the whole cluster",
  description:
    "A 3-node cluster takes about 300 writes/s comfortably. At 5 s node C's disk becomes slow: it needs 10 ms per write-set, so it can apply only 100 per second. Its apply queue passes gcs.fc_limit (16) and it asks the cluster to pause; A and B hold their commits until C has drained. From then on the whole cluster commits at C's pace and commit latency rises on every node, including the healthy ones: synchronous replication runs at the speed of its slowest member.",
  seed: 22,
  durationMs: 10000,
  topology: { protocol: "galera", nodes: three, params: { defaultApplyMs: 0.2, fcLimit: 16 } },
  network: lan,
  workload: {
    clients: ["A", "B", "C"].map((near) => ({ near, count: 5 })),
    ratePerClient: 20,
    readFraction: 0,
    keys: { count: 1000 },
    stopMs: 10000,
  },
  faults: [{ at: 5000, type: "set-lag", node: "C", lagMs: 10 }],
};

export const galeraPartition: ScenarioInput = {
  title: "Galera: a 2|1 partition, the majority keeps serving",
  description:
    "At 3 s node C is cut off from A and B. For one suspect timeout (1 s) commits stall everywhere, because a write-set is delivered only once every member has it. Then the membership layer installs new views: A and B hold 2 of 3 votes and form the primary component, which keeps taking reads and writes; C alone is non-primary and refuses every read and write. There is no split brain: C never commits anything on its own. After the heal at 8 s C rejoins, catches up by incremental state transfer and serves again.",
  seed: 23,
  durationMs: 12000,
  topology: { protocol: "galera", nodes: three },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  workload: {
    clients: ["A", "B", "C"].map((near) => ({ near, count: 2 })),
    ratePerClient: 10,
    readFraction: 0.3,
    keys: { count: 20 },
    stopMs: 11000,
    readRouting: "nearest",
  },
  faults: [
    { at: 3000, type: "cut", from: ["C"], to: ["A", "B"] },
    { at: 8000, type: "heal" },
  ],
};

const twoNodeSplit = {
  seed: 24,
  durationMs: 10000,
  network: { latency: { baseMs: 2, jitter: "uniform" as const, jitterMs: 1 } },
  workload: {
    clients: ["A", "B"].map((near) => ({ near, count: 2 })),
    ratePerClient: 10,
    readFraction: 0.3,
    keys: { count: 20 },
    stopMs: 9000,
    readRouting: "nearest" as const,
  },
  faults: [{ at: 3000, type: "cut" as const, from: ["A"], to: ["B"] }],
};

export const galeraTwoNodeSplit: ScenarioInput = {
  ...twoNodeSplit,
  title: "Galera: a two-node cluster that splits stops entirely",
  description:
    "Two nodes, one vote each. When the link between them breaks at 3 s, each side holds exactly half the votes, and half is not a majority: after the suspect timeout both become non-primary and refuse every read and write. Neither side can know whether the other is dead or merely unreachable, so the only safe choice is to stop. 'Automatic failover' holds only while a majority survives.",
  topology: { protocol: "galera", nodes: [{ id: "A" }, { id: "B" }] },
};

export const galeraArbitrator: ScenarioInput = {
  ...twoNodeSplit,
  title: "Galera: two nodes and an arbitrator, one side survives",
  description:
    "The same two data nodes and the same cut as galera-two-node-split, plus G, a garbd-like arbitrator that votes and relays but stores no data. When A loses B at 3 s, A and G together hold 2 of 3 votes and stay primary: A keeps serving reads and writes, B alone is non-primary and refuses them. A third vote is what turns 'stop everything' into 'one side carries on'.",
  topology: { protocol: "galera", nodes: [{ id: "A" }, { id: "B" }, { id: "G" }], params: { arbitrator: "G" } },
  faults: [{ at: 3000, type: "cut", from: ["B"], to: ["A", "G"] }],
};

export const galeraHotRow: ScenarioInput = {
  title: "Galera: a hot row raises the abort rate",
  description:
    "Fifteen clients on three nodes write, and half their writes go to one hot row, k0. Every client runs its writes as explicit transactions (BEGIN … COMMIT), which wsrep_retry_autocommit never re-runs. Each transaction runs on its own node's snapshot; two nodes that update k0 within one group round trip of each other both reach certification, the first in the total order wins and the second aborts with 'deadlock: certification failed'. The abort rate on k0 is high while writes to cold rows almost never abort: optimistic replication works only with low contention, which is why Galera deployments send a hot table's writes to one node.",
  seed: 25,
  durationMs: 10000,
  topology: { protocol: "galera", nodes: three, params: { explicitTransactions: true } },
  network: { latency: { baseMs: 1, jitter: "uniform", jitterMs: 0.5 } },
  workload: {
    clients: ["A", "B", "C"].map((near) => ({ near, count: 5 })),
    ratePerClient: 20,
    readFraction: 0,
    keys: { count: 100, hotKey: "k0", hotFraction: 0.5 },
    stopMs: 10000,
  },
};

export const galeraCertificationRace: ScenarioInput = {
  title: "Galera: two transactions race for one row",
  description:
    "A three-node cluster (links about 2–3 ms one way) serves a light workload on other rows. Sessions ta and tb run explicit transactions (BEGIN … COMMIT), so wsrep_retry_autocommit does not re-run them: a certification failure reaches the application as a deadlock error. The total order is decided by A, the view's sequencer: write-sets are ordered as they reach it, so of two near-simultaneous commits A's own comes first. A transaction on B conflicts with one on A if it started before A's write-set was applied on B.",
  seed: 26,
  durationMs: 4000,
  topology: {
    protocol: "galera",
    nodes: three,
    params: { sessions: { ta: { explicitTransactions: true }, tb: { explicitTransactions: true } } },
  },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  workload: {
    clients: ["A", "B", "C"].map((near) => ({ near, count: 2 })),
    ratePerClient: 10,
    readFraction: 0.3,
    keys: { count: 20 },
    stopMs: 4000,
    readRouting: "nearest",
  },
};

export const galeraStaleRead: ScenarioInput = {
  title: "Galera: a read on another node can be stale unless it waits",
  description:
    "Certification is synchronous, applying is not. C's disk is slow (30 ms per write-set). Every second a writer commits a new value of x through A, and as soon as A confirms it two sessions read x on C: reader answers from what C has applied and returns the previous value, because C is still applying the write-set; careful has wsrep_sync_wait on, so C first asks the sequencer how far the total order reaches, waits until it has applied that far, and returns the new value about 30 ms later. Galera does not remove replica lag; a session that needs to read its own or others' latest writes on another node must wait for them.",
  seed: 27,
  durationMs: 6000,
  topology: {
    protocol: "galera",
    nodes: three,
    params: { applyMs: { C: 30 }, sessions: { careful: { syncWait: true } } },
  },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  faults: [1000, 2000, 3000, 4000].flatMap((at) => [
    { at, type: "write" as const, key: "x", client: "writer", near: "A" },
    { at: at + 15, type: "read" as const, key: "x", client: "reader", near: "C", routing: "nearest" as const },
    { at: at + 15, type: "read" as const, key: "x", client: "careful", near: "C", routing: "nearest" as const },
  ]),
};
