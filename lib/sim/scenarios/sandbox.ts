import type { ScenarioInput } from "../scenario";

/** The lab's blank page: the lag-stale-read cluster without its script, for the guided demo and free play. */
export const sandbox: ScenarioInput = {
  title: "Sandbox: three nodes, one asynchronous leader",
  description:
    "Leader A replicates asynchronously to B and C, and nothing is scripted: every write, read, lag, cut, crash and promotion is yours. Start the guided demo to walk from replication lag to split brain and fencing, or break it your own way.",
  seed: 1,
  durationMs: 60000,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
  replication: { mode: "async" },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  faults: [],
};
