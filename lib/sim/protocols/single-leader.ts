/**
 * Single-leader (master–replica) replication, modelled on MySQL binlog
 * replication managed by an Orchestrator-like failure detector.
 *
 * State machine per node:
 *   replica ──promote (fencing off)──────────────▶ leader
 *   replica ──promote (fencing on)──▶ candidate ──majority of promises──▶ leader (writable after one lease)
 *   leader/candidate ──sees a higher epoch (heartbeat, append, promise request, stale-epoch reply)──▶ replica
 *
 * Replication: the leader appends a client write to its log (LSN, epoch) and
 * pipelines it to every replica; a replica checks the previous entry matches
 * (LSN and epoch, as Raft does), stores the entry in its relay log, and applies
 * it after its apply lag. Heartbeats carry the leader's last LSN; a replica
 * that is behind or has diverged answers with a hint and the leader resends
 * from there. A rejoining old leader thus discards its divergent suffix: that
 * is how acknowledged writes are lost after split brain.
 *
 * Acknowledgement: async acks at once; semi-sync waits until `semiSyncWaitCount`
 * replicas have received the entry (relay log), falls back to async after
 * `semiSyncTimeoutMs` and returns when a replica catches up (MySQL's
 * rpl_semi_sync_master_timeout); sync waits until `syncReplicas` replicas have applied it.
 *
 * Fencing (our modelling choice, documented for the lessons): every node keeps
 * the highest epoch it has accepted and, with fencing on, rejects replication
 * and heartbeats from a lower epoch with a `stale-epoch` reply. Promotion with
 * fencing asks every node for a promise not to accept the old epoch and needs a
 * majority (the quorum-backed epoch store). For storage-level fencing even in
 * async mode, a leader only acknowledges while it holds a lease: a majority
 * acknowledged one of its heartbeats less than `leaseMs` ago (measured on its
 * own clock). A new leader starts taking writes only after waiting out one lease,
 * so the old leader has stopped acknowledging before the new one starts; with
 * a drifting clock that guarantee can break, which the lab can show. Writes the
 * old leader acknowledged before losing its lease and never replicated are
 * still lost under async: that is async's RPO, not split brain.
 */
import { accepted, refused, type ActionResult } from "../actions";
import type { Value } from "../history";
import { epoch as toEpoch, lsn as toLsn, type Epoch } from "../ids";
import { applyUpTo, entryEpochAt, localNow, nodeName, record, reply, send, setTimer, truncateFrom } from "../kernel";
import type { Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import { createFailureDetector } from "./failure-detector";
import { topologyFor } from "../scenario";
import type { Envelope, LogEntry, NodeState, PendingOp, Sim, TimerBody } from "../sim-state";

type Msg =
  | { readonly kind: "append"; readonly epoch: number; readonly prevLsn: number; readonly prevEpoch: number; readonly entries: readonly LogEntry[]; readonly leaderLast: number }
  | { readonly kind: "append-nack"; readonly epoch: number; readonly hint: number }
  | { readonly kind: "ack"; readonly epoch: number; readonly received: number; readonly applied: number }
  | { readonly kind: "heartbeat"; readonly epoch: number; readonly round: number; readonly lastLsn: number; readonly lastEpoch: number }
  | { readonly kind: "heartbeat-ack"; readonly epoch: number; readonly round: number; readonly matched: boolean; readonly hint: number; readonly received: number; readonly applied: number }
  | { readonly kind: "stale-epoch"; readonly epoch: number; readonly leader: number }
  | { readonly kind: "promise-request"; readonly epoch: number }
  | { readonly kind: "promise"; readonly epoch: number };

type Timer =
  | { readonly kind: "heartbeat"; readonly gen: number }
  | { readonly kind: "apply"; readonly upTo: number }
  | { readonly kind: "semi-sync-timeout"; readonly lsn: number; readonly gen: number }
  | { readonly kind: "promise-retry"; readonly epoch: number }
  | { readonly kind: "detector" };

/** Volatile bookkeeping a leader keeps about its replicas; rebuilt on promotion or restart. */
interface LeaderSide {
  readonly gen: number;
  readonly nextLsn: number[];
  readonly matchLsn: number[];
  readonly appliedAck: number[];
  readonly ackedRound: number[];
  round: number;
  readonly roundSentAt: number[];
  leaseUntil: number;
  readonly writableAt: number;
  semiSyncOn: boolean;
  readonly waiting: Array<{ readonly lsn: number; readonly op: PendingOp }>;
  waitHead: number;
}

interface Candidate {
  readonly epoch: number;
  readonly promises: Set<number>;
  readonly requestedAt: number;
}

const MAX_BATCH = 1000;

/** Creates the single-leader protocol for one simulation. All its state lives in this closure, per run. */
export function createSingleLeader(sim: Sim): Protocol {
  const n = sim.n;
  const cfg = sim.scenario;
  const majority = Math.floor(n / 2) + 1;
  let mode = cfg.replication.mode;
  let fencing = cfg.fencing.enabled;
  const leaseMs = cfg.fencing.leaseMs;
  const topo = topologyFor(cfg, "single-leader");
  const hbMs = topo.params.heartbeatMs;
  const sides: Array<LeaderSide | null> = new Array<LeaderSide | null>(n).fill(null);
  const candidates: Array<Candidate | null> = new Array<Candidate | null>(n).fill(null);
  let gen = 0;
  /** The epoch store's counter: every promotion takes the next value. */
  let maxEpoch = 0;
  const fd = cfg.failureDetector;
  const initialLeader = sim.nodeIndex.get(topo.leader) ?? 0;
  const detector = createFailureDetector(sim, fd.location !== undefined ? (sim.nodeIndex.get(fd.location) ?? 0) : initialLeader === 0 && n > 1 ? 1 : 0, fd.timeoutMs, initialLeader);

  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (kind: Parameters<typeof record>[1], i: number, text: () => string): void => {
    if (sim.logEnabled) record(sim, kind, i, text());
  };
  const sendMsg = (from: number, to: number, m: Msg): void => send(sim, from, to, m);
  const setT = (i: number, delay: number, t: Timer, periodic = false): void => setTimer(sim, i, delay, t, periodic);
  const syncNeeded = (): number => (cfg.replication.syncReplicas === "all" ? n - 1 : Math.min(cfg.replication.syncReplicas, n - 1));

  function newSide(i: number, writableAt: number, leaseFrom: number): LeaderSide {
    const last = node(i).log.length;
    return {
      gen: ++gen,
      nextLsn: new Array<number>(n).fill(last + 1),
      matchLsn: new Array<number>(n).fill(0),
      appliedAck: new Array<number>(n).fill(0),
      ackedRound: new Array<number>(n).fill(-1),
      round: 0,
      roundSentAt: [leaseFrom],
      leaseUntil: n === 1 ? Infinity : leaseFrom + leaseMs,
      writableAt,
      semiSyncOn: true,
      waiting: [],
      waitHead: 0,
    };
  }

  // ── roles ────────────────────────────────────────────────────────────────

  /** Guarded: only an up node becomes leader. Starts heartbeats at once. */
  function becomeLeader(i: number, e: number, writableAt: number, leaseFrom: number, why: string): void {
    const s = node(i);
    if (s.status !== "up") return;
    s.role = "leader";
    s.epoch = toEpoch(e);
    s.leader = i;
    candidates[i] = null;
    applyUpTo(s, s.log.length); // drain the relay log before taking writes
    const side = newSide(i, writableAt, leaseFrom);
    sides[i] = side;
    detector.watch(i);
    log("role", i, () => `${s.id} becomes leader, epoch ${e} (${why})`);
    heartbeat(i, side);
  }

  /** Guarded: only a leader or candidate steps down. Pending acknowledgements become indeterminate. */
  function stepDown(i: number, leader: number, why: string): void {
    const s = node(i);
    const side = sides[i];
    if (side) {
      for (let k = side.waitHead; k < side.waiting.length; k++) {
        const w = side.waiting[k];
        if (w) reply(sim, i, w.op, "info", undefined, "leader stepped down before the write was confirmed");
      }
    }
    sides[i] = null;
    candidates[i] = null;
    if (s.role !== "replica") log("role", i, () => `${s.id} steps down to replica: ${why}`);
    s.role = "replica";
    s.leader = leader;
  }

  /**
   * Epoch rule for any message from `from` carrying epoch `e`. Returns whether
   * to process it. A higher epoch is adopted (stepping down if needed); a lower
   * one is ignored, or with fencing answered with `stale-epoch`.
   */
  function admit(i: number, from: number, e: number, leaderMsg: boolean): boolean {
    const s = node(i);
    if (e > s.epoch) {
      s.epoch = toEpoch(e);
      if (s.role !== "replica") stepDown(i, leaderMsg ? from : -1, `saw epoch ${e} from ${nodeName(sim, from)}`);
      if (leaderMsg) s.leader = from;
      return true;
    }
    if (e < s.epoch) {
      if (fencing) {
        log("reject", i, () => `rejects epoch ${e} from ${nodeName(sim, from)}: fenced (current epoch ${s.epoch})`);
        sendMsg(i, from, { kind: "stale-epoch", epoch: s.epoch, leader: s.leader });
      }
      return false;
    }
    if (leaderMsg) {
      if (s.role === "leader" && from !== i) return false; // two leaders in one epoch cannot happen: epochs are unique per promotion
      s.leader = from;
    }
    return true;
  }

  /** Manual or automatic promotion. Refused for crashed or paused nodes and for the current leader. */
  function promote(i: number, why: string): ActionResult {
    const s = node(i);
    if (s.status !== "up") return refused(`${s.id} is ${s.status} and cannot be promoted`);
    if (s.role === "leader" && s.epoch === maxEpoch) return refused(`${s.id} is already the leader`);
    const e = ++maxEpoch;
    detector.watch(i);
    if (!fencing || n === 1) {
      const t = localNow(sim, i);
      becomeLeader(i, e, t, t, why);
      return accepted;
    }
    if (sides[i]) stepDown(i, -1, "running for a new epoch");
    s.role = "candidate";
    s.epoch = toEpoch(e);
    s.leader = -1;
    const cand: Candidate = { epoch: e, promises: new Set([i]), requestedAt: localNow(sim, i) };
    candidates[i] = cand;
    log("role", i, () => `${s.id} asks for promises for epoch ${e} (${why}); needs ${majority} of ${n}`);
    requestPromises(i, cand);
    return accepted;
  }

  function requestPromises(i: number, cand: Candidate): void {
    const body: Msg = { kind: "promise-request", epoch: cand.epoch };
    for (let r = 0; r < n; r++) if (r !== i && !cand.promises.has(r)) send(sim, i, r, body);
    setT(i, hbMs * 5, { kind: "promise-retry", epoch: cand.epoch });
  }

  // ── leader side ──────────────────────────────────────────────────────────

  function heartbeat(i: number, side: LeaderSide): void {
    const s = node(i);
    side.round++;
    side.roundSentAt.push(localNow(sim, i));
    const last = s.log.length;
    const body: Msg = { kind: "heartbeat", epoch: s.epoch, round: side.round, lastLsn: last, lastEpoch: entryEpochAt(s, last) };
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
    const body: Msg = { kind: "append", epoch: s.epoch, prevLsn: from, prevEpoch: entryEpochAt(s, from), entries: s.log.slice(from, end), leaderLast: last };
    side.nextLsn[r] = end + 1;
    send(sim, i, r, body);
  }

  function write(i: number, op: PendingOp, value: Value): void {
    const s = node(i);
    const side = sides[i];
    if (s.role !== "leader" || !side) {
      reply(sim, i, op, "fail", undefined, `${s.id} is not the leader${s.leader >= 0 ? ` (leader is ${nodeName(sim, s.leader)})` : ""}`);
      return;
    }
    if (fencing) {
      const t = localNow(sim, i);
      if (t < side.writableAt) {
        reply(sim, i, op, "fail", undefined, `new leader is waiting out the old leader's lease`);
        return;
      }
      if (!leaseValid(i, side)) {
        log("lease", i, () => `${s.id} refuses write: lease expired, cannot prove epoch ${s.epoch} is current`);
        reply(sim, i, op, "fail", undefined, `fenced: lease expired, cannot prove epoch ${s.epoch} is current`);
        return;
      }
    }
    const at = s.log.length + 1;
    const e: LogEntry = { lsn: toLsn(at), epoch: s.epoch, key: op.key, value, opId: op.id, at: sim.now };
    s.log.push(e);
    s.kv.set(op.key, e);
    s.appliedLsn = at;
    const body: Msg = { kind: "append", epoch: s.epoch, prevLsn: at - 1, prevEpoch: entryEpochAt(s, at - 1), entries: [e], leaderLast: at };
    for (let r = 0; r < n; r++) {
      if (r === i || side.nextLsn[r] !== at) continue;
      side.nextLsn[r] = at + 1;
      send(sim, i, r, body);
    }
    if (satisfied(side, at) && side.waitHead === side.waiting.length) {
      reply(sim, i, op, "ok");
      return;
    }
    side.waiting.push({ lsn: at, op });
    if (mode === "semi-sync") setT(i, cfg.replication.semiSyncTimeoutMs, { kind: "semi-sync-timeout", lsn: at, gen: side.gen });
  }

  function onAck(i: number, from: number, received: number, applied: number): void {
    const side = sides[i];
    if (!side) return;
    if (received > (side.matchLsn[from] as number)) side.matchLsn[from] = received;
    if (applied > (side.appliedAck[from] as number)) side.appliedAck[from] = applied;
    if (mode === "semi-sync" && !side.semiSyncOn && received >= node(i).log.length) {
      side.semiSyncOn = true;
      log("mode", i, () => `${nodeName(sim, from)} caught up: semi-sync back on`);
    }
    if (side.waitHead < side.waiting.length) flushWaiting(i, side, false);
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
    if (removed.length > 0)
      log("repl", i, () => `${s.id} discards divergent suffix LSN ${fromLsn}..${fromLsn + removed.length - 1} (${removed.length} writes: ${removed.slice(0, 5).map((x) => `${x.key}=${String(x.value)}`).join(", ")}${removed.length > 5 ? ", …" : ""}) ${why}`);
  }

  function onAppend(i: number, from: number, m: Extract<Msg, { kind: "append" }>): void {
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
    if (at === m.leaderLast && s.log.length > at && (s.log[at] as LogEntry).epoch !== m.epoch) discard(i, at + 1, `(beyond ${nodeName(sim, from)}'s log)`);
    scheduleApply(i);
    if (mode !== "async") sendMsg(i, from, { kind: "ack", epoch: s.epoch, received: s.log.length, applied: s.appliedLsn });
  }

  function onHeartbeat(i: number, from: number, m: Extract<Msg, { kind: "heartbeat" }>): void {
    const s = node(i);
    let matched = m.lastLsn <= s.log.length && entryEpochAt(s, m.lastLsn) === m.lastEpoch;
    if (matched && s.log.length > m.lastLsn && (s.log[m.lastLsn] as LogEntry).epoch !== m.epoch) discard(i, m.lastLsn + 1, `(beyond ${nodeName(sim, from)}'s log)`);
    matched = matched && s.log.length >= m.lastLsn;
    const hint = matched ? s.log.length : conflictHint(s, m.lastLsn);
    sendMsg(i, from, { kind: "heartbeat-ack", epoch: s.epoch, round: m.round, matched, hint, received: matched ? s.log.length : 0, applied: matched ? s.appliedLsn : 0 });
  }

  // ── the Protocol interface ───────────────────────────────────────────────

  return {
    name: "single-leader",

    start(): void {
      maxEpoch = 1;
      for (let i = 0; i < n; i++) {
        const s = node(i);
        s.epoch = toEpoch(1);
        s.leader = initialLeader;
      }
      becomeLeader(initialLeader, 1, 0, 0, "initial");
      if (fd.enabled) setT(-1, fd.intervalMs, { kind: "detector" }, true);
    },

    onClientRequest(_sim, i, op): void {
      const s = node(i);
      switch (op.input.f) {
        case "read": {
          const side = sides[i];
          if (fencing && s.role === "leader" && side && !leaseValid(i, side)) {
            reply(sim, i, op, "fail", undefined, `fenced: lease expired, cannot prove epoch ${s.epoch} is current`);
            return;
          }
          reply(sim, i, op, "ok", s.kv.get(op.key)?.value ?? null);
          return;
        }
        case "write":
          write(i, op, op.input.value);
          return;
        case "cas":
          reply(sim, i, op, "fail", undefined, "compare-and-set is not modelled by single-leader replication");
          return;
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },

    onMessage(_sim, env: Envelope): void {
      const i = env.to;
      const from = env.from;
      // Message bodies of this protocol are only ever created in this file.
      const m = env.body as Msg;
      switch (m.kind) {
        case "append":
          if (admit(i, from, m.epoch, true)) onAppend(i, from, m);
          return;
        case "heartbeat":
          if (admit(i, from, m.epoch, true)) onHeartbeat(i, from, m);
          return;
        case "append-nack": {
          const side = sides[i];
          if (m.epoch > node(i).epoch) admit(i, from, m.epoch, false);
          else if (side) sendCatchUp(i, from, side, m.hint);
          return;
        }
        case "ack":
          if (m.epoch > node(i).epoch) admit(i, from, m.epoch, false);
          else if (m.epoch === node(i).epoch) onAck(i, from, m.received, m.applied);
          return;
        case "heartbeat-ack": {
          const s = node(i);
          if (m.epoch > s.epoch) {
            admit(i, from, m.epoch, false);
            return;
          }
          const side = sides[i];
          if (!side || m.epoch < s.epoch) return;
          if (m.round > (side.ackedRound[from] as number)) side.ackedRound[from] = m.round;
          renewLease(side, i);
          if (m.matched) onAck(i, from, m.received, m.applied);
          else if (m.hint < s.log.length) sendCatchUp(i, from, side, m.hint);
          return;
        }
        case "stale-epoch": {
          const s = node(i);
          if (m.epoch > s.epoch) {
            s.epoch = toEpoch(m.epoch);
            if (s.role !== "replica") stepDown(i, m.leader, `fenced by ${nodeName(sim, from)} (epoch ${m.epoch})`);
            s.leader = m.leader;
          }
          return;
        }
        case "promise-request": {
          const s = node(i);
          if (m.epoch > s.epoch || (m.epoch === s.epoch && s.leader === from)) {
            admit(i, from, m.epoch, false);
            s.leader = from;
            sendMsg(i, from, { kind: "promise", epoch: m.epoch });
          } else if (m.epoch < s.epoch) admit(i, from, m.epoch, false);
          return;
        }
        case "promise": {
          const cand = candidates[i];
          if (!cand || cand.epoch !== m.epoch || node(i).role !== "candidate") return;
          cand.promises.add(from);
          if (cand.promises.size >= majority) {
            const t = localNow(sim, i);
            becomeLeader(i, cand.epoch, t + leaseMs, cand.requestedAt, `promised by a majority; writable after one lease, ${leaseMs} ms`);
          }
          return;
        }
        default: {
          const never: never = m;
          return never;
        }
      }
    },

    onTimer(_sim, i, tb: TimerBody): void {
      // Timer bodies of this protocol are only ever created in this file.
      const t = tb as Timer;
      switch (t.kind) {
        case "heartbeat": {
          const side = sides[i];
          if (side && side.gen === t.gen && node(i).role === "leader") heartbeat(i, side);
          return;
        }
        case "apply": {
          const s = node(i);
          applyUpTo(s, t.upTo);
          if (mode === "sync" && s.leader >= 0 && s.leader !== i) sendMsg(i, s.leader, { kind: "ack", epoch: s.epoch, received: s.log.length, applied: s.appliedLsn });
          return;
        }
        case "semi-sync-timeout": {
          const side = sides[i];
          if (!side || side.gen !== t.gen || mode !== "semi-sync" || !side.semiSyncOn) return;
          const head = side.waiting[side.waitHead];
          if (!head || head.lsn > t.lsn) return;
          side.semiSyncOn = false;
          log("mode", i, () => `semi-sync timed out after ${cfg.replication.semiSyncTimeoutMs} ms waiting for LSN ${t.lsn}: falling back to async`);
          flushWaiting(i, side, true);
          return;
        }
        case "promise-retry": {
          const cand = candidates[i];
          if (cand && cand.epoch === t.epoch && node(i).role === "candidate") requestPromises(i, cand);
          return;
        }
        case "detector": {
          const best = detector.probe();
          if (best >= 0) promote(best, "automatic failover");
          setT(-1, fd.intervalMs, { kind: "detector" }, true);
          return;
        }
        default: {
          const never: never = t;
          return never;
        }
      }
    },

    onAction(_sim, a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "promote":
          return promote(sim.nodeIndex.get(a.node) ?? -1, "manual promotion");
        case "set-fencing":
          fencing = a.enabled;
          log("mode", -1, () => `fencing ${a.enabled ? "on" : "off"}`);
          return accepted;
        case "set-mode":
          mode = a.mode;
          log("mode", -1, () => `replication mode set to ${a.mode}`);
          for (let i = 0; i < n; i++) {
            const side = sides[i];
            if (side) {
              side.semiSyncOn = true;
              flushWaiting(i, side, false);
            }
          }
          return accepted;
        case "set-lag": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          if (i >= 0 && node(i).status === "up") scheduleApply(i);
          return accepted;
        }
        case "crash": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          sides[i] = null; // volatile: waiting clients will time out
          candidates[i] = null;
          return accepted;
        }
        case "restart": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          const s = node(i);
          if (s.role === "leader") {
            // Role and epoch are durable: the old primary comes back believing it leads (as MySQL does without read_only).
            const t = localNow(sim, i);
            const side = newSide(i, t, -Infinity);
            side.leaseUntil = n === 1 ? Infinity : -Infinity;
            sides[i] = side;
            log("role", i, () => `${s.id} restarts as leader of epoch ${s.epoch}`);
            heartbeat(i, side);
          } else {
            s.role = "replica";
            scheduleApply(i);
          }
          return accepted;
        }
        case "resume":
          return accepted;
        default: {
          const never: never = a;
          return never;
        }
      }
    },

    routeToLeader(_sim, home): number {
      const l = node(home).leader;
      return l >= 0 ? l : initialLeader;
    },

    settled(): boolean {
      const l = authoritative();
      if (l < 0) return true;
      const side = sides[l];
      if (side && side.waitHead < side.waiting.length) return false;
      const ls = node(l);
      const last = ls.log.length;
      for (let x = 0; x < n; x++) {
        const s = node(x);
        if (x === l || s.status !== "up") continue;
        if (s.role !== "replica" || s.epoch !== ls.epoch || s.log.length !== last || s.appliedLsn !== last) return false;
        if (last > 0 && s.log[last - 1] !== ls.log[last - 1]) return false;
      }
      return true;
    },

    authoritativeNode: () => authoritative(),

    nodeView(_sim, i): ProtocolNodeView {
      const s = node(i);
      const side = sides[i];
      if (side) {
        const notes = [`mode ${mode}${mode === "semi-sync" && !side.semiSyncOn ? " (fell back to async)" : ""}`];
        if (fencing) notes.push(leaseValid(i, side) ? `lease until ${Math.round(side.leaseUntil)}` : "no lease");
        return { role: s.role, note: notes.join(", ") };
      }
      const cand = candidates[i];
      if (cand) return { role: s.role, note: `promises ${cand.promises.size}/${majority}` };
      return { role: s.role };
    },
  };

  function authoritative(): number {
    let best = -1;
    let bestEpoch: Epoch = toEpoch(-1);
    for (let i = 0; i < n; i++) {
      const s = node(i);
      if (s.status === "crashed" || s.role !== "leader") continue;
      if (s.epoch > bestEpoch) {
        best = i;
        bestEpoch = s.epoch;
      }
    }
    return best;
  }
}


