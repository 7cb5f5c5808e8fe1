/**
 * What the worst share link the lab accepts costs (issue 18): the busiest
 * built-in scenario at MAX_NODES nodes, run to MAX_RUN_TIME_MS. The browser
 * replays it when the lab mounts; the server only renders time 0.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Lab } from "@/components/sim/lab";
import { advanceTo, createRun, labScenario } from "@/lib/lab/lab-run";
import { MAX_NODES, MAX_RUN_TIME_MS, scenarios } from "@/lib/sim";
import type { BenchResult } from "./sim-events";

const SCENARIO = "galera-write-throughput";
const shared = { scenario: SCENARIO, seed: 1, nodes: MAX_NODES, actions: [], time: MAX_RUN_TIME_MS };

/** Wall ms to open the worst in-range link in the browser: the replay the lab does on mount. */
export async function benchLabOpen(): Promise<BenchResult> {
  const base = scenarios[SCENARIO];
  if (!base) throw new Error(`no scenario ${SCENARIO}`);
  const t0 = performance.now();
  const run = createRun(SCENARIO, labScenario(base, shared.seed, shared.nodes), [], undefined, () => performance.now());
  advanceTo(run, shared.time);
  const ms = performance.now() - t0;
  return {
    name: "lab-open-worst",
    value: Math.round(ms),
    unit: "ms",
    detail: `${SCENARIO}, ${MAX_NODES} nodes, to ${MAX_RUN_TIME_MS / 60_000} min: ${run.sim.steps.toLocaleString("en-US")} events (browser, on mount)`,
  };
}

/** Wall ms for the server to render /lab's lab for that link (median of 5, after one warm-up). */
export async function benchLabServerRender(): Promise<BenchResult> {
  const render = () => renderToString(createElement(Lab, { scenario: SCENARIO, shared }));
  render();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    render();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name: "lab-ssr-worst",
    value: Math.round((times[2] ?? 0) * 10) / 10,
    unit: "ms",
    detail: "server render of the same link (the run is not simulated there)",
  };
}
