/**
 * The four ways a Raft node answers a read (Ongaro's thesis §6.4):
 *   log         the read is an empty entry in the log; the leader answers when it commits
 *   read-index  the leader notes its commit index, confirms it still leads with a heartbeat
 *               round a majority acknowledges, then answers once that index is applied
 *   lease       the leader answers alone while a majority acknowledged one of its heartbeats
 *               less than `leaseMs` ago on its own clock (its followers will not elect anyone
 *               before an election timeout on theirs); safe only while clock drift stays
 *               within the margin between the two; otherwise it falls back to read-index
 *   follower    any node answers from what it has applied: fast, and stale
 * Every mode but `follower` first waits for the leader to commit an entry of its own term,
 * so its commit index covers everything committed before it led (§8).
 */
import { localNow, NO_OP, reply } from "../kernel";
import type { PendingOp, Sim } from "../sim-state";
import { appendLocal, replicate } from "./raft-replication";
import { kthLargest, log, majorityOf, membersOf, nodeOf, raftOf, termAt, type RaftState } from "./raft-state";

const committedInTerm = (sim: Sim, st: RaftState, i: number): boolean => {
  const c = raftOf(st, i).commitIndex;
  return c > 0 && termAt(sim, i, c) === nodeOf(sim, i).epoch;
};

function answer(sim: Sim, st: RaftState, i: number, op: PendingOp, index: number, leaseLeftMs: number | null): void {
  log(sim, i, () => ({
    source: "raft",
    type: "read-served",
    kind: "op",
    mode: st.params.readMode,
    index,
    leaseLeftMs,
    opId: op.id,
    drift: nodeOf(sim, i).clockRate - 1,
  }));
  reply(sim, i, op, "ok", nodeOf(sim, i).kv.get(op.key)?.value ?? null);
}

/** A follower read: the node's applied state, whatever its role. */
export function followerRead(sim: Sim, st: RaftState, i: number, op: PendingOp): void {
  answer(sim, st, i, op, nodeOf(sim, i).appliedLsn, null);
}

/** A read reached the leader `i`. */
export function leaderRead(sim: Sim, st: RaftState, i: number, op: PendingOp): void {
  const r = raftOf(st, i);
  const s = nodeOf(sim, i);
  switch (st.params.readMode) {
    case "log":
    case "follower": {
      const index = appendLocal(sim, st, i, op.key, null, NO_OP);
      r.pending.push({ index, term: s.epoch, op });
      replicate(sim, st, i, false);
      return;
    }
    case "lease":
      if (committedInTerm(sim, st, i) && localNow(sim, i) < r.leaseUntil) {
        answer(sim, st, i, op, r.commitIndex, r.leaseUntil - localNow(sim, i));
        return;
      }
      break;
    case "read-index":
      break;
    default: {
      const never: never = st.params.readMode;
      return never;
    }
  }
  r.reads.push({ op, readIndex: committedInTerm(sim, st, i) ? r.commitIndex : -1, round: r.round + 1 });
  replicate(sim, st, i, true);
  serveReads(sim, st, i);
}

/**
 * After the leader's commit index or acknowledged rounds moved: renews its
 * lease and answers the ReadIndex reads whose round a majority confirmed.
 * Keeps: a read answers only with its read index applied and leadership
 * confirmed by a round sent after the read arrived.
 */
export function serveReads(sim: Sim, st: RaftState, i: number): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  if (s.role !== "leader") return;
  const members = membersOf(sim, st, i);
  const k = majorityOf(members);
  const now = localNow(sim, i);
  const sentAt = kthLargest(
    members.map((j) => (j === i ? now : (r.ackedSentAt[j] as number))),
    k,
  );
  if (sentAt + st.leaseMs > r.leaseUntil) r.leaseUntil = sentAt + st.leaseMs;
  if (r.reads.length === 0) return;
  const confirmed = kthLargest(
    members.map((j) => (j === i ? r.round : (r.ackedRound[j] as number))),
    k,
  );
  const inTerm = committedInTerm(sim, st, i);
  const waiting = r.reads;
  r.reads = [];
  for (const rd of waiting) {
    if (rd.readIndex < 0 && inTerm) rd.readIndex = r.commitIndex;
    if (rd.readIndex >= 0 && rd.round <= confirmed && s.appliedLsn >= rd.readIndex)
      answer(sim, st, i, rd.op, rd.readIndex, null);
    else r.reads.push(rd);
  }
}
