/**
 * Linearizability checker benchmark: (a) one generated 10,000-op linearizable
 * history (8 clients on one key, with cas, timeouts and failures), (b) all
 * Jepsen etcd fixture histories. Reports (a) in ms as the value; (b) and the
 * search steps go in the detail. Median of a few runs after a warm-up.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJepsenLog } from "../lib/sim/checkers/jepsen-log";
import { checkLinearizability } from "../lib/sim/checkers/linearizability";
import { generateRegisterHistory } from "../lib/sim/checkers/random-history";
import type { History } from "../lib/sim/history";
import type { BenchResult } from "./sim-events";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeIt(histories: readonly History[], runs: number): { ms: number; steps: number; verdicts: string } {
  const times: number[] = [];
  let steps = 0;
  let verdicts = "";
  for (let r = 0; r < runs + 1; r++) {
    const start = performance.now();
    const results = histories.map((h) => checkLinearizability(h, { maxSteps: 100_000_000 }));
    if (r > 0) times.push(performance.now() - start); // run 0 warms up the JIT
    steps = results.reduce((sum, x) => sum + x.steps, 0);
    verdicts = `${results.filter((x) => x.linearizable === true).length}/${results.length} linearizable`;
  }
  return { ms: median(times), steps, verdicts };
}

/** Loads the etcd fixtures (parse errors throw: the fixtures are part of the repo). */
function loadEtcd(dir = join(process.cwd(), "tests/fixtures/jepsen-etcd")): History[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".log"))
    .sort()
    .map((f) => {
      const parsed = parseJepsenLog(readFileSync(join(dir, f), "utf8"));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error}`);
      return parsed.data;
    });
}

export async function benchChecker(runs = 5): Promise<BenchResult> {
  const big = generateRegisterHistory({ seed: 42, ops: 10_000, clients: 8, keys: 1 });
  const a = timeIt([big], runs);
  const etcd = loadEtcd();
  const b = timeIt(etcd, runs);
  return {
    name: "checker-linearizability",
    value: Math.round(a.ms),
    unit: "ms/10k ops",
    detail: `10k ops, 8 clients, 1 key: ${a.steps.toLocaleString("en-US")} steps; all ${etcd.length} etcd histories: ${Math.round(b.ms)} ms total (${b.verdicts}, ${b.steps.toLocaleString("en-US")} steps)`,
  };
}
