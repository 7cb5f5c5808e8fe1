import { encodeShare } from "@/lib/sim/share-codec";
import type { LabRun } from "@/lib/quiz/derive";
import { runLink, type LabOrigin } from "@/lib/lab/lab-url";

/**
 * "Open this run in the lab": the lab's share code for scenario + seed + action log, and where it came from (the
 * question, and the way back to it) when the caller knows.
 */
export function labHref(run: LabRun, origin?: LabOrigin): string {
  const code = encodeShare({
    scenario: run.scenario,
    seed: run.seed,
    actions: run.actions.map((a) => ({ at: a.at, step: a.step, action: a.action })),
    time: run.time,
  });
  return runLink(code, origin);
}
