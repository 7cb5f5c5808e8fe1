/**
 * Single-leader log replication and acknowledgement, leader and replica side
 * (described in the header of `single-leader.ts`). The leader pipelines each
 * write to the replicas whose stream is caught up, resends from a replica's
 * hint at most `MAX_BATCH` entries a message, renews its lease from heartbeat
 * acks and answers waiting clients in log order as the replication mode
 * allows. A replica accepts entries only where the previous one matches,
 * discards a divergent suffix and applies after its apply lag. The epoch rule
 * that gates every message is in `single-leader-election.ts`.
 */
import { lsn as toLsn } from "../ids";
import type { Value } from "../history";
import {
  applyUpTo,
  entryEpochAt,
  isNoOp,
  localNow,
  NO_OP,
  nodeName,
  record,
  reply,
  send,
  setTimer,
  truncateFrom,
} from "../kernel";
import type { LogEntry, NodeState, PendingOp, Sim } from "../sim-state";
import type { SingleLeaderEvent } from "./single-leader-events";
import type { SingleLeaderState } from "./single-leader";

export type ReplicationMsg =
  | {
      readonly kind: "append";
      readonly epoch: number;
      readonly prevLsn: number;
      readonly prevEpoch: number;
      readonly entries: readonly LogEntry[];
      readonly leaderLast: number;
    }
  | { readonly kind: "append-nack"; readonly epoch: number; readonly hint: number }
  | { readonly kind: "ack"; readonly epoch: number; readonly received: number; readonly applied: number }
  | {
      readonly kind: "heartbeat";
      readonly epoch: number;
      readonly round: number;
      readonly lastLsn: number;
      readonly lastEpoch: number;
    }
  | {
      readonly kind: "heartbeat-ack";
      readonly epoch: number;
      readonly round: number;
      readonly matched: boolean;
      readonly hint: number;
      readonly received: number;
      readonly applied: number;
    };

export type ReplicationTimer =
  | { readonly kind: "heartbeat"; readonly gen: number }
  | { readonly kind: "apply"; readonly upTo: number }
  | { readonly kind: "semi-sync-timeout"; readonly lsn: number; readonly gen: number };

type Of<K extends ReplicationMsg["kind"]> = Extract<ReplicationMsg, { kind: K }>;

/** Volatile bookkeeping a leader keeps about its replicas; rebuilt on promotion or restart. */
export interface LeaderSide {
  readonly gen: number;
  readonly nextLsn: number[];
  readonly matchLsn: number[];
  readonly appliedAck: number[];
  readonly ackedRound: number[];
  round: number;
  readonly roundSentAt: number[];
  leaseUntil: number;
  readonly writableAt: number;
  /** The first LSN this side appended: entries before it were inherited, not acknowledged by it. */
  readonly firstLsn: number;
  /** The highest LSN whose client write this side acknowledged (acknowledgements go out in log order). */
  ackedLsn: number;
  semiSyncOn: boolean;
  readonly waiting: Array<{ readonly lsn: number; readonly op: PendingOp }>;
  waitHead: number;
}

const MAX_BATCH = 1000;
/** Writes named in an unreplicated-tail event; a lease bounds the tail, so longer ones are rare. */

export interface SingleLeaderReplication {
  /** A fresh leader side for node i, writable from `writableAt` with a lease counted from `leaseFrom` (local clock). */
  newSide(node: number, writableAt: number, leaseFrom: number): LeaderSide;
  /** Sends one heartbeat round and schedules the next. */
  heartbeat(node: number, side: LeaderSide): void;
  /** The leader's lease holds on its own clock. */
  leaseValid(node: number, side: LeaderSide): boolean;
  /** The leader stops waiting: its pending acknowledgements become indeterminate. */
  abandon(node: number, side: LeaderSide): void;
  /**
   * Logs the writes a leader acknowledged but never saw stored on a majority,
   * as it loses its leadership (`what`: "steps down", "crashes"). A later
   * leader elected without them discards them: under fencing this is the only
   * way an acknowledged write is lost.
   */
  reportUnreplicatedTail(node: number, side: LeaderSide, what: string): void;
  write(node: number, op: PendingOp, value: Value): void;
  /**
   * A newly elected leader's first entry, empty and of its own epoch (Raft §8):
   * any older entries it then copies to a replica arrive with this one after
   * them, so a replica never holds them without an entry of the newer epoch,
   * and the election restriction protects them from a candidate of an
   * epoch in between.
   */
  appendNoOp(node: number, side: LeaderSide): void;
  /** Acknowledges what the current mode now allows, everywhere (after the mode changed). */
  modeChanged(): void;
  scheduleApply(node: number): void;
  onAppend(node: number, from: number, m: Of<"append">): void;
  onHeartbeat(node: number, from: number, m: Of<"heartbeat">): void;
  onAppendNack(node: number, from: number, m: Of<"append-nack">): void;
  onAck(node: number, from: number, received: number, applied: number): void;
  onHeartbeatAck(node: number, from: number, m: Of<"heartbeat-ack">): void;
  onTimer(node: number, t: ReplicationTimer): void;
}

export function createSingleLeaderReplication(sim: Sim, st: SingleLeaderState): SingleLeaderReplication {
  const { n, majority, leaseMs, hbMs, sides } = st;
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (i: number, make: () => SingleLeaderEvent): void => {
    if (sim.logEnabled) record(sim, i, make());
  };
  const cfg = sim.scenario;
  const sendMsg = (from: number, to: number, m: ReplicationMsg): void => send(sim, from, to, m);
  const setT = (i: number, delay: number, t: ReplicationTimer, periodic = false): void =>
    setTimer(sim, i, delay, t, periodic);
  const syncNeeded = (): number =>
    cfg.replication.syncReplicas === "all" ? n - 1 : Math.min(cfg.replication.syncReplicas, n - 1);

  function newSide(i: number, writableAt: number, leaseFrom: number): LeaderSide {
    const last = node(i).log.length;
    return {
      gen: ++st.gen,
      nextLsn: new Array<number>(n).fill(last + 1),
      matchLsn: new Array<number>(n).fill(0),
      appliedAck: new Array<number>(n).fill(0),
      ackedRound: new Array<number>(n).fill(-1),
      round: 0,
      roundSentAt: [leaseFrom],
      leaseUntil: n === 1 ? Infinity : leaseFrom + leaseMs,
      writableAt,
      firstLsn: last + 1,
      ackedLsn: 0,
      semiSyncOn: true,
      waiting: [],
      waitHead: 0,
    };
  }

  // ── leader side ──────────────────────────────────────────────────────────

  function heartbeat(i: number, side: LeaderSide): void {
    const s = node(i);
    side.round++;
    side.roundSentAt.push(localNow(sim, i));
    const last = s.log.length;
    const body: ReplicationMsg = {
      kind: "heartbeat",
      epoch: s.epoch,
      round: side.round,
      lastLsn: last,
      lastEpoch: entryEpochAt(s, last),
    };
    for (let r = 0; r < n; r++) if (r !== i) send(sim, i, r, body);
    setT(i, hbMs, { kind: "heartbeat", gen: side.gen }, true);
  }

  function leaseValid(i: number, side: LeaderSide): boolean {
    return localNow(sim, i) < side.leaseUntil;
  }

  function renewLease(side: LeaderSide, self: number): void {
    // The highest round a majority (counting the leader) has acknowledged.
    const rounds: number[] = [];
    for (let r = 0; r < n; r++) if (r !== self) rounds.push(side.ackedRound[r] as number);
    rounds.sort((a, b) => b - a);
    const q = rounds[majority - 2];
    if (q === undefined || q < 0) return;
    const until = (side.roundSentAt[q] as number) + leaseMs;
    if (until > side.leaseUntil) side.leaseUntil = until;
  }

  function satisfied(side: LeaderSide, lsnToCheck: number): boolean {
    const mode = st.mode;
    if (mode === "async") return true;
    let count = 0;
    if (mode === "semi-sync") {
      if (!side.semiSyncOn) return true;
      for (let r = 0; r < n; r++) if ((side.matchLsn[r] as number) >= lsnToCheck) count++;
      return count >= cfg.replication.semiSyncWaitCount;
    }
    for (let r = 0; r < n; r++) if ((side.appliedAck[r] as number) >= lsnToCheck) count++;
    return count >= syncNeeded();
  }

  function flushWaiting(i: number, side: LeaderSide, force: boolean): void {
    const w = side.waiting;
    while (side.waitHead < w.length) {
      const head = w[side.waitHead] as { lsn: number; op: PendingOp };
      if (!force && !satisfied(side, head.lsn)) break;
      side.waitHead++;
      side.ackedLsn = head.lsn;
      reply(sim, i, head.op, "ok");
    }
    if (side.waitHead === w.length) {
      w.length = 0;
      side.waitHead = 0;
    }
  }

  function sendCatchUp(i: number, r: number, side: LeaderSide, hint: number): void {
    const s = node(i);
    const last = s.log.length;
    const from = Math.max(0, Math.min(hint, last));
    const end = Math.min(last, from + MAX_BATCH);
    const body: ReplicationMsg = {
      kind: "append",
      epoch: s.epoch,
      prevLsn: from,
      prevEpoch: entryEpochAt(s, from),
      entries: s.log.slice(from, end),
      leaderLast: last,
    };
    side.nextLsn[r] = end + 1;
    send(sim, i, r, body);
  }

  function write(i: number, op: PendingOp, value: Value): void {
    const s = node(i);
    const side = sides[i];
    if (s.role !== "leader" || !side) {
      reply(
        sim,
        i,
        op,
        "fail",
        undefined,
        `${s.id} is not the leader${s.leader >= 0 ? ` (leader is ${nodeName(sim, s.leader)})` : ""}`,
      );
      return;
    }
    if (st.fencing) {
      const t = localNow(sim, i);
      if (t < side.writableAt) {
        reply(sim, i, op, "fail", undefined, `new leader is waiting out the old leader's lease`);
        return;
      }
      if (!leaseValid(i, side)) {
        log(i, () => ({ source: "single-leader", type: "lease-expired", kind: "lease", epoch: s.epoch }));
        reply(sim, i, op, "fail", undefined, `fenced: lease expired, cannot prove epoch ${s.epoch} is current`);
        return;
      }
    }
    const at = s.log.length + 1;
    appendAndPipeline(i, side, { lsn: toLsn(at), epoch: s.epoch, key: op.key, value, opId: op.id, at: sim.now });
    if (satisfied(side, at) && side.waitHead === side.waiting.length) {
      side.ackedLsn = at;
      reply(sim, i, op, "ok");
      return;
    }
    side.waiting.push({ lsn: at, op });
    if (st.mode === "semi-sync")
      setT(i, cfg.replication.semiSyncTimeoutMs, { kind: "semi-sync-timeout", lsn: at, gen: side.gen });
  }

  /**
   * Appends `e` to the leader's own log (applied at once) and pipelines it to every replica whose stream is caught up.
   */
  function appendAndPipeline(i: number, side: LeaderSide, e: LogEntry): void {
    const s = node(i);
    const at = e.lsn as number;
    s.log.push(e);
    if (!isNoOp(e)) s.kv.set(e.key, e);
    s.appliedLsn = at;
    const body: ReplicationMsg = {
      kind: "append",
      epoch: s.epoch,
      prevLsn: at - 1,
      prevEpoch: entryEpochAt(s, at - 1),
      entries: [e],
      leaderLast: at,
    };
    for (let r = 0; r < n; r++) {
      if (r === i || side.nextLsn[r] !== at) continue;
      side.nextLsn[r] = at + 1;
      send(sim, i, r, body);
    }
  }

  function appendNoOp(i: number, side: LeaderSide): void {
    const s = node(i);
    if (s.role !== "leader" || sides[i] !== side) return;
    appendAndPipeline(i, side, {
      lsn: toLsn(s.log.length + 1),
      epoch: s.epoch,
      key: "",
      value: null,
      opId: NO_OP,
      at: sim.now,
    });
    log(i, () => ({ source: "single-leader", type: "opens-epoch", kind: "repl", epoch: s.epoch, lsn: s.log.length }));
  }

  function onAck(i: number, from: number, received: number, applied: number): void {
    const side = sides[i];
    if (!side) return;
    if (received > (side.matchLsn[from] as number)) side.matchLsn[from] = received;
    if (applied > (side.appliedAck[from] as number)) side.appliedAck[from] = applied;
    if (st.mode === "semi-sync" && !side.semiSyncOn && received >= node(i).log.length) {
      side.semiSyncOn = true;
      log(i, () => ({ source: "single-leader", type: "semi-sync-back", kind: "mode", replica: nodeName(sim, from) }));
    }
    if (side.waitHead < side.waiting.length) flushWaiting(i, side, false);
  }

  /** The highest LSN the leader knows a majority (counting itself) has stored. */
  function majorityStored(i: number, side: LeaderSide): number {
    const stored = [node(i).log.length];
    for (let r = 0; r < n; r++) if (r !== i) stored.push(side.matchLsn[r] as number);
    stored.sort((a, b) => b - a);
    return stored[majority - 1] ?? 0;
  }

  function reportUnreplicatedTail(i: number, side: LeaderSide, what: string): void {
    const s = node(i);
    const from = Math.max(majorityStored(i, side), side.firstLsn - 1) + 1;
    const to = side.ackedLsn;
    if (to < from) return;
    log(i, () => {
      const writes = s.log.slice(from - 1, to).flatMap((x) => (isNoOp(x) ? [] : [{ key: x.key, value: x.value }]));
      const holders = [
        i,
        ...Array.from({ length: n }, (_, r) => r).filter((r) => r !== i && (side.matchLsn[r] as number) >= from),
      ].map((r) => nodeName(sim, r));
      return {
        source: "single-leader",
        type: "unreplicated-tail",
        kind: "repl",
        what,
        fromLsn: from,
        toLsn: to,
        writes,
        mode: st.mode,
        holders,
        majority,
        n,
      };
    });
  }

  // ── replica side ─────────────────────────────────────────────────────────

  /** Where a replica's log first disagrees with a leader claiming `(at, e)`: resend from the returned LSN + 1. */
  function conflictHint(s: NodeState, at: number): number {
    if (at > s.log.length) return s.log.length;
    const bad = entryEpochAt(s, at);
    let k = at;
    while (k > 1 && entryEpochAt(s, k - 1) === bad) k--;
    return k - 1;
  }

  function scheduleApply(i: number): void {
    const s = node(i);
    if (s.appliedLsn >= s.log.length) return;
    if (s.applyLagMs <= 0) applyUpTo(s, s.log.length);
    else setT(i, s.applyLagMs, { kind: "apply", upTo: s.log.length });
  }

  function discard(i: number, fromLsn: number, why: string): void {
    const s = node(i);
    const removed = truncateFrom(s, fromLsn);
    const writes = removed.filter((x) => !isNoOp(x));
    if (removed.length > 0)
      log(i, () => ({
        source: "single-leader",
        type: "discards-suffix",
        kind: "repl",
        fromLsn,
        toLsn: fromLsn + removed.length - 1,
        writes: writes.map((x) => ({ key: x.key, value: x.value })),
        why,
      }));
  }

  function onAppend(i: number, from: number, m: Of<"append">): void {
    const s = node(i);
    if (m.prevLsn > s.log.length || entryEpochAt(s, m.prevLsn) !== m.prevEpoch) {
      sendMsg(i, from, { kind: "append-nack", epoch: s.epoch, hint: conflictHint(s, m.prevLsn) });
      return;
    }
    let at = m.prevLsn;
    for (const e of m.entries) {
      at++;
      if (at <= s.log.length) {
        if ((s.log[at - 1] as LogEntry).epoch === e.epoch) continue;
        discard(i, at, `(conflicts with ${nodeName(sim, from)}'s epoch ${m.epoch} log)`);
      }
      s.log.push(e);
    }
    if (at === m.leaderLast && s.log.length > at && (s.log[at] as LogEntry).epoch !== m.epoch)
      discard(i, at + 1, `(beyond ${nodeName(sim, from)}'s log)`);
    scheduleApply(i);
    if (st.mode !== "async")
      sendMsg(i, from, { kind: "ack", epoch: s.epoch, received: s.log.length, applied: s.appliedLsn });
  }

  function onHeartbeat(i: number, from: number, m: Of<"heartbeat">): void {
    const s = node(i);
    let matched = m.lastLsn <= s.log.length && entryEpochAt(s, m.lastLsn) === m.lastEpoch;
    if (matched && s.log.length > m.lastLsn && (s.log[m.lastLsn] as LogEntry).epoch !== m.epoch)
      discard(i, m.lastLsn + 1, `(beyond ${nodeName(sim, from)}'s log)`);
    matched = matched && s.log.length >= m.lastLsn;
    const hint = matched ? s.log.length : conflictHint(s, m.lastLsn);
    sendMsg(i, from, {
      kind: "heartbeat-ack",
      epoch: s.epoch,
      round: m.round,
      matched,
      hint,
      received: matched ? s.log.length : 0,
      applied: matched ? s.appliedLsn : 0,
    });
  }

  return {
    newSide,
    heartbeat,
    leaseValid,
    reportUnreplicatedTail,
    abandon(i, side): void {
      for (let k = side.waitHead; k < side.waiting.length; k++) {
        const w = side.waiting[k];
        if (w) reply(sim, i, w.op, "info", undefined, "leader stepped down before the write was confirmed");
      }
    },
    write,
    appendNoOp,
    modeChanged(): void {
      for (let i = 0; i < n; i++) {
        const side = sides[i];
        if (side) {
          side.semiSyncOn = true;
          flushWaiting(i, side, false);
        }
      }
    },
    scheduleApply,
    onAppend,
    onHeartbeat,
    onAppendNack(i, from, m): void {
      const side = sides[i];
      if (side) sendCatchUp(i, from, side, m.hint);
    },
    onAck,
    onHeartbeatAck(i, from, m): void {
      const s = node(i);
      const side = sides[i];
      if (!side || m.epoch < s.epoch) return;
      if (m.round > (side.ackedRound[from] as number)) side.ackedRound[from] = m.round;
      renewLease(side, i);
      if (m.matched) onAck(i, from, m.received, m.applied);
      else if (m.hint < s.log.length) sendCatchUp(i, from, side, m.hint);
    },
    onTimer(i, t): void {
      switch (t.kind) {
        case "heartbeat": {
          const side = sides[i];
          if (side && side.gen === t.gen && node(i).role === "leader") heartbeat(i, side);
          return;
        }
        case "apply": {
          const s = node(i);
          applyUpTo(s, t.upTo);
          if (st.mode === "sync" && s.leader >= 0 && s.leader !== i)
            sendMsg(i, s.leader, { kind: "ack", epoch: s.epoch, received: s.log.length, applied: s.appliedLsn });
          return;
        }
        case "semi-sync-timeout": {
          const side = sides[i];
          if (!side || side.gen !== t.gen || st.mode !== "semi-sync" || !side.semiSyncOn) return;
          const head = side.waiting[side.waitHead];
          if (!head || head.lsn > t.lsn) return;
          side.semiSyncOn = false;
          log(i, () => ({
            source: "single-leader",
            type: "semi-sync-timeout",
            kind: "mode",
            timeoutMs: cfg.replication.semiSyncTimeoutMs,
            lsn: t.lsn,
          }));
          flushWaiting(i, side, true);
          return;
        }
        default: {
          const never: never = t;
          return never;
        }
      }
    },
  };
}
