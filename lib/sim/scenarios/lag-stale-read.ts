import type { ScenarioInput } from "../scenario";

export const lagStaleRead: ScenarioInput = {
  title: "Replication lag: a stale read",
  description:
    "Three nodes replicate asynchronously from leader A. Replica B applies changes five seconds late. Alice writes x on A; Bob reads x from B half a second later and gets the old value (nothing), then reads again after B has caught up and sees Alice's write. Nothing failed: an async replica is allowed to be behind, and a read routed to it shows the past.",
  seed: 1,
  durationMs: 10000,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
  replication: { mode: "async" },
  applyLagMs: { B: 5000 },
  network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 1 } },
  faults: [
    { at: 1000, type: "write", key: "x", client: "alice", near: "A" },
    { at: 1500, type: "read", key: "x", client: "bob", node: "B" },
    { at: 7000, type: "read", key: "x", client: "bob", node: "B" },
  ],
};
