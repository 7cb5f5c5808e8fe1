/**
 * Group membership and the primary component, as Galera's EVS layer and
 * pc.weight quorum decide them. Components are groups of up nodes that can
 * all reach each other (both directions), found greedily in node order. A
 * component is primary when the weight of the last primary component's
 * members present in it exceeds half that component's weight, and it still
 * holds a data node from it (an arbitrator alone cannot carry the data on).
 * Majorities of the same set intersect, so at most one component is primary.
 */
import { isCut } from "../kernel";
import type { Sim } from "../sim-state";

/** Greedy maximal groups of mutually reachable up nodes, each sorted, in order of their lowest node. */
export function components(sim: Sim): number[][] {
  const out: number[][] = [];
  const used = new Uint8Array(sim.n);
  for (let i = 0; i < sim.n; i++) {
    if (used[i] || sim.nodes[i]?.status !== "up") continue;
    const group = [i];
    used[i] = 1;
    for (let j = i + 1; j < sim.n; j++) {
      if (used[j] || sim.nodes[j]?.status !== "up") continue;
      if (group.every((g) => !isCut(sim, g, j) && !isCut(sim, j, g))) {
        group.push(j);
        used[j] = 1;
      }
    }
    out.push(group);
  }
  return out;
}

/** Same grouping? Used to notice that connectivity differs from the installed views. */
export function samePartition(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((g, i) => {
    const h = b[i];
    return h !== undefined && g.length === h.length && g.every((x, k) => x === h[k]);
  });
}

/** The index of the primary component among `groups`, or -1. */
export function primaryIndex(
  groups: readonly (readonly number[])[],
  lastPrimary: readonly number[],
  weight: (node: number) => number,
  isData: (node: number) => boolean,
): number {
  const total = lastPrimary.reduce((s, x) => s + weight(x), 0);
  return groups.findIndex((g) => {
    const present = g.filter((x) => lastPrimary.includes(x));
    return 2 * present.reduce((s, x) => s + weight(x), 0) > total && present.some(isData);
  });
}
