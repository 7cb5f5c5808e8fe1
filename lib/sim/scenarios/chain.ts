import type { ScenarioInput } from "../scenario";

const chainOf = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `S${i + 1}` }));
const workloadOn = (ids: readonly string[], stopMs: number) => ({
  clients: ids.map((near) => ({ near, count: 2 })),
  ratePerClient: 10,
  readFraction: 0.5,
  keys: { count: 5, hotFraction: 0 },
  stopMs,
});

export const chainBasic: ScenarioInput = {
  title: "Chain replication: writes at the head, reads at the tail",
  description:
    "Three servers in a chain S1 → S2 → S3 (van Renesse and Schneider's chain replication, as used by CRAQ and Hibari). A write enters at the head, each server applies it and passes it on, and the tail answers the client; reads go straight to the tail. The tail only ever holds writes every server has, so reads are never stale and the history is linearizable. A write costs a trip down the whole chain, a read one hop.",
  seed: 21,
  durationMs: 12000,
  topology: { protocol: "chain", nodes: chainOf(3) },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 2 } },
  workload: workloadOn(["S1", "S2", "S3"], 10000),
};

export const chainMiddleFailure: ScenarioInput = {
  title: "Chain replication: a middle server fails",
  description:
    "S2, the middle of S1 → S2 → S3, crashes while writes are flowing. Writes stall: the head keeps sending to S2 and nothing reaches the tail. After one second the master (the configuration service) removes S2 and links S1 to S3; S1 re-sends every write it had sent but not yet seen acknowledged, S3 skips those it already has, and the stalled writes complete. No acknowledged write is lost and reads stay linearizable. When S2 restarts it rejoins at the end of the chain, copying the history from the tail before it takes over as the new tail.",
  seed: 22,
  durationMs: 15000,
  topology: { protocol: "chain", nodes: chainOf(3) },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 2 } },
  failureDetector: { timeoutMs: 1000, intervalMs: 100, location: "S1" },
  clientTimeoutMs: 3000,
  workload: workloadOn(["S1", "S3"], 12000),
  faults: [
    { at: 3000, type: "crash", node: "S2" },
    { at: 8000, type: "restart", node: "S2" },
  ],
};

export const chainLong: ScenarioInput = {
  title: "Chain replication: latency grows with length",
  description:
    "Eight servers in one chain, 5 ms apart. Each write crosses all seven links before the tail acknowledges it, so its latency is about eight times a read's, which the tail answers alone. Longer chains tolerate more failures and spread the work of reads no better: every read still goes to the tail (CRAQ's apportioned queries fix that by letting any server answer for data it knows is clean).",
  seed: 23,
  durationMs: 12000,
  topology: { protocol: "chain", nodes: chainOf(8) },
  network: { latency: { baseMs: 5, jitter: "uniform", jitterMs: 1 } },
  workload: workloadOn(["S1", "S8"], 10000),
};
