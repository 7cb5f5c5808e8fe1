/**
 * Events per second of asynchronous multi-master (LWW, 5 masters) and
 * Galera-style certification (5 nodes) under the same closed-loop workload as
 * `sim-events`, event log off.
 */
import { createSimulation, runUntil } from "@/lib/sim/engine";
import { defineScenario, type Scenario } from "@/lib/sim/scenario";
import type { BenchResult } from "./sim-events";

const ids = ["A", "B", "C", "D", "E"];
const base = {
  seed: 7,
  network: { latency: { baseMs: 1, jitter: "uniform" as const, jitterMs: 1 } },
  workload: { clients: ids.map((near) => ({ near, count: 4 })), ratePerClient: 200, readFraction: 0.5, keys: { count: 100, hotKey: "k0", hotFraction: 0.1 }, readRouting: "nearest" as const },
  eventLog: false,
};
const multiMaster = defineScenario({ ...base, topology: { protocol: "multi-master", nodes: ids.map((id) => ({ id })), params: { conflict: "lww" } } });
const galera = defineScenario({ ...base, topology: { protocol: "galera", nodes: ids.map((id) => ({ id })) } });

function measure(name: string, scenario: Scenario, minMs: number): BenchResult {
  const sim = createSimulation(scenario, { eventLog: false });
  runUntil(sim, 2000); // warm up the JIT
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

export async function benchMultiMaster(minMs = 2000): Promise<BenchResult> {
  return measure("sim-events (5-master async multi-master, LWW)", multiMaster, minMs);
}

export async function benchGalera(minMs = 2000): Promise<BenchResult> {
  return measure("sim-events (5-node Galera certification)", galera, minMs);
}
