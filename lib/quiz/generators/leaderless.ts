import type { Generator } from "./types";
import { describeOutcome, opOf, readOutcome, refuse } from "./probe-helpers";

const VALUE = "p77";

/** N=3 Dynamo-style cluster, W=R=1 or W=R=2: a write through A, then a read through C `gap` ms later. */
export const leaderlessRead: Generator = {
  name: "leaderless-read",
  defaults: { quorum: 1, gap: 60 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "new", text: `"p77", the value just written` },
      { id: "missing", text: "null: the old state (profile missing)" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: p.quorum === 1 ? "leaderless-quorum" : "leaderless-w1r1",
    seed,
    actions: [
      { at: 2000, action: { type: "write" as const, key: "profile", value: VALUE, client: "alice", near: "A" } },
      { at: 2000 + (p.gap ?? 60), action: { type: "read" as const, key: "profile", client: "bob", near: "C" } },
    ],
    until: 4000,
    askAt: 2000 + (p.gap ?? 60),
  }),
  setup: (p) =>
    `Three leaderless replicas A, B, C hold every key (N=3) with ${p.quorum === 1 ? "W=2, R=2 and ordinary links" : "W=1, R=1; C's links to A and B are slow (about 25–35 ms)"}; a busy workload runs on other keys. At 2000 ms Alice writes profile="p77" through A. At ${2000 + (p.gap ?? 0)} ms Bob reads profile through C.`,
  probe: (sim) => {
    const write = opOf(sim, "alice", "profile");
    const read = opOf(sim, "bob", "profile");
    if (write?.outcome !== "ok") return refuse(`the write did not succeed: ${describeOutcome(write)}`);
    if (read && write.completedAt !== null && read.invokedAt < write.completedAt)
      return refuse("the read started before the write was acknowledged (concurrent)");
    const answer = readOutcome(read, VALUE);
    if (answer === undefined || answer === "other")
      return refuse(`the read returned neither "p77" nor null: ${describeOutcome(read)}`);
    return { ok: true, answer, witness: read ? [write, read] : [write] };
  },
  focusKeys: ["profile"],
};
