import type { ScenarioInput } from "../scenario";
import { splitBrainFaults } from "./split-brain";

export const splitBrainFenced: ScenarioInput = {
  title: "Split brain stopped by fencing",
  description:
    "The same cut and promotion as the split-brain scenario, with fencing on. Promoting B needs promises from a majority (B and C), which bumps the epoch; B waits out one lease before taking writes. A cannot renew its lease without a majority, so once it expires A refuses writes: the clients near A see failures instead of acknowledgements that would later vanish. Availability on A's side is traded for safety.",
  seed: 2,
  durationMs: 12000,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
  replication: { mode: "async" },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  fencing: { enabled: true, leaseMs: 1000 },
  faults: splitBrainFaults,
};
