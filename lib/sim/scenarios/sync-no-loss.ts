import type { ScenarioInput } from "../scenario";

export const syncNoLoss: ScenarioInput = {
  title: "Synchronous replication with fencing loses nothing",
  description:
    "Every write must be applied on both replicas before A acknowledges it, and fencing is on. A is cut off; the failure detector promotes B after five seconds. While cut off, A cannot get confirmations, so its writes time out (indeterminate) instead of being acknowledged, and B refuses A's stale epoch. After the heal, A rejoins as a replica. Every acknowledged write is in the new leader's log: the price was latency and a window in which A's clients could not write.",
  seed: 4,
  durationMs: 30000,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
  replication: { mode: "sync", syncReplicas: "all" },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 2 } },
  fencing: { enabled: true, leaseMs: 1000 },
  failureDetector: { enabled: true, timeoutMs: 5000, intervalMs: 500, location: "C" },
  clientTimeoutMs: 1000,
  workload: {
    clients: [
      { near: "A", count: 2 },
      { near: "B", count: 2 },
    ],
    ratePerClient: 5,
    readFraction: 0.3,
    keys: { count: 10, hotFraction: 0 },
    stopMs: 20000,
  },
  faults: [
    { at: 3000, type: "cut", from: ["A"], to: ["B", "C"] },
    { at: 15000, type: "heal" },
  ],
};
