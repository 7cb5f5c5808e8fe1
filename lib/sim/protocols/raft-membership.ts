/**
 * Single-server membership changes (Ongaro's thesis §4.1): the leader appends
 * a configuration entry that adds or removes one server, and every node uses
 * the latest configuration in its log at once, committed or not. Adding or
 * removing one server at a time keeps any majority of the old configuration
 * overlapping any majority of the new one. A leader starts the next change
 * only once the previous configuration entry has committed. Joint consensus
 * (the paper's two-phase change of several servers at once) is not modelled.
 */
import { nodeName, NO_OP, setTimer } from "../kernel";
import type { Sim } from "../sim-state";
import { appendLocal, replicate } from "./raft-replication";
import { becomeFollower, CONFIG_KEY, log, membersOf, nodeOf, raftOf, type RaftState } from "./raft-state";

export type RaftMembershipTimer = { readonly kind: "raft-reconfig" };

/** The up leader with the highest term, or -1. */
export function currentLeader(sim: Sim): number {
  let best = -1;
  for (const s of sim.nodes)
    if (s.status === "up" && s.role === "leader" && (best < 0 || s.epoch > nodeOf(sim, best).epoch)) best = s.index;
  return best;
}

/** Schedules the next change in `params.reconfigure` (a cluster-level timer). */
export function scheduleReconfigure(sim: Sim, st: RaftState): void {
  const next = st.params.reconfigure[st.nextReconfigure];
  if (next) setTimer(sim, -1, Math.max(0, next.at - sim.now), { kind: "raft-reconfig" } satisfies RaftMembershipTimer);
}

/**
 * Makes the due change through the current leader; without one, or with a change still uncommitted, tries again a
 * heartbeat later.
 */
export function onReconfigureTimer(sim: Sim, st: RaftState): void {
  const change = st.params.reconfigure[st.nextReconfigure];
  if (!change) return;
  const l = currentLeader(sim);
  if (l < 0 || raftOf(st, l).configIndex > raftOf(st, l).commitIndex) {
    setTimer(sim, -1, st.params.heartbeatMs, { kind: "raft-reconfig" } satisfies RaftMembershipTimer);
    return;
  }
  const target = sim.nodeIndex.get(change.node) ?? -1;
  const now = membersOf(sim, st, l);
  const next =
    change.op === "add" ? [...new Set([...now, target])].sort((a, b) => a - b) : now.filter((x) => x !== target);
  st.nextReconfigure++;
  if (next.length > 0 && next.length !== now.length) {
    appendLocal(sim, st, l, CONFIG_KEY, next.join(","), NO_OP);
    log(sim, l, () => ({
      source: "raft",
      type: "config-appended",
      kind: "role",
      members: next.map((x) => nodeName(sim, x)),
      change: change.op,
      node: change.node,
    }));
    replicate(sim, st, l, false);
  }
  scheduleReconfigure(sim, st);
}

/** A leader whose committed configuration no longer includes it steps down (thesis §4.2.2). */
export function leaveIfRemoved(sim: Sim, st: RaftState, i: number): void {
  const s = nodeOf(sim, i);
  if (s.role !== "leader" || membersOf(sim, st, i).includes(i) || raftOf(st, i).configIndex > raftOf(st, i).commitIndex)
    return;
  becomeFollower(sim, st, i, s.epoch, "removed");
}
