/**
 * Raft (Ongaro & Ousterhout, "In Search of an Understandable Consensus
 * Algorithm", 2014), with the extensions of Ongaro's thesis that the lessons
 * use: pre-vote, check-quorum, leader leases and ReadIndex reads, and
 * single-server membership changes. Our own code, written from the paper.
 *
 *   follower ──election timeout──▶ candidate ──votes from a majority──▶ leader
 *   follower ──election timeout (pre-vote on)──▶ pre-candidate ──majority would vote──▶ candidate
 *   any role ──sees a higher term──▶ follower;   leader ──no majority for a timeout (check-quorum)──▶ follower
 *
 * The whole state is plain data (`RaftState` in `raft-state.ts`, plus the
 * core's `NodeState`: `epoch` is the current term, `log` the log); every rule
 * is a function of (sim, state, node): election in `raft-election.ts`,
 * AppendEntries and commitment in `raft-replication.ts`, the read modes in
 * `raft-reads.ts`, configuration changes in `raft-membership.ts` (joint
 * consensus is not modelled: changes add or remove one server at a time).
 *
 * Client writes are acknowledged when their entry commits on the node that
 * appended it; a write a minority leader appended never commits, and its
 * client times out (`info`). A node that is not the leader forwards a request
 * once to the leader it knows, or refuses it (`fail`, nothing happened).
 * The `promote` action makes a node campaign at once (like Raft's TimeoutNow).
 * Modelling choices: the commit index survives a crash (as with a snapshot of
 * the applied state); a slow disk (`set-lag`) delays a follower's
 * acknowledgement of the entries it stores. The read mode, pre-vote and a
 * node's clock drift can change mid-run (`raft-settings.ts`).
 */
import { accepted, refused, type ActionResult } from "../actions";
import { isCut, localNow, nodeName, reply, send } from "../kernel";
import type { OpOf, Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import type { Sim } from "../sim-state";
import {
  armElectionTimer,
  onElectionMessage,
  onElectionTimer,
  restartElectionTimer,
  startElection,
  type RaftElectionMsg,
  type RaftElectionTimer,
} from "./raft-election";
import {
  currentLeader,
  leaveIfRemoved,
  onReconfigureTimer,
  scheduleReconfigure,
  type RaftMembershipTimer,
} from "./raft-membership";
import { describeDrift } from "./raft-events";
import { followerRead, leaderRead, serveReads } from "./raft-reads";
import {
  appendLocal,
  onDiskTimer,
  onHeartbeat,
  onReplicationMessage,
  replicate,
  setUpLeader,
  type RaftReplicationMsg,
  type RaftReplicationTimer,
} from "./raft-replication";
import { onRaftSetting } from "./raft-settings";
import {
  initRaftState,
  lastIndexOf,
  membersOf,
  nodeOf,
  raftOf,
  resetElectionDeadline,
  type RaftState,
} from "./raft-state";

type Op = OpOf<"read" | "write">;
type Msg = RaftElectionMsg | RaftReplicationMsg | { readonly kind: "raft-client"; readonly op: Op };
type Timer = RaftElectionTimer | RaftReplicationTimer | RaftMembershipTimer;

const forward = (sim: Sim, from: number, to: number, m: Msg): void => send(sim, from, to, m);

const after = (sim: Sim, st: RaftState, i: number): void => {
  serveReads(sim, st, i);
  leaveIfRemoved(sim, st, i);
};
const onLeader = (sim: Sim, st: RaftState, i: number): void => setUpLeader(sim, st, i, after);

/** A client operation at node `i`: the leader handles it, others forward it once or refuse. */
function clientOp(sim: Sim, st: RaftState, i: number, op: Op, forwarded: boolean): void {
  const s = nodeOf(sim, i);
  if (op.input.f === "read" && st.params.readMode === "follower") return followerRead(sim, st, i, op);
  if (s.role !== "leader") {
    if (!forwarded && s.leader >= 0 && s.leader !== i) forward(sim, i, s.leader, { kind: "raft-client", op });
    else
      reply(
        sim,
        i,
        op,
        "fail",
        undefined,
        `${s.id} is not the leader${s.leader >= 0 ? ` (it believes ${nodeName(sim, s.leader)} is)` : " and knows of none"}`,
      );
    return;
  }
  switch (op.input.f) {
    case "write": {
      const index = appendLocal(sim, st, i, op.key, op.input.value, op.id);
      raftOf(st, i).pending.push({ index, term: s.epoch, op });
      replicate(sim, st, i, false);
      return;
    }
    case "read":
      leaderRead(sim, st, i, op);
      return;
    default: {
      const never: never = op.input;
      return never;
    }
  }
}

function onAction(sim: Sim, st: RaftState, a: ProtocolAction): ActionResult {
  switch (a.type) {
    case "crash": {
      const i = sim.nodeIndex.get(a.node) ?? 0;
      const r = raftOf(st, i);
      const s = nodeOf(sim, i);
      // Volatile state is gone; term, vote and log are durable.
      s.role = "follower";
      s.leader = -1;
      r.votes = [];
      r.pending = [];
      r.reads = [];
      r.heardLeaderAt = null;
      r.electionArmed = false;
      r.heartbeatArmed = false;
      return accepted;
    }
    case "restart": {
      const i = sim.nodeIndex.get(a.node) ?? 0;
      // It may have acknowledged a heartbeat just before crashing: it waits out one minimum election timeout before
      // granting votes, as if it had just heard from the leader, so a lease it helped grant still holds.
      raftOf(st, i).heardLeaderAt = localNow(sim, i);
      resetElectionDeadline(sim, st, i);
      armElectionTimer(sim, st, i);
      return accepted;
    }
    case "promote": {
      const i = sim.nodeIndex.get(a.node) ?? 0;
      const s = nodeOf(sim, i);
      if (s.status !== "up") return refused(`${a.node} is ${s.status}`);
      if (s.role === "leader") return refused(`${a.node} already leads term ${s.epoch}`);
      if (!membersOf(sim, st, i).includes(i)) return refused(`${a.node} is not a voting member`);
      startElection(sim, st, i, onLeader);
      return accepted;
    }
    case "set-fencing":
      return refused("Raft has no fencing switch: terms fence every leader");
    case "set-mode":
      return refused("Raft always waits for a majority: there is no replication mode to set");
    case "set-lag":
    case "resume":
      return accepted;
    default: {
      const never: never = a;
      return never;
    }
  }
}

function nodeView(sim: Sim, st: RaftState, i: number): ProtocolNodeView {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  const parts: string[] = [];
  if (r.votedFor >= 0) parts.push(`voted ${nodeName(sim, r.votedFor)} in term ${s.epoch}`);
  if (!membersOf(sim, st, i).includes(i)) parts.push("not a member");
  if (s.clockRate !== 1) parts.push(`clock ${describeDrift(s.clockRate - 1)}`);
  const now = localNow(sim, i);
  let timer: ProtocolNodeView["timer"];
  if (s.status !== "crashed" && s.role !== "leader")
    timer = {
      label: "election timer",
      leftMs: Math.max(0, r.electionDeadline - now),
      totalMs: st.params.electionMaxMs,
    };
  else if (s.status !== "crashed" && st.params.readMode === "lease")
    timer = { label: "lease", leftMs: Math.max(0, r.leaseUntil - now), totalMs: st.leaseMs };
  return {
    role: s.role,
    position: `term ${s.epoch} · commit ${r.commitIndex}/${lastIndexOf(sim, i)}`,
    ...(parts.length > 0 ? { note: parts.join(", ") } : {}),
    ...(timer ? { timer } : {}),
  };
}

/** Raft; its whole state is a `RaftState`. */
export const raftProtocol: Protocol<"read" | "write", Msg, Timer, RaftState> = {
  name: "raft",
  majorityCommit: true,
  ops: ["read", "write"],
  init: initRaftState,
  start(sim, st): void {
    for (const s of sim.nodes) {
      s.role = "follower";
      restartElectionTimer(sim, st, s.index);
    }
    scheduleReconfigure(sim, st);
  },
  onClientRequest: (sim, st, i, op) => clientOp(sim, st, i, op, false),
  onMessage(sim, st, env): void {
    const m = env.body;
    switch (m.kind) {
      case "raft-client":
        clientOp(sim, st, env.to, m.op, true);
        return;
      case "raft-append":
      case "raft-append-resp":
        onReplicationMessage(sim, st, env.to, env.from, m, after);
        return;
      case "raft-prevote":
      case "raft-prevote-resp":
      case "raft-vote":
      case "raft-vote-resp":
        onElectionMessage(sim, st, env.to, env.from, m, onLeader);
        return;
      default: {
        const never: never = m;
        return never;
      }
    }
  },
  onTimer(sim, st, i, t): void {
    switch (t.kind) {
      case "raft-election":
        onElectionTimer(sim, st, i, onLeader);
        return;
      case "raft-heartbeat":
        onHeartbeat(sim, st, i, after);
        return;
      case "raft-disk":
        onDiskTimer(sim, i, t);
        return;
      case "raft-reconfig":
        onReconfigureTimer(sim, st);
        return;
      default: {
        const never: never = t;
        return never;
      }
    }
  },
  onAction,
  onSetting: onRaftSetting,
  routeToLeader(sim, st, home, f): number {
    if (f === "read" && st.params.readMode === "follower") return home;
    const s = nodeOf(sim, home);
    return s.role === "leader" ? home : s.leader >= 0 ? s.leader : home;
  },
  settled(sim, st): boolean {
    const l = currentLeader(sim);
    if (l < 0) return false;
    const last = lastIndexOf(sim, l);
    if (raftOf(st, l).commitIndex !== last) return false;
    for (const j of membersOf(sim, st, l)) {
      const s = nodeOf(sim, j);
      if (j === l || s.status !== "up" || isCut(sim, l, j) || isCut(sim, j, l)) continue;
      if (s.log.length !== last || raftOf(st, j).commitIndex !== last) return false;
    }
    return true;
  },
  authoritativeNode: (sim) => currentLeader(sim),
  nodeView,
  counters: (_sim, st) => ({
    elections: st.elections,
    leadersElected: st.leadersElected,
    withheldCommits: st.withheldCommits,
    appliedOverwritten: st.appliedOverwritten,
  }),
};
