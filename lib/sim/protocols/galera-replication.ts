/**
 * The Galera write-set path, from commit to apply. A transaction's write-set
 * goes to the view's sequencer, which gives it the next seqno and sends it to
 * every member; each member tells every member how far it has received; a
 * member delivers a seqno once every member has it (or it is at most the
 * view's base); every data node certifies it (`galera-certification.ts`) and
 * applies it from its queue at its own speed, which flow control
 * (`galera-flow-control.ts`) turns into the pace of the whole cluster. The
 * origin answers the client once it commits the write-set in order, or with
 * "deadlock: certification failed" on conflict (an autocommit write is first
 * re-run up to `retryAutocommit` times; an explicit transaction never is).
 *
 * Each node has one worker: it executes the node's own transactions
 * (`execFactor` × `applyMs` each) and applies other nodes' write-sets
 * (`applyMs` each), in the order the work arrived. The origin's own
 * write-set costs nothing more at commit: it already did the work. So k nodes
 * taking writes evenly can commit at most k·f / (f + k − 1) times what one
 * node can: a modest gain, never k times.
 */
import { epoch, lsn } from "../ids";
import type { Value } from "../history";
import { reply, send, setTimer } from "../kernel";
import type { PendingOp, TimerBody } from "../sim-state";
import type { GaleraState, GNode, Txn } from "./galera";
import { certify, type WriteSet } from "./galera-certification";
import { flowControlSignal, notePause } from "./galera-flow-control";

export type GaleraMsg =
  | { readonly kind: "gc-submit"; readonly view: number; readonly ws: WriteSet }
  | { readonly kind: "gc-ws"; readonly view: number; readonly seqno: number }
  | { readonly kind: "gc-recv"; readonly view: number; readonly upTo: number }
  | { readonly kind: "gc-fc"; readonly view: number; readonly pause: boolean }
  | { readonly kind: "gc-ist"; readonly view: number; readonly upTo: number }
  /** A sync wait (wsrep_sync_wait) asks the sequencer how far the total order reaches… */
  | { readonly kind: "gc-causal"; readonly view: number; readonly opId: number }
  /** …and waits until its node has applied up to `upTo`. */
  | { readonly kind: "gc-caused"; readonly view: number; readonly opId: number; readonly upTo: number };

/** Applying one write-set takes `applyMs` on its node. */
export type ApplyTimer = { readonly kind: "gc-apply"; readonly seqno: number };
/** Executing one local transaction takes `execFactor` × `applyMs` on its node. */
export type ExecTimer = { readonly kind: "gc-exec"; readonly id: number };

export interface GaleraReplication {
  /**
   * Queues a client write as a transaction on its local node; its snapshot is the node's applied seqno (at least
   * `minSnapshot`) when it executes.
   */
  begin(
    node: number,
    op: PendingOp,
    key: string,
    value: Value,
    retries: number,
    minSnapshot: number,
    explicit: boolean,
  ): void;
  /** A read with wsrep_sync_wait: answers once the node has applied everything ordered before the read arrived. */
  syncRead(node: number, op: PendingOp): void;
  /** After a view change: asks the new view's sequencer again for every read in sync wait. */
  reaskSyncReads(node: number): void;
  /** A message of the current view reached `node` (or was sent to itself). */
  handle(node: number, from: number, msg: GaleraMsg): void;
  /** Sends to every member of the node's view; the node handles its own copy at once. */
  bcast(node: number, msg: GaleraMsg): void;
  send(from: number, to: number, msg: GaleraMsg): void;
  tryDeliver(node: number): void;
  /** Submits the commits flow control held back, once nothing pauses the node. */
  flushOutbox(node: number): void;
  onApplied(node: number, timer: ApplyTimer): void;
  onExecuted(node: number, timer: ExecTimer): void;
}

export function createGaleraReplication(st: GaleraState): GaleraReplication {
  const { sim, p, c, order, ordered, isData, applyMs, clock, g, node, log } = st;
  const sendMsg = (from: number, to: number, m: GaleraMsg): void => send(sim, from, to, m);
  const timer = (t: ApplyTimer | ExecTimer): TimerBody => t;

  function bcast(i: number, msg: GaleraMsg): void {
    for (const r of g(i).members)
      if (r === i) handle(i, i, msg);
      else sendMsg(i, r, msg);
  }

  function submit(i: number, txn: Txn): void {
    const gi = g(i);
    txn.submittedView = gi.view;
    if (gi.sequencer === i) handle(i, i, { kind: "gc-submit", view: gi.view, ws: txn.ws });
    else sendMsg(i, gi.sequencer, { kind: "gc-submit", view: gi.view, ws: txn.ws });
  }

  function flushOutbox(i: number): void {
    const gi = g(i);
    if (!gi.primary || gi.fc.pausedBy.size > 0) return;
    const out = gi.outbox;
    gi.outbox = [];
    for (const ws of out) {
      const t = gi.pending.get(ws.id);
      if (t) submit(i, t);
    }
  }

  function begin(
    i: number,
    op: PendingOp,
    key: string,
    value: Value,
    retries: number,
    minSnapshot: number,
    explicit: boolean,
  ): void {
    const gi = g(i);
    const ws: WriteSet = {
      id: st.data.nextWsId++,
      origin: i,
      opId: op.id,
      keys: [key],
      values: [value],
      snapshot: minSnapshot,
    };
    gi.pending.set(ws.id, { op, ws, retries, minSnapshot, explicit, submittedView: -1 });
    gi.execQueue.push({ id: ws.id, at: sim.now });
    pump(i);
  }

  /** Execution finished: the transaction commits, so its write-set goes to the group (or waits out flow control). */
  function executed(i: number, id: number): void {
    const gi = g(i);
    const t = gi.pending.get(id);
    if (!t) return; // rolled back meanwhile (view change)
    if (gi.fc.pausedBy.size > 0) gi.outbox.push(t.ws);
    else submit(i, t);
  }

  function askSequencer(i: number, opId: number): void {
    const gi = g(i);
    if (gi.sequencer === i) handle(i, i, { kind: "gc-causal", view: gi.view, opId });
    else sendMsg(i, gi.sequencer, { kind: "gc-causal", view: gi.view, opId });
  }

  function syncRead(i: number, op: PendingOp): void {
    c.syncWaitReads++;
    g(i).syncReads.set(op.id, { op, upTo: -1 });
    askSequencer(i, op.id);
  }

  function answerSyncReads(i: number): void {
    const gi = g(i);
    for (const [id, r] of gi.syncReads) {
      if (r.upTo < 0 || gi.applied < r.upTo) continue;
      gi.syncReads.delete(id);
      reply(sim, i, r.op, "ok", node(i).kv.get(r.op.key)?.value ?? null);
    }
  }

  function tryDeliver(i: number): void {
    const gi = g(i);
    if (!gi.primary || !isData(i)) return;
    let min = Infinity;
    for (const m of gi.members) min = Math.min(min, gi.peerReceived[m] as number);
    const upTo = Math.min(gi.received, Math.max(gi.base, min));
    while (gi.delivered < upTo) {
      const s = ++gi.delivered;
      const ws = order[s - 1] as WriteSet;
      const ok = certify(gi.cert, ws, s);
      gi.queue.push({ seqno: s, ws, ok, at: sim.now });
      if (!ok && ws.origin === i) onCertFailure(i, ws, s);
    }
    pump(i);
  }

  function onCertFailure(i: number, ws: WriteSet, s: number): void {
    const gi = g(i);
    const t = gi.pending.get(ws.id);
    if (!t) return;
    gi.pending.delete(ws.id);
    log(i, () => ({
      source: "galera",
      type: "certification-failed",
      kind: "repl",
      writeSet: ws.id,
      keys: [...ws.keys],
      seqno: s,
      snapshot: ws.snapshot,
    }));
    if (!t.explicit && t.retries < p.retryAutocommit) {
      c.retries++;
      log(i, () => ({
        source: "galera",
        type: "retry-autocommit",
        kind: "repl",
        retry: t.retries + 1,
        retries: p.retryAutocommit,
      }));
      begin(i, t.op, ws.keys[0] as string, ws.values[0] as Value, t.retries + 1, s, false);
      return;
    }
    c.certFailures++;
    reply(sim, i, t.op, "fail", undefined, "deadlock: certification failed");
  }

  function applyOne(i: number, e: { seqno: number; ws: WriteSet }): void {
    const gi = g(i);
    const s = node(i);
    e.ws.keys.forEach((key, k) => {
      const entry = {
        lsn: lsn(s.log.length + 1),
        epoch: epoch(gi.view),
        key,
        value: e.ws.values[k] as Value,
        opId: e.ws.opId,
        at: sim.now,
      };
      s.log.push(entry);
      s.kv.set(key, entry);
    });
    s.appliedLsn = s.log.length;
    gi.appliedIds.push(e.ws.id);
    if (e.ws.origin !== i) return;
    const t = gi.pending.get(e.ws.id);
    if (!t) return;
    gi.pending.delete(e.ws.id);
    c.commits++;
    reply(sim, i, t.op, "ok");
  }

  /**
   * Time the node's worker spends on a delivered write-set: others' cost `applyMs`; its own and failed ones nothing.
   */
  const applyCost = (i: number, e: GNode["queue"][number]): number =>
    e.ok && e.ws.origin !== i ? (applyMs[i] as number) : 0;

  /**
   * The node's worker: commits free write-sets at the head of the apply queue
   * at once, then takes the oldest waiting job (applying the next write-set or
   * executing a local transaction; applying first on a tie), one at a time.
   */
  function pump(i: number): void {
    const gi = g(i);
    for (;;) {
      if (gi.applying) break;
      const e = gi.queue[0];
      if (e && applyCost(i, e) === 0) {
        gi.queue.shift();
        if (e.ok) applyOne(i, e);
        gi.applied = e.seqno;
        continue;
      }
      if (gi.executing) break;
      const x = gi.execQueue[0];
      if (e && (!x || e.at <= x.at)) {
        gi.applying = true;
        setTimer(sim, i, applyCost(i, e), timer({ kind: "gc-apply", seqno: e.seqno }));
        break;
      }
      if (!x) break;
      gi.execQueue.shift();
      const t = gi.pending.get(x.id);
      if (!t) continue;
      t.ws = { ...t.ws, snapshot: Math.max(gi.applied, t.minSnapshot) };
      const cost = p.execFactor * (applyMs[i] as number);
      if (cost <= 0) {
        executed(i, x.id);
        continue;
      }
      gi.executing = true;
      setTimer(sim, i, cost, timer({ kind: "gc-exec", id: x.id }));
      break;
    }
    answerSyncReads(i);
    flowControl(i);
  }

  function flowControl(i: number): void {
    const gi = g(i);
    const sig = flowControlSignal(gi.fc, gi.queue.length, p.fcLimit, p.fcFactor);
    if (sig === null) return;
    notePause(clock, sig, sim.now);
    log(i, () =>
      sig === "pause"
        ? { source: "galera", type: "flow-control-pause", kind: "mode", queue: gi.queue.length, fcLimit: p.fcLimit }
        : { source: "galera", type: "flow-control-resume", kind: "mode" },
    );
    bcast(i, { kind: "gc-fc", view: gi.view, pause: sig === "pause" });
  }

  function handle(i: number, from: number, msg: GaleraMsg): void {
    const gi = g(i);
    if (msg.view !== gi.view) return; // from another view: the view change already settled its fate
    switch (msg.kind) {
      case "gc-submit": {
        if (!gi.primary || gi.sequencer !== i) return;
        order.push(msg.ws);
        ordered.add(msg.ws.id);
        bcast(i, { kind: "gc-ws", view: gi.view, seqno: order.length });
        return;
      }
      case "gc-ws":
        if (msg.seqno === gi.received + 1) gi.received = msg.seqno;
        else if (msg.seqno > gi.received) gi.arrivedMax = Math.max(gi.arrivedMax, msg.seqno);
        else return;
        bcast(i, { kind: "gc-recv", view: gi.view, upTo: gi.received });
        return;
      case "gc-recv":
        if (msg.upTo > (gi.peerReceived[from] as number)) gi.peerReceived[from] = msg.upTo;
        tryDeliver(i);
        return;
      case "gc-fc":
        if (msg.pause) gi.fc.pausedBy.add(from);
        else gi.fc.pausedBy.delete(from);
        if (gi.fc.pausedBy.size === 0) flushOutbox(i);
        return;
      case "gc-causal":
        if (!gi.primary || gi.sequencer !== i) return;
        if (from === i) handle(i, i, { kind: "gc-caused", view: gi.view, opId: msg.opId, upTo: order.length });
        else sendMsg(i, from, { kind: "gc-caused", view: gi.view, opId: msg.opId, upTo: order.length });
        return;
      case "gc-caused": {
        const r = gi.syncReads.get(msg.opId);
        if (r) r.upTo = msg.upTo;
        answerSyncReads(i);
        return;
      }
      case "gc-ist":
        gi.received = Math.max(gi.received, msg.upTo, gi.arrivedMax);
        log(i, () => ({ source: "galera", type: "caught-up", kind: "repl", seqno: gi.received }));
        bcast(i, { kind: "gc-recv", view: gi.view, upTo: gi.received });
        return;
      default: {
        const never: never = msg;
        return never;
      }
    }
  }

  return {
    begin,
    syncRead,
    reaskSyncReads(i): void {
      // The new view may have dropped write-sets beyond its base: every waiting read asks again.
      for (const [id, r] of g(i).syncReads) {
        r.upTo = -1;
        askSequencer(i, id);
      }
    },
    handle,
    bcast,
    send: sendMsg,
    tryDeliver,
    flushOutbox,
    onApplied(i, t): void {
      const gi = g(i);
      const e = gi.queue[0];
      gi.applying = false;
      if (e && e.seqno === t.seqno) {
        gi.queue.shift();
        applyOne(i, e);
        gi.applied = e.seqno;
      }
      pump(i);
    },
    onExecuted(i, t): void {
      g(i).executing = false;
      executed(i, t.id);
      pump(i);
    },
  };
}
