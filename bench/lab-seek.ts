/**
 * Seeking back in the lab (issue 13): a 60-s, 5-node run, then a seek to
 * t = 50 s — from the nearest checkpoint, against rebuilding from t = 0 (what
 * every seek back did before checkpoints, and what a branch switch still does).
 */
import { advanceTo, createRun, labScenario, seek } from "@/lib/lab/lab-run";
import { scenarios } from "@/lib/sim";
import type { BenchResult } from "./sim-events";

const SCENARIO = "sync-no-loss";

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

export async function benchLabSeek(): Promise<BenchResult> {
  const base = scenarios[SCENARIO];
  if (!base) throw new Error(`no scenario ${SCENARIO}`);
  const scenario = labScenario(base, 1, 5);
  // The lab's own wall clock paces its checkpoints, as in the browser.
  const run = createRun(SCENARIO, scenario, [], undefined, () => performance.now());
  advanceTo(run, 60_000);
  const fromCheckpoint: number[] = [];
  for (let i = 0; i < 7; i++) {
    seek(run, 58_000);
    const t0 = performance.now();
    seek(run, 50_000);
    fromCheckpoint.push(performance.now() - t0);
  }
  const fromZero: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    advanceTo(createRun(SCENARIO, scenario), 50_000);
    fromZero.push(performance.now() - t0);
  }
  const a = median(fromCheckpoint);
  const b = median(fromZero);
  return {
    name: "lab-seek-back",
    value: Math.round(a * 10) / 10,
    unit: "ms",
    detail: `${SCENARIO}, 5 nodes, seek 58 s → 50 s of a 60-s run from a checkpoint (${run.checkpoints.list.length} kept); replay from t = 0 instead: ${b.toFixed(0)} ms (${(b / Math.max(a, 1e-9)).toFixed(0)}× slower)`,
  };
}
