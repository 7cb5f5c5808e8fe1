import { lostWrites } from "@/lib/sim";
import type { Generator } from "./types";
import { refuse } from "./probe-helpers";
import { fencingOnWords } from "./single-leader";

/** Chain S1 → S2 → S3; the middle server crashes at 3 s and restarts at 8 s, under a workload. */
export const chainMiddleLoss: Generator = {
  name: "chain-middle-loss",
  defaults: {},
  space: () => ({ kind: "number", unit: "writes" }),
  plan: (_p, seed) => ({ scenario: "chain-middle-failure", seed, actions: [], until: 15000, askAt: 3000 }),
  setup: () =>
    "Chain replication S1 → S2 → S3 under a read/write workload. At 3000 ms the middle server S2 crashes; the configuration service removes it after 1 s; S2 restarts at 8000 ms and rejoins at the tail.",
  probe: (sim) => {
    const lost = lostWrites(sim);
    return { ok: true, answer: lost.length, witness: lost.slice(0, 5) };
  },
  focusKeys: [],
};

/** GitHub 2018 model: which side's acknowledged writes are lost after the 43 s cut heals? */
export const githubLoss: Generator = {
  name: "github-loss",
  defaults: { fencing: 0 },
  space: () => ({
    kind: "choice",
    options: [
      { id: "none", text: "No acknowledged write is lost" },
      { id: "east", text: "Writes acknowledged by the old East Coast primary E1" },
      { id: "west", text: "Writes acknowledged by the promoted West Coast primary W1" },
      { id: "both", text: "Writes from both sides" },
    ],
  }),
  plan: (p, seed) => ({
    scenario: "github-2018",
    seed,
    actions: p.fencing === 1 ? [{ at: 0, action: { type: "set-fencing" as const, enabled: true } }] : [],
    until: 90000,
    askAt: 10000,
  }),
  setup: (p) =>
    `The simplified GitHub October 2018 model: primary E1 and replica E2 on the East Coast, replicas W1 and W2 on the West Coast, asynchronous replication, the failover detector probing from W2 (5 s timeout). Fencing is ${p.fencing === 1 ? `turned ${fencingOnWords("github-2018")}; a majority is 3 of the 4 nodes` : "off, as in the model of the incident"}. Clients on both coasts write. At 10 s East is cut off from West for 43 s.`,
  probe: (sim) => {
    const lost = lostWrites(sim);
    const east = lost.some((op) => op.node?.startsWith("E"));
    const west = lost.some((op) => op.node?.startsWith("W"));
    if (lost.some((op) => op.node === undefined)) return refuse("a lost write has no node");
    return { ok: true, answer: east ? (west ? "both" : "east") : west ? "west" : "none", witness: lost.slice(0, 4) };
  },
  focusKeys: [],
};
