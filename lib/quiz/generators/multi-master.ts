import type { Generator } from "./types";
import { opOf, refuse } from "./probe-helpers";

/** Two masters, last write wins, A's clock 500 ms fast: which of two writes to z survives? */
export const lwwSkew: Generator = {
  name: "lww-skew",
  defaults: { gap: 300 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "a", text: "A's earlier write (z1) survives on both nodes" },
      { id: "b", text: "B's later write (z2) survives on both nodes" },
      { id: "diverge", text: "The nodes disagree forever" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: "multi-master-lww-skew",
    seed,
    actions: [
      { at: 2500, action: { type: "write" as const, key: "z", value: "z1", client: "e2", near: "A" } },
      { at: 2500 + (p.gap ?? 300), action: { type: "write" as const, key: "z", value: "z2", client: "w2", near: "B" } },
    ],
    until: 5000,
    askAt: 2500 + (p.gap ?? 300),
  }),
  setup: (p) =>
    `Two masters A and B (5 ms apart) both accept writes and resolve conflicts by last write wins on their own clocks; A's clock runs 500 ms fast. At 2500 ms a client writes z="z1" on A; at ${2500 + (p.gap ?? 0)} ms, after that write has replicated, another client writes z="z2" on B. Both writes are acknowledged.`,
  probe: (sim) => {
    const a = opOf(sim, "e2", "z");
    const b = opOf(sim, "w2", "z");
    if (a?.outcome !== "ok" || b?.outcome !== "ok") return refuse("a write was not acknowledged");
    const values = sim.nodes.map((n) => n.kv.get("z")?.value);
    if (values.some((v) => v === undefined)) return refuse("z is missing on a node");
    const first = values[0];
    if (!values.every((v) => v === first)) return { ok: true, answer: "diverge", witness: [a, b] };
    if (first === "z1") return { ok: true, answer: "a", witness: [a, b] };
    if (first === "z2") return { ok: true, answer: "b", witness: [a, b] };
    return refuse(`z ended as ${String(first)}`);
  },
  focusKeys: ["z"],
};

/** Two masters with version vectors (20 ms apart): concurrent writes become siblings. */
export const siblings: Generator = {
  name: "version-vector-siblings",
  defaults: { gap: 10 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "siblings", text: "Both values, as siblings" },
      { id: "single", text: "One value: B's write superseded A's" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: "multi-master-siblings",
    seed,
    actions: [
      { at: 2500, action: { type: "write" as const, key: "s", value: "s1", client: "e2", near: "A" } },
      { at: 2500 + (p.gap ?? 10), action: { type: "write" as const, key: "s", value: "s2", client: "w2", near: "B" } },
      { at: 3500, action: { type: "read" as const, key: "s", client: "r2", near: "A", routing: "nearest" as const } },
    ],
    until: 4000,
    askAt: 2500 + (p.gap ?? 10),
  }),
  setup: (p) =>
    `Two masters A and B, 20 ms apart, track causality with version vectors. At 2500 ms a client writes s="s1" on A; at ${2500 + (p.gap ?? 0)} ms another writes s="s2" on B. At 3500 ms a client reads s from A.`,
  probe: (sim) => {
    const read = opOf(sim, "r2", "s");
    if (read?.outcome !== "ok") return refuse("the read did not complete");
    const out = read.output;
    if (typeof out === "string" && out.startsWith("siblings")) return { ok: true, answer: "siblings", witness: [read] };
    if (out === "s2") return { ok: true, answer: "single", witness: [read] };
    return refuse(`the read returned ${String(out)}`);
  },
  focusKeys: ["s"],
};
