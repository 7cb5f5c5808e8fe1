/**
 * An Orchestrator-like failure detector for leader-based protocols.
 *
 * It runs outside the database nodes, at a location (a node's network
 * position). It probes the leader it believes in; once the leader has been
 * unreachable from there for `timeoutMs` it picks the reachable replica with
 * the most up-to-date log (epoch of its last entry, then its length, as the
 * election restriction compares them; ties: the first in scenario order) for
 * promotion. Probes
 * are modelled by reading the link state rather than sending messages: the
 * detector sees exactly what a process at `location` could reach.
 */
import { isCut, nodeName, record } from "../kernel";
import type { NodeState, Sim } from "../sim-state";
import type { SingleLeaderEvent } from "./single-leader-events";
import { compareLogPositions, logPosition } from "./single-leader-log-position";

export interface FailureDetector {
  readonly location: number;
  /** The leader it watches; set on every promotion. */
  watch(leader: number): void;
  /** One probe round. Returns the node to promote, or -1. */
  probe(): number;
}

export function createFailureDetector(sim: Sim, location: number, timeoutMs: number, initialLeader: number): FailureDetector {
  let watched = initialLeader;
  let firstFailAt = -1;
  const node = (i: number) => sim.nodes[i] as NodeState;
  const reachable = (x: number): boolean => node(x).status === "up" && (x === location || (!isCut(sim, location, x) && !isCut(sim, x, location)));
  const say = (event: SingleLeaderEvent) => {
    if (sim.logEnabled) record(sim, -1, event);
  };

  return {
    location,
    watch(leader) {
      watched = leader;
      firstFailAt = -1;
    },
    probe() {
      const w = node(watched);
      if (reachable(watched) && (w.role === "leader" || w.role === "candidate")) {
        firstFailAt = -1;
        return -1;
      }
      if (firstFailAt < 0) {
        firstFailAt = sim.now;
        say({ source: "single-leader", type: "detector-suspects", kind: "detector", location: nodeName(sim, location), leader: w.id, reachable: reachable(watched) });
        return -1;
      }
      if (sim.now - firstFailAt < timeoutMs) return -1;
      let best = -1;
      for (let x = 0; x < sim.n; x++) {
        if (x === watched || !reachable(x)) continue;
        if (best < 0 || compareLogPositions(logPosition(node(x)), logPosition(node(best))) > 0) best = x;
      }
      if (best < 0) say({ source: "single-leader", type: "detector-no-candidate", kind: "detector" });
      else say({ source: "single-leader", type: "detector-promotes", kind: "detector", leader: w.id, reachable: reachable(watched), timeoutMs, promote: node(best).id });
      return best;
    },
  };
}
