import type { Generator } from "./types";
import { describeOutcome, opOf, refuse } from "./probe-helpers";

/**
 * Two explicit transactions update the same row on different nodes, `delta` ms apart: which one does certification
 * abort?
 */
export const galeraCertification: Generator = {
  name: "galera-certification",
  defaults: { delta: 2 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "a-aborts", text: "The transaction on A aborts" },
      { id: "b-aborts", text: "The transaction on B aborts" },
      { id: "both-commit", text: "Both commit" },
      { id: "both-abort", text: "Both abort" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: "galera-certification-race",
    seed,
    actions: [
      { at: 1000, action: { type: "write" as const, key: "acct", value: "from-A", client: "ta", near: "A" } },
      {
        at: 1000 + (p.delta ?? 2),
        action: { type: "write" as const, key: "acct", value: "from-B", client: "tb", near: "B" },
      },
    ],
    until: 2500,
    askAt: 1000 + (p.delta ?? 2),
  }),
  setup: (p) =>
    `A three-node Galera cluster (A, B, C; links about 2–3 ms one way) is serving a light workload on other rows. At 1000 ms an explicit transaction (BEGIN … COMMIT) on A updates row acct; at ${1000 + (p.delta ?? 0)} ms an explicit transaction on B updates the same row. Each runs on its own node's snapshot and is certified when its write-set arrives in the total order, which A (the view's sequencer) decides: write-sets are ordered as they reach A. A node applies a write-set once it has heard that every member received it. wsrep_retry_autocommit does not re-run explicit transactions, so a certification failure reaches the application.`,
  probe: (sim) => {
    const a = opOf(sim, "ta", "acct");
    const b = opOf(sim, "tb", "acct");
    if (!a || !b || a.outcome === "info" || b.outcome === "info")
      return refuse(`a transaction has no clear outcome: A ${describeOutcome(a)}, B ${describeOutcome(b)}`);
    const answer =
      a.outcome === "ok"
        ? b.outcome === "ok"
          ? "both-commit"
          : "b-aborts"
        : b.outcome === "ok"
          ? "a-aborts"
          : "both-abort";
    return { ok: true, answer, witness: [a, b] };
  },
  focusKeys: ["acct"],
};

/** Galera 2|1 partition (C cut off at 3 s, heal at 8 s): does a write on one side commit? */
export const galeraPartitionWrite: Generator = {
  name: "galera-partition-write",
  defaults: { side: 0, writeAt: 5000 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "commits", text: "It commits" },
      { id: "refused", text: "It is refused (or times out): the node is not in the primary component" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: "galera-partition",
    seed,
    actions: [
      {
        at: p.writeAt ?? 5000,
        action: { type: "write" as const, key: "order", value: "o9", client: "app", near: p.side === 1 ? "A" : "C" },
      },
    ],
    until: 9000,
    askAt: p.writeAt ?? 5000,
  }),
  setup: (p) =>
    `A three-node Galera cluster (A, B, C). At 3000 ms node C is cut off from A and B; the suspect timeout is 1 s; the network heals at 8000 ms. At ${p.writeAt} ms an application server writes row order on node ${p.side === 1 ? "A" : "C"}.`,
  probe: (sim) => {
    const op = opOf(sim, "app", "order");
    if (!op) return refuse("the write was never issued");
    return { ok: true, answer: op.outcome === "ok" ? "commits" : "refused", witness: [op] };
  },
  focusKeys: ["order"],
};
