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

/** The detector's state, plain data inside its protocol's state. */
export interface DetectorState {
  readonly location: number;
  readonly timeoutMs: number;
  /** The leader it watches; set on every promotion. */
  watched: number;
  /** When the watched leader was first seen unreachable, or -1. */
  firstFailAt: number;
}

export const newDetector = (location: number, timeoutMs: number, initialLeader: number): DetectorState => ({
  location,
  timeoutMs,
  watched: initialLeader,
  firstFailAt: -1,
});

/** The detector's operations over its state `d`. */
export interface FailureDetector {
  /** The leader it watches; set on every promotion. */
  watch(leader: number): void;
  /** One probe round. Returns the node to promote, or -1. */
  probe(): number;
}

export function createFailureDetector(sim: Sim, d: DetectorState): FailureDetector {
  const { location, timeoutMs } = d;
  const node = (i: number) => sim.nodes[i] as NodeState;
  const reachable = (x: number): boolean =>
    node(x).status === "up" && (x === location || (!isCut(sim, location, x) && !isCut(sim, x, location)));
  const say = (event: SingleLeaderEvent) => {
    if (sim.logEnabled) record(sim, -1, event);
  };

  return {
    watch(leader) {
      d.watched = leader;
      d.firstFailAt = -1;
    },
    probe() {
      const w = node(d.watched);
      if (reachable(d.watched) && (w.role === "leader" || w.role === "candidate")) {
        d.firstFailAt = -1;
        return -1;
      }
      if (d.firstFailAt < 0) {
        d.firstFailAt = sim.now;
        say({
          source: "single-leader",
          type: "detector-suspects",
          kind: "detector",
          location: nodeName(sim, location),
          leader: w.id,
          reachable: reachable(d.watched),
        });
        return -1;
      }
      if (sim.now - d.firstFailAt < timeoutMs) return -1;
      let best = -1;
      for (let x = 0; x < sim.n; x++) {
        if (x === d.watched || !reachable(x)) continue;
        if (best < 0 || compareLogPositions(logPosition(node(x)), logPosition(node(best))) > 0) best = x;
      }
      if (best < 0) say({ source: "single-leader", type: "detector-no-candidate", kind: "detector" });
      else
        say({
          source: "single-leader",
          type: "detector-promotes",
          kind: "detector",
          leader: w.id,
          reachable: reachable(d.watched),
          timeoutMs,
          promote: node(best).id,
        });
      return best;
    },
  };
}
