import type { ScenarioInput } from "../scenario";

/** Shared by split-brain and split-brain-fenced: only fencing differs. */
export const splitBrainFaults: ScenarioInput["faults"] = [
  { at: 1000, type: "write", key: "x", client: "east", near: "A" },
  { at: 2000, type: "cut", from: ["A"], to: ["B", "C"] },
  { at: 3000, type: "promote", node: "B" },
  { at: 4500, type: "write", key: "x", client: "east", near: "A" },
  { at: 4500, type: "write", key: "x", client: "west", near: "B" },
  { at: 5000, type: "write", key: "y", client: "east" },
  { at: 5000, type: "write", key: "y", client: "west" },
  { at: 8000, type: "heal" },
  { at: 9000, type: "read", key: "x", client: "east" },
];

export const splitBrain: ScenarioInput = {
  title: "Split brain without fencing",
  description:
    "Leader A is cut off from replicas B and C. An operator promotes B while A is still running, so two nodes accept writes: clients near A keep writing to A and get acknowledgements, clients near B write to B. When the network heals, A hears about B's newer epoch, steps down and discards its divergent log suffix: writes that A acknowledged are gone, although every client was told they succeeded.",
  seed: 2,
  durationMs: 12000,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
  replication: { mode: "async" },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  fencing: { enabled: false },
  faults: splitBrainFaults,
};
