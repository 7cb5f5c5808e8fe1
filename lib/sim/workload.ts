/**
 * Workload generator: closed-loop clients that think for an exponentially
 * distributed time (mean 1/rate) between operations, pick a key (a hot key
 * with some probability, otherwise uniform) and read or write by a fixed mix.
 */
import { addClient, freshValue, invoke, routeOp } from "./clients";
import { scheduleClientIssue } from "./kernel";
import { nextFloat, nextInt } from "./rng";
import type { ClientState, Sim } from "./sim-state";

const READ = { f: "read" } as const;

export function workloadKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `k${i}`);
}

/** Creates the workload's clients and schedules their first operations. */
export function startWorkload(sim: Sim): void {
  const w = sim.scenario.workload;
  if (!w) return;
  for (const group of w.clients) {
    const home = sim.nodeIndex.get(group.near) ?? 0;
    for (let i = 0; i < group.count; i++) {
      const c = addClient(sim, `c-${group.near}-${i}`, home, true);
      scheduleNext(sim, c, Math.max(sim.now, w.startMs));
    }
  }
}

function scheduleNext(sim: Sim, c: ClientState, from: number): void {
  const w = sim.scenario.workload;
  if (!w) return;
  const think = -Math.log(1 - nextFloat(sim.workloadRng)) * (1000 / w.ratePerClient);
  const t = from + think;
  if (w.stopMs !== undefined && t >= w.stopMs) return;
  scheduleClientIssue(sim, t, c.index);
}

/** Workload client finished an operation. */
export function onWorkloadClientIdle(sim: Sim, c: ClientState): void {
  scheduleNext(sim, c, sim.now);
}

/** A `client-issue` event fired: issue one generated operation. */
export function issueGenerated(sim: Sim, clientIndex: number): void {
  const w = sim.scenario.workload;
  const c = sim.clients[clientIndex];
  if (!w || !c || c.inFlight !== null) return;
  const keys = sim.keys;
  const key =
    w.keys.hotKey !== undefined && w.keys.hotFraction > 0 && nextFloat(sim.workloadRng) < w.keys.hotFraction
      ? w.keys.hotKey
      : (keys[nextInt(sim.workloadRng, keys.length)] as string);
  const isRead = nextFloat(sim.workloadRng) < w.readFraction;
  const input = isRead ? READ : ({ f: "write", value: freshValue(sim, key) } as const);
  invoke(sim, c, key, input, routeOp(sim, c, input, w.readRouting, key));
}
