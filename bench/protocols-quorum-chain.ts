/**
 * Events per second of the leaderless (N=3 W=2 R=2, 5 nodes, read repair and
 * anti-entropy on) and chain (length 5) protocols under the same closed-loop
 * workload as `sim-events`, event log off.
 */
import { createSimulation, runUntil } from "@/lib/sim/engine";
import { defineScenario, type Scenario } from "@/lib/sim/scenario";
import type { BenchResult } from "./sim-events";

const ids = ["A", "B", "C", "D", "E"];
const base = {
  seed: 7,
  network: { latency: { baseMs: 1, jitter: "uniform" as const, jitterMs: 1 } },
  workload: { clients: ids.map((near) => ({ near, count: 4 })), ratePerClient: 200, readFraction: 0.5, keys: { count: 100, hotKey: "k0", hotFraction: 0.1 } },
  eventLog: false,
};
const leaderless = defineScenario({ ...base, topology: { protocol: "leaderless", nodes: ids.map((id) => ({ id })), n: 3, w: 2, r: 2, antiEntropyMs: 1000 } });
const chain = defineScenario({ ...base, topology: { protocol: "chain", nodes: ids.map((id) => ({ id })) } });

function measure(name: string, scenario: Scenario, minMs: number): BenchResult {
  const sim = createSimulation(scenario, { eventLog: false });
  runUntil(sim, 2000);
  const startSteps = sim.steps;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let t = sim.now;
  while (performance.now() - start < minMs) {
    t += 1000;
    runUntil(sim, t);
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const events = sim.steps - startSteps;
  return {
    name,
    value: Math.round((events * 1000) / elapsed),
    unit: "events/s",
    detail: `${events} events in ${elapsed.toFixed(0)} ms wall (${Math.round((events * 1e6) / (cpu.user + cpu.system)).toLocaleString("en-US")} events per CPU-second), ${sim.history.length} ops`,
  };
}

export async function benchLeaderless(minMs = 2000): Promise<BenchResult> {
  return measure("sim-events (5-node leaderless N=3 W=2 R=2)", leaderless, minMs);
}

export async function benchChain(minMs = 2000): Promise<BenchResult> {
  return measure("sim-events (chain of 5)", chain, minMs);
}
