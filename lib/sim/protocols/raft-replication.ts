/**
 * Raft log replication (Raft §5.3, §5.4.2): AppendEntries with the
 * log-matching check and conflict truncation, the commit index advanced only
 * over entries of the leader's own term (Figure 8; a parameter turns the rule
 * off to show the loss it prevents), apply on commit, and heartbeat rounds,
 * whose acknowledgements also carry the leader's lease and ReadIndex
 * confirmations. A slow disk (the core's per-node lag) delays a follower's
 * acknowledgement: the entry counts only once it is durable.
 */
import { epoch as toEpoch, lsn as toLsn } from "../ids";
import { applyUpTo, localNow, nodeName, NO_OP, reply, send, setTimer, truncateFrom } from "../kernel";
import type { Value } from "../history";
import type { LogEntry, Sim } from "../sim-state";
import {
  becomeFollower,
  kthLargest,
  lastIndexOf,
  log,
  majorityOf,
  membersOf,
  NEVER,
  nodeOf,
  noteConfig,
  raftOf,
  termAt,
  type RaftState,
} from "./raft-state";
import { restartElectionTimer } from "./raft-election";

interface AppendResp {
  readonly kind: "raft-append-resp";
  readonly term: number;
  readonly success: boolean;
  /** On success: the follower's log matches the leader's up to here. */
  readonly match: number;
  /** On failure: where the leader should resume sending. */
  readonly hint: number;
  readonly round: number;
  readonly sentAt: number;
}

export type RaftReplicationMsg =
  | {
      readonly kind: "raft-append";
      readonly term: number;
      readonly prevIndex: number;
      readonly prevTerm: number;
      readonly entries: readonly LogEntry[];
      readonly commit: number;
      readonly round: number;
      readonly sentAt: number;
    }
  | AppendResp;

export type RaftReplicationTimer =
  { readonly kind: "raft-heartbeat" } | { readonly kind: "raft-disk"; readonly to: number; readonly resp: AppendResp };

const sendMsg = (sim: Sim, from: number, to: number, m: RaftReplicationMsg): void => send(sim, from, to, m);
const diskTimer = (sim: Sim, i: number, delayMs: number, t: RaftReplicationTimer): void => setTimer(sim, i, delayMs, t);

/** Called after a node's commit index or confirmed heartbeat round moved (reads waiting on it may go). */
export type AfterProgress = (sim: Sim, st: RaftState, i: number) => void;

/** Entries per AppendEntries message. */
const BATCH = 64;

/** Appends an entry to the leader's log in its current term; returns its index. */
export function appendLocal(sim: Sim, st: RaftState, i: number, key: string, value: Value, opId: number): number {
  const s = nodeOf(sim, i);
  const index = s.log.length + 1;
  const e: LogEntry = { lsn: toLsn(index), epoch: toEpoch(s.epoch), key, value, opId, at: sim.now };
  s.log.push(e);
  noteConfig(sim, st, i, e);
  return index;
}

function sendAppend(sim: Sim, st: RaftState, i: number, j: number): void {
  const r = raftOf(st, i);
  const s = nodeOf(sim, i);
  const prev = Math.min((r.nextIndex[j] as number) - 1, s.log.length);
  const entries = s.log.slice(prev, prev + BATCH);
  sendMsg(sim, i, j, {
    kind: "raft-append",
    term: s.epoch,
    prevIndex: prev,
    prevTerm: termAt(sim, i, prev),
    entries,
    commit: r.commitIndex,
    round: r.round,
    sentAt: localNow(sim, i),
  });
  // Pipelined: the next message continues after these; a refusal moves it back.
  r.nextIndex[j] = prev + entries.length + 1;
}

/**
 * Sends what each member lacks (or a heartbeat). `newRound`: starts a heartbeat round that leases and ReadIndex wait
 * on.
 */
export function replicate(sim: Sim, st: RaftState, i: number, newRound: boolean): void {
  const r = raftOf(st, i);
  if (newRound) r.round++;
  for (const j of membersOf(sim, st, i)) if (j !== i) sendAppend(sim, st, i, j);
  advanceCommit(sim, st, i);
}

/**
 * A node just won an election: reset the leader's bookkeeping, open the term (§8 no-op) and send the first heartbeats.
 */
export function setUpLeader(sim: Sim, st: RaftState, i: number, after: AfterProgress): void {
  const r = raftOf(st, i);
  const last = lastIndexOf(sim, i);
  const now = localNow(sim, i);
  r.nextIndex.fill(last + 1);
  r.matchIndex.fill(0);
  r.ackedRound.fill(0);
  // No lease until a majority acknowledges a heartbeat of this term; check-quorum gives a new leader one timeout's
  // grace.
  r.ackedSentAt.fill(NEVER);
  r.lastAckAt.fill(now);
  r.round = 0;
  r.leaseUntil = NEVER;
  if (st.params.noOpOnElection) appendLocal(sim, st, i, "", null, NO_OP);
  replicate(sim, st, i, true);
  after(sim, st, i);
  if (!r.heartbeatArmed) {
    r.heartbeatArmed = true;
    setTimer(sim, i, st.params.heartbeatMs, { kind: "raft-heartbeat" } satisfies RaftReplicationTimer, true);
  }
}

/**
 * Heartbeat tick: a leader starts a round (and, with check-quorum, steps down if no majority answered for an election
 * timeout).
 */
export function onHeartbeat(sim: Sim, st: RaftState, i: number, after: AfterProgress): void {
  const r = raftOf(st, i);
  const s = nodeOf(sim, i);
  if (s.role !== "leader") {
    r.heartbeatArmed = false;
    return;
  }
  setTimer(sim, i, st.params.heartbeatMs, { kind: "raft-heartbeat" } satisfies RaftReplicationTimer, true);
  if (st.params.checkQuorum) {
    const members = membersOf(sim, st, i);
    const now = localNow(sim, i);
    const heard = kthLargest(
      members.map((j) => (j === i ? now : (r.lastAckAt[j] as number))),
      majorityOf(members),
    );
    if (now - heard > st.params.electionMinMs) {
      becomeFollower(sim, st, i, s.epoch, "check-quorum");
      r.heartbeatArmed = false;
      restartElectionTimer(sim, st, i);
      return;
    }
  }
  replicate(sim, st, i, true);
  after(sim, st, i);
}

/**
 * The follower side of AppendEntries. Keeps: after success the follower's log equals the leader's up to prevIndex +
 * entries.
 */
function onAppend(
  sim: Sim,
  st: RaftState,
  i: number,
  from: number,
  m: Extract<RaftReplicationMsg, { kind: "raft-append" }>,
  after: AfterProgress,
): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  const answer = (success: boolean, match: number, hint: number): void => {
    const resp: AppendResp = {
      kind: "raft-append-resp",
      term: s.epoch,
      success,
      match,
      hint,
      round: m.round,
      sentAt: m.sentAt,
    };
    if (success && s.applyLagMs > 0) diskTimer(sim, i, s.applyLagMs, { kind: "raft-disk", to: from, resp });
    else sendMsg(sim, i, from, resp);
  };
  if (m.term < s.epoch) return answer(false, 0, 0);
  if (m.term > s.epoch || s.role !== "follower") becomeFollower(sim, st, i, m.term, "higher-term");
  s.leader = from;
  r.heardLeaderAt = localNow(sim, i);
  restartElectionTimer(sim, st, i);
  if (m.prevIndex > s.log.length) return answer(false, 0, s.log.length + 1);
  if (termAt(sim, i, m.prevIndex) !== m.prevTerm) {
    // Skip back over the whole conflicting term in one round trip (§5.3's optimisation).
    const bad = termAt(sim, i, m.prevIndex);
    let k = m.prevIndex;
    while (k > 1 && termAt(sim, i, k - 1) === bad) k--;
    return answer(false, 0, Math.max(1, Math.min(k, r.commitIndex + 1)));
  }
  for (const e of m.entries) {
    if (e.lsn <= s.log.length) {
      if ((s.log[e.lsn - 1] as LogEntry).epoch === e.epoch) continue;
      repair(sim, st, i, from, e.lsn);
    }
    s.log.push(e);
    noteConfig(sim, st, i, e);
  }
  const lastNew = m.prevIndex + m.entries.length;
  if (m.commit > r.commitIndex) {
    r.commitIndex = Math.max(r.commitIndex, Math.min(m.commit, lastNew));
    applyCommitted(sim, st, i, after);
  }
  answer(true, lastNew, 0);
}

/** Discards the follower's entries from `fromIndex` on (they conflict with the leader's). */
function repair(sim: Sim, st: RaftState, i: number, leader: number, fromIndex: number): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  const appliedRemoved = Math.max(0, s.appliedLsn - fromIndex + 1);
  const removed = truncateFrom(s, fromIndex);
  noteConfig(sim, st, i, null);
  st.appliedOverwritten += appliedRemoved;
  if (r.commitIndex >= fromIndex) r.commitIndex = fromIndex - 1;
  log(sim, i, () => ({
    source: "raft",
    type: "log-repaired",
    kind: "repl",
    fromIndex,
    removed: removed.length,
    terms: [...new Set(removed.map((e) => e.epoch as number))],
    appliedRemoved,
    leader: nodeName(sim, leader),
  }));
}

function onAppendResp(sim: Sim, st: RaftState, i: number, from: number, m: AppendResp, after: AfterProgress): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  if (m.term > s.epoch) {
    becomeFollower(sim, st, i, m.term, "higher-term");
    restartElectionTimer(sim, st, i);
    return;
  }
  if (s.role !== "leader" || m.term !== s.epoch) return;
  r.lastAckAt[from] = localNow(sim, i);
  if (m.round > (r.ackedRound[from] as number)) r.ackedRound[from] = m.round;
  if (m.sentAt > (r.ackedSentAt[from] as number)) r.ackedSentAt[from] = m.sentAt;
  if (m.success) {
    if (m.match > (r.matchIndex[from] as number)) r.matchIndex[from] = m.match;
    if ((r.nextIndex[from] as number) <= m.match) r.nextIndex[from] = m.match + 1;
    advanceCommit(sim, st, i);
  } else {
    r.nextIndex[from] = Math.max((r.matchIndex[from] as number) + 1, m.hint);
    sendAppend(sim, st, i, from);
  }
  after(sim, st, i);
}

/**
 * Moves the leader's commit index to the highest entry a majority of members
 * holds. Keeps (with the rule on): only an entry of the current term is
 * counted; older ones commit with it (Raft §5.4.2, Figure 8).
 */
export function advanceCommit(sim: Sim, st: RaftState, i: number): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  if (s.role !== "leader") return;
  const members = membersOf(sim, st, i);
  const onMajority = kthLargest(
    members.map((j) => (j === i ? s.log.length : (r.matchIndex[j] as number))),
    majorityOf(members),
  );
  if (onMajority <= r.commitIndex) return;
  const entryTerm = termAt(sim, i, onMajority);
  if (st.params.currentTermCommitRule && entryTerm !== s.epoch) {
    if (onMajority > r.withheldIndex) {
      r.withheldIndex = onMajority;
      st.withheldCommits++;
      log(sim, i, () => ({
        source: "raft",
        type: "commit-withheld",
        kind: "repl",
        index: onMajority,
        entryTerm,
        term: s.epoch,
      }));
    }
    return;
  }
  r.commitIndex = onMajority;
  log(sim, i, () => ({ source: "raft", type: "commits", kind: "repl", index: onMajority, term: entryTerm }));
  applyCommitted(sim, st, i, () => undefined);
}

/**
 * Applies committed entries and answers the writes this node was waiting on: ok if the entry it appended is the one
 * committed.
 */
export function applyCommitted(sim: Sim, st: RaftState, i: number, after: AfterProgress): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  applyUpTo(s, r.commitIndex);
  if (r.pending.length > 0) {
    const waiting = r.pending;
    r.pending = [];
    for (const p of waiting) {
      if (p.index > r.commitIndex) r.pending.push(p);
      // Another entry took its place: the write never committed, and its client times out.
      else if (termAt(sim, i, p.index) === p.term)
        reply(sim, i, p.op, "ok", p.op.input.f === "read" ? (s.kv.get(p.op.key)?.value ?? null) : undefined);
    }
  }
  after(sim, st, i);
}

/** Handles replication messages and timers. */
export function onReplicationMessage(
  sim: Sim,
  st: RaftState,
  i: number,
  from: number,
  m: RaftReplicationMsg,
  after: AfterProgress,
): void {
  if (m.kind === "raft-append") onAppend(sim, st, i, from, m, after);
  else onAppendResp(sim, st, i, from, m, after);
}

export function onDiskTimer(sim: Sim, i: number, t: Extract<RaftReplicationTimer, { kind: "raft-disk" }>): void {
  sendMsg(sim, i, t.to, t.resp);
}
