import type { ScenarioInput } from "../scenario";

export const semiSyncFallback: ScenarioInput = {
  title: "Semi-synchronous replication falls back to async",
  description:
    "Leader A waits for at least one replica to confirm it has a write in its relay log before acknowledging. When A is cut off from both replicas, writes stall for the two-second semi-sync timeout; then A gives up waiting, switches to asynchronous replication and acknowledges writes that exist only on A (as MySQL does with rpl_semi_sync_master_timeout). After the network heals and a replica catches up, A switches back to semi-sync. Had A crashed during the fallback window, those writes would have been lost.",
  seed: 3,
  durationMs: 15000,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
  replication: { mode: "semi-sync", semiSyncTimeoutMs: 2000, semiSyncWaitCount: 1 },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 2 } },
  clientTimeoutMs: 5000,
  workload: {
    clients: [{ near: "A", count: 1 }],
    ratePerClient: 5,
    readFraction: 0,
    keys: { count: 5, hotFraction: 0 },
    stopMs: 12000,
  },
  faults: [
    { at: 3000, type: "cut", from: ["A"], to: ["B", "C"] },
    { at: 8000, type: "heal" },
  ],
};
