/**
 * Raft leader election (Raft §5.2, §5.4.1; Ongaro's thesis §9.6 for pre-vote,
 * §4.2.3 for ignoring disruptive vote requests). Every handler is a function
 * of the simulation, the plain-data `RaftState` and a node.
 */
import { epoch as toEpoch } from "../ids";
import { localNow, nodeName, send, setTimer } from "../kernel";
import type { Sim } from "../sim-state";
import { atLeastAsUpToDate, logPosition, type LogPosition } from "./single-leader-log-position";
import {
  becomeFollower,
  heardLeaderRecently,
  log,
  majorityOf,
  membersOf,
  nodeOf,
  raftOf,
  resetElectionDeadline,
  stickyLeader,
  termOf,
  type RaftState,
} from "./raft-state";

export type RaftElectionMsg =
  | { readonly kind: "raft-prevote"; readonly term: number; readonly last: LogPosition }
  | { readonly kind: "raft-prevote-resp"; readonly term: number; readonly granted: boolean }
  | { readonly kind: "raft-vote"; readonly term: number; readonly last: LogPosition }
  | { readonly kind: "raft-vote-resp"; readonly term: number; readonly granted: boolean };

export type RaftElectionTimer = { readonly kind: "raft-election" };

const sendMsg = (sim: Sim, from: number, to: number, m: RaftElectionMsg): void => send(sim, from, to, m);

/** Leader setup the election hands to replication (kept as a parameter so the modules do not import each other). */
export type OnLeader = (sim: Sim, st: RaftState, i: number) => void;

/** Arms the node's election timer if none is outstanding; it fires at the deadline on the node's own clock. */
export function armElectionTimer(sim: Sim, st: RaftState, i: number): void {
  const r = raftOf(st, i);
  if (r.electionArmed) return;
  r.electionArmed = true;
  setTimer(
    sim,
    i,
    Math.max(0, r.electionDeadline - localNow(sim, i)),
    { kind: "raft-election" } satisfies RaftElectionTimer,
    true,
  );
}

/** Pushes the deadline out by a fresh random timeout (a heartbeat arrived, or the node voted). */
export function restartElectionTimer(sim: Sim, st: RaftState, i: number): void {
  resetElectionDeadline(sim, st, i);
  armElectionTimer(sim, st, i);
}

/**
 * The election timer fired. Keeps: a leader or a non-member never campaigns; an early fire (deadline moved) re-arms.
 */
export function onElectionTimer(sim: Sim, st: RaftState, i: number, onLeader: OnLeader): void {
  const r = raftOf(st, i);
  r.electionArmed = false;
  const s = nodeOf(sim, i);
  if (s.role === "leader") return;
  if (localNow(sim, i) < r.electionDeadline - 1e-9) {
    armElectionTimer(sim, st, i);
    return;
  }
  restartElectionTimer(sim, st, i);
  if (!membersOf(sim, st, i).includes(i)) return;
  if (st.params.preVote) {
    s.role = "pre-candidate";
    r.votes = [i];
    log(sim, i, () => ({
      source: "raft",
      type: "election-timeout",
      kind: "role",
      term: termOf(sim, i) + 1,
      preVote: true,
    }));
    if (!maybeWinPreVote(sim, st, i, onLeader))
      broadcast(sim, st, i, { kind: "raft-prevote", term: termOf(sim, i) + 1, last: logPosition(s) });
    return;
  }
  log(sim, i, () => ({
    source: "raft",
    type: "election-timeout",
    kind: "role",
    term: termOf(sim, i) + 1,
    preVote: false,
  }));
  startElection(sim, st, i, onLeader);
}

function broadcast(sim: Sim, st: RaftState, i: number, m: RaftElectionMsg): void {
  for (const j of membersOf(sim, st, i)) if (j !== i) sendMsg(sim, i, j, m);
}

/**
 * Runs for the next term: votes for itself and asks every member. Also the `promote` action (like Raft's TimeoutNow).
 */
export function startElection(sim: Sim, st: RaftState, i: number, onLeader: OnLeader): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  s.epoch = toEpoch(s.epoch + 1);
  s.role = "candidate";
  s.leader = -1;
  r.votedFor = i;
  r.votes = [i];
  st.elections++;
  restartElectionTimer(sim, st, i);
  if (!maybeWin(sim, st, i, onLeader))
    broadcast(sim, st, i, { kind: "raft-vote", term: s.epoch, last: logPosition(s) });
}

function maybeWinPreVote(sim: Sim, st: RaftState, i: number, onLeader: OnLeader): boolean {
  const r = raftOf(st, i);
  if (r.votes.length < majorityOf(membersOf(sim, st, i))) return false;
  log(sim, i, () => ({
    source: "raft",
    type: "pre-vote-won",
    kind: "role",
    term: termOf(sim, i) + 1,
    voters: r.votes.map((j) => nodeName(sim, j)),
  }));
  startElection(sim, st, i, onLeader);
  return true;
}

function maybeWin(sim: Sim, st: RaftState, i: number, onLeader: OnLeader): boolean {
  const r = raftOf(st, i);
  if (r.votes.length < majorityOf(membersOf(sim, st, i))) return false;
  const s = nodeOf(sim, i);
  s.role = "leader";
  s.leader = i;
  st.leadersElected++;
  log(sim, i, () => ({
    source: "raft",
    type: "leader-elected",
    kind: "role",
    term: s.epoch,
    voters: r.votes.map((j) => nodeName(sim, j)),
  }));
  onLeader(sim, st, i);
  return true;
}

/**
 * Handles the election messages. Keeps: at most one vote per term per node, only for a log at least as up to date
 * (§5.4.1).
 */
export function onElectionMessage(
  sim: Sim,
  st: RaftState,
  i: number,
  from: number,
  m: RaftElectionMsg,
  onLeader: OnLeader,
): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  switch (m.kind) {
    case "raft-prevote": {
      // A pre-vote changes nothing on the voter: it only says whether it would vote.
      const granted = m.term > s.epoch && atLeastAsUpToDate(m.last, logPosition(s)) && !heardLeaderRecently(sim, st, i);
      sendMsg(sim, i, from, { kind: "raft-prevote-resp", term: m.term, granted });
      return;
    }
    case "raft-prevote-resp":
      if (s.role !== "pre-candidate" || m.term !== s.epoch + 1 || !m.granted || r.votes.includes(from)) return;
      r.votes.push(from);
      maybeWinPreVote(sim, st, i, onLeader);
      return;
    case "raft-vote": {
      if (m.term > s.epoch && stickyLeader(st) && heardLeaderRecently(sim, st, i)) {
        log(sim, i, () => ({
          source: "raft",
          type: "vote-ignored",
          kind: "reject",
          candidate: nodeName(sim, from),
          term: m.term,
        }));
        return;
      }
      if (m.term > s.epoch) becomeFollower(sim, st, i, m.term, "higher-term");
      const granted =
        m.term === s.epoch && (r.votedFor === -1 || r.votedFor === from) && atLeastAsUpToDate(m.last, logPosition(s));
      if (granted) {
        r.votedFor = from;
        restartElectionTimer(sim, st, i);
      }
      sendMsg(sim, i, from, { kind: "raft-vote-resp", term: s.epoch, granted });
      return;
    }
    case "raft-vote-resp":
      if (m.term > s.epoch) {
        becomeFollower(sim, st, i, m.term, "higher-term");
        return;
      }
      if (s.role !== "candidate" || m.term !== s.epoch || !m.granted || r.votes.includes(from)) return;
      r.votes.push(from);
      maybeWin(sim, st, i, onLeader);
      return;
    default: {
      const never: never = m;
      return never;
    }
  }
}
