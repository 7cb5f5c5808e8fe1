/**
 * Events per second of the engine: 5 nodes, async single-leader, 20 closed-loop
 * clients, event log off. Runs for at least `minMs` of wall time.
 */
import { createSimulation, runUntil } from "@/lib/sim/engine";
import { defineScenario } from "@/lib/sim/scenario";

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly detail: string;
}

export const benchScenario = defineScenario({
  seed: 7,
  topology: { protocol: "single-leader", nodes: ["A", "B", "C", "D", "E"].map((id) => ({ id })), leader: "A" },
  replication: { mode: "async" },
  network: { latency: { baseMs: 1, jitter: "uniform", jitterMs: 1 } },
  workload: { clients: ["A", "B", "C", "D", "E"].map((near) => ({ near, count: 4 })), ratePerClient: 200, readFraction: 0.5, keys: { count: 100, hotKey: "k0", hotFraction: 0.1 } },
  eventLog: false,
});

export async function benchSimEvents(minMs = 2000): Promise<BenchResult> {
  const sim = createSimulation(benchScenario, { eventLog: false });
  // Warm up the JIT before measuring.
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
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const events = sim.steps - startSteps;
  // Wall-clock rate is the headline; the CPU-time rate is steadier on a shared machine.
  return {
    name: "sim-events (5-node async single-leader)",
    value: Math.round((events * 1000) / elapsed),
    unit: "events/s",
    detail: `${events} events in ${elapsed.toFixed(0)} ms wall (${Math.round((events * 1000) / cpuMs).toLocaleString("en-US")} events per CPU-second), ${sim.history.length} ops, ${(t / 1000).toFixed(0)} s virtual`,
  };
}
