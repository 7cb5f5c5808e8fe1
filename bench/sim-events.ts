/**
 * Events per second of the engine, one figure per protocol: 5 nodes, 20
 * closed-loop clients at 200 ops/s each (half reads, 100 keys with a hot key),
 * event log off, for at least `minMs` of wall time after a warm-up.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { createSimulation, runUntil } from "@/lib/sim/engine";
import { RUN_LIMITS, type RunLimits } from "@/lib/sim/limits";
import { defineScenario, type Scenario } from "@/lib/sim/scenario";

/**
 * Events each loop runs before its clock starts, the engine's and the bare heap loop's alike, so neither is measured
 * while V8 is still compiling it: the engine's handlers are still being optimised, and re-optimised after lazy
 * deoptimisations, until about 120,000 events into a run.
 */
export const WARM_UP_EVENTS = 200_000;

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly detail: string;
}

const ids = ["A", "B", "C", "D", "E"];
const nodes = ids.map((id) => ({ id }));
const common = {
  seed: 7,
  network: { latency: { baseMs: 1, jitter: "uniform" as const, jitterMs: 1 } },
  workload: {
    clients: ids.map((near) => ({ near, count: 4 })),
    ratePerClient: 200,
    readFraction: 0.5,
    keys: { count: 100, hotKey: "k0", hotFraction: 0.1 },
  },
  eventLog: false,
};
const nearestReads = { ...common, workload: { ...common.workload, readRouting: "nearest" as const } };

const scenarios = {
  "single-leader": defineScenario({
    ...common,
    topology: { protocol: "single-leader", nodes, leader: "A" },
    replication: { mode: "async" },
  }),
  "multi-master": defineScenario({
    ...nearestReads,
    topology: { protocol: "multi-master", nodes, params: { conflict: "lww" } },
  }),
  galera: defineScenario({ ...nearestReads, topology: { protocol: "galera", nodes } }),
  leaderless: defineScenario({
    ...common,
    topology: { protocol: "leaderless", nodes, n: 3, w: 2, r: 2, antiEntropyMs: 1000 },
  }),
  chain: defineScenario({ ...common, topology: { protocol: "chain", nodes } }),
  raft: defineScenario({ ...common, topology: { protocol: "raft", nodes } }),
} satisfies Record<string, Scenario>;

const labels: Record<keyof typeof scenarios, string> = {
  "single-leader": "sim-events (5-node async single-leader)",
  "multi-master": "sim-events (5-master async multi-master, LWW)",
  galera: "sim-events (5-node Galera certification)",
  leaderless: "sim-events (5-node leaderless N=3 W=2 R=2)",
  chain: "sim-events (chain of 5)",
  raft: "sim-events (5-node Raft, log reads)",
};

/**
 * No step or time cap: a fast engine would otherwise reach RUN_LIMITS' 2 million events inside the measurement and spin
 * idle.
 */
const UNCAPPED: RunLimits = { ...RUN_LIMITS, maxSteps: Infinity, maxTimeMs: Infinity };

/** Milliseconds spent in garbage collection from `gcTimer()` to `stop()` (V8's own "gc" performance entries). */
function gcTimer(): { stop: () => Promise<number> } {
  let ms = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) ms += e.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    // Entries arrive asynchronously: let the last ones in before disconnecting.
    stop: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          observer.disconnect();
          resolve(ms);
        }, 0),
      ),
  };
}

/** Wall-clock rate is the headline; the CPU-time rate in the detail is steadier on a shared machine. */
export async function benchEvents(protocol: keyof typeof scenarios, minMs = 2000): Promise<BenchResult> {
  const sim = createSimulation(scenarios[protocol], { eventLog: false, limits: UNCAPPED });
  // The warm-up drives the run exactly as the measurement does (whole virtual seconds), so the code it optimises is the
  // code measured.
  let t = 0;
  while (sim.steps < WARM_UP_EVENTS && sim.queue.size > 0) {
    t += 1000;
    runUntil(sim, t);
  }
  const startSteps = sim.steps;
  const gc = gcTimer();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < minMs) {
    t += 1000;
    runUntil(sim, t);
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const gcMs = await gc.stop();
  const events = sim.steps - startSteps;
  return {
    name: labels[protocol],
    value: Math.round((events * 1000) / elapsed),
    unit: "events/s",
    detail: `${events} events in ${elapsed.toFixed(0)} ms wall (${Math.round((events * 1e6) / (cpu.user + cpu.system)).toLocaleString("en-US")} events per CPU-second, ${gcMs.toFixed(0)} ms of it in GC), ${sim.ops.length} ops, ${(t / 1000).toFixed(0)} s virtual`,
  };
}
