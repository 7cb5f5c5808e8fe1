import { encodeShare } from "@/lib/sim/share-codec";
import type { LabRun } from "@/lib/quiz/derive";

/** "Open this run in the lab": the lab's share code for scenario + seed + action log. */
export function labHref(run: LabRun): string {
  const code = encodeShare({
    scenario: run.scenario,
    seed: run.seed,
    actions: run.actions.map((a) => ({ at: a.at, step: a.step, action: a.action })),
    time: run.time,
  });
  return `/lab?run=${code}`;
}
