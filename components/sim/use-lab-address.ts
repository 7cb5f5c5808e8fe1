"use client";
import { useEffect } from "react";
import { currentBranch } from "@/lib/lab/branches";
import type { LabStore } from "@/lib/lab/lab-store";
import { labAddress, type LabOrigin } from "@/lib/lab/lab-url";
import { encodeShare, type Quorum } from "@/lib/sim/share-codec";

export interface SetUp {
  readonly nodes: number | undefined;
  readonly quorum: Quorum | undefined;
}

/** The run's share code: scenario, seed, set-up, the current branch's actions and the time on screen. */
export function shareCode(store: LabStore, { nodes, quorum }: SetUp): string {
  const run = store.run;
  return encodeShare({
    scenario: run.scenarioName,
    seed: run.scenario.seed,
    ...(nodes === undefined ? {} : { nodes }),
    ...(quorum === undefined ? {} : { quorum }),
    actions: currentBranch(run.tree).actions,
    time: run.sim.now,
  });
}

/** How long the run must hold still before the address follows it (a scrubber drag writes once, at the end). */
const SETTLE_MS = 400;

/**
 * Keeps the address bar on what the lab shows (time, branch list, actions and the demo's step), with
 * history.replaceState once the run settles, so a reload opens the same moment on the same branch. Nothing is written
 * for an untouched lab, so /lab stays /lab until something happens.
 */
export function useLabAddress(
  enabled: boolean,
  store: LabStore,
  setUp: SetUp,
  /** Changes whenever what is on screen does: the run's revision, its settled time (null while playing), the tree. */
  on: { revision: number; settledAt: number | null; tree: unknown },
  demo: number | undefined,
  /** Where the run was opened from: kept in the address, so a reload keeps the banner and its way back. */
  origin?: LabOrigin,
): void {
  const { revision, settledAt, tree } = on;
  useEffect(() => {
    if (!enabled || settledAt === null) return;
    if (revision === 0 && settledAt === 0 && demo === undefined && !window.location.search) return;
    const id = window.setTimeout(() => {
      const next = labAddress(shareCode(store, setUp), store.run.tree, demo, origin);
      // A run too long for an address keeps the last one that fitted: Copy share link still carries all of it.
      if (next !== undefined && next !== `${window.location.pathname}${window.location.search}`)
        window.history.replaceState(null, "", next);
    }, SETTLE_MS);
    return () => window.clearTimeout(id);
  }, [enabled, store, setUp, revision, settledAt, tree, demo, origin]);
}
