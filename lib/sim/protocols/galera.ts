/**
 * Galera-style synchronous multi-master replication (certification-based),
 * modelled on MariaDB/Percona Galera Cluster with wsrep and optionally garbd.
 *
 * Per node: non-primary ──view with a primary component──▶ primary (joining
 * until state transfer reaches the view's base seqno) ──view without it──▶
 * non-primary. An arbitrator is a member that votes and relays but stores no
 * data and serves no clients.
 *
 * Per transaction: runs on its local node against that node's last applied
 * seqno (its snapshot) → at commit its write-set goes to the view's sequencer
 * (the lowest data node of the primary component), which gives it the next
 * seqno and sends it to every member → each member tells every member how far
 * it has received → a member delivers a seqno once every member has it →
 * every data node certifies it (`galera-certification.ts`) → applies it from
 * its queue at its own speed (`galera-flow-control.ts`) → the origin answers
 * the client on apply, or with "deadlock: certification failed" on conflict.
 *
 * Views (`galera-membership.ts`): a cluster-level membership process installs
 * a new view once connectivity has differed for `suspectTimeoutMs`. Only the
 * primary component serves; the others refuse with "non-primary". At install
 * the sequence is fixed up to the view's base (the highest seqno any member
 * received or was promised by an earlier view), everything beyond is dropped
 * (never delivered anywhere: delivery needs every member of the old view,
 * which includes one of the new), and lagging members catch up by IST.
 * Invariant: every data node's applied sequence is a prefix of one total order.
 */
import { accepted, type ActionResult } from "../actions";
import type { Value } from "../history";
import { epoch, lsn } from "../ids";
import { nodeName, record, reply, send, setTimer } from "../kernel";
import type { Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import { topologyFor } from "../scenario";
import type { Envelope, NodeState, PendingOp, Sim, TimerBody } from "../sim-state";
import { certify, rebuildIndex, type CertIndex, type WriteSet } from "./galera-certification";
import { flowControlSignal, newFlowControl, newPauseClock, notePause, pausedMs, type FlowControl } from "./galera-flow-control";
import { components, primaryIndex, samePartition } from "./galera-membership";

type Msg =
  | { readonly kind: "gc-submit"; readonly view: number; readonly ws: WriteSet }
  | { readonly kind: "gc-ws"; readonly view: number; readonly seqno: number }
  | { readonly kind: "gc-recv"; readonly view: number; readonly upTo: number }
  | { readonly kind: "gc-fc"; readonly view: number; readonly pause: boolean }
  | { readonly kind: "gc-ist"; readonly view: number; readonly upTo: number };
type Timer = { readonly kind: "gc-apply"; readonly seqno: number } | { readonly kind: "gc-view" };

interface Txn {
  readonly op: PendingOp;
  readonly ws: WriteSet;
  readonly retries: number;
  /** View in which the write-set was sent to the sequencer, or -1 while held by flow control. */
  submittedView: number;
}

/** One member's state. received ≥ delivered ≥ applied (seqnos); `appliedIds` is the applied sequence of write-set ids. */
interface GNode {
  view: number;
  primary: boolean;
  members: number[];
  sequencer: number;
  /** Seqnos up to `base` are fixed for good in this view: deliverable without further receipts. */
  base: number;
  received: number;
  /** Highest seqno received in this view while a state transfer was still due. */
  arrivedMax: number;
  delivered: number;
  applied: number;
  readonly peerReceived: number[];
  cert: CertIndex;
  queue: Array<{ readonly seqno: number; readonly ws: WriteSet; readonly ok: boolean }>;
  applying: boolean;
  readonly fc: FlowControl;
  outbox: WriteSet[];
  readonly pending: Map<number, Txn>;
  readonly appliedIds: number[];
}

export interface GaleraInspect {
  /** The total order of write-sets (index = seqno − 1). */
  order(): readonly WriteSet[];
  /** Each node's applied write-set ids in order, and whether it is in the primary component. */
  nodes(): ReadonlyArray<{ readonly id: string; readonly primary: boolean; readonly appliedIds: readonly number[]; readonly applied: number }>;
}

export interface GaleraProtocol extends Protocol {
  readonly galera: GaleraInspect;
}

/** Creates the Galera protocol for one run; all state lives in this closure. */
export function createGalera(sim: Sim): GaleraProtocol {
  const n = sim.n;
  const p = topologyFor(sim.scenario, "galera").params;
  const arb = p.arbitrator === undefined ? -1 : (sim.nodeIndex.get(p.arbitrator) ?? -1);
  const isData = (i: number): boolean => i !== arb;
  const weight = (i: number): number => p.weights[sim.nodes[i]?.id ?? ""] ?? 1;
  const applyMs = sim.nodes.map((s) => p.applyMs[s.id] ?? p.defaultApplyMs);
  const all = Array.from({ length: n }, (_, i) => i);
  const G: GNode[] = all.map(() => ({ view: 0, primary: true, members: all, sequencer: all.find(isData) ?? 0, base: 0, received: 0, arrivedMax: 0, delivered: 0, applied: 0, peerReceived: new Array<number>(n).fill(0), cert: new Map(), queue: [], applying: false, fc: newFlowControl(), outbox: [], pending: new Map(), appliedIds: [] }));
  const order: WriteSet[] = [];
  const ordered = new Set<number>();
  let installed: number[][] = [all];
  let lastPrimary: number[] = all;
  let viewCounter = 0;
  let pendingSince = -1;
  let nextWsId = 1;
  const clock = newPauseClock();
  const c = { commits: 0, certFailures: 0, retries: 0, nonPrimaryRefusals: 0, viewChanges: 0 };

  const g = (i: number): GNode => G[i] as GNode;
  const sendMsg = (from: number, to: number, m: Msg): void => send(sim, from, to, m);
  const setT = (i: number, delay: number, t: Timer, periodic = false): void => setTimer(sim, i, delay, t, periodic);
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (kind: "role" | "repl" | "mode", i: number, text: () => string): void => {
    if (sim.logEnabled) record(sim, kind, i, text());
  };

  /** Sends to every member of i's view; i handles its own copy at once. */
  function bcast(i: number, msg: Msg): void {
    for (const r of g(i).members) if (r === i) handle(i, i, msg);
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

  function begin(i: number, op: PendingOp, key: string, value: Value, retries: number, snapshot: number): void {
    const gi = g(i);
    const ws: WriteSet = { id: nextWsId++, origin: i, opId: op.id, keys: [key], values: [value], snapshot };
    const txn: Txn = { op, ws, retries, submittedView: -1 };
    gi.pending.set(ws.id, txn);
    if (gi.fc.pausedBy.size > 0) gi.outbox.push(ws);
    else submit(i, txn);
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
      gi.queue.push({ seqno: s, ws, ok });
      if (!ok && ws.origin === i) onCertFailure(i, ws, s);
    }
    pump(i);
  }

  function onCertFailure(i: number, ws: WriteSet, s: number): void {
    const gi = g(i);
    const t = gi.pending.get(ws.id);
    if (!t) return;
    gi.pending.delete(ws.id);
    log("repl", i, () => `certification failed for write-set ${ws.id} (${ws.keys.join(",")}) at seqno ${s}: snapshot ${ws.snapshot} is older than a committed write`);
    if (t.retries < p.retryAutocommit) {
      c.retries++;
      begin(i, t.op, ws.keys[0] as string, ws.values[0] as Value, t.retries + 1, s);
      return;
    }
    c.certFailures++;
    reply(sim, i, t.op, "fail", undefined, "deadlock: certification failed");
  }

  function applyOne(i: number, e: { seqno: number; ws: WriteSet }): void {
    const gi = g(i);
    const s = node(i);
    e.ws.keys.forEach((key, k) => {
      const entry = { lsn: lsn(s.log.length + 1), epoch: epoch(gi.view), key, value: e.ws.values[k] as Value, opId: e.ws.opId, at: sim.now };
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

  /** The apply worker: one write-set at a time, `applyMs` each; failed ones are skipped. */
  function pump(i: number): void {
    const gi = g(i);
    while (!gi.applying && gi.queue.length > 0) {
      const e = gi.queue[0] as GNode["queue"][number];
      if (e.ok && (applyMs[i] as number) > 0) {
        gi.applying = true;
        setT(i, applyMs[i] as number, { kind: "gc-apply", seqno: e.seqno });
        break;
      }
      gi.queue.shift();
      if (e.ok) applyOne(i, e);
      gi.applied = e.seqno;
    }
    flowControl(i);
  }

  function flowControl(i: number): void {
    const gi = g(i);
    const sig = flowControlSignal(gi.fc, gi.queue.length, p.fcLimit, p.fcFactor);
    if (sig === null) return;
    notePause(clock, sig, sim.now);
    log("mode", i, () => (sig === "pause" ? `${node(i).id} apply queue ${gi.queue.length} > fc_limit ${p.fcLimit}: flow control pauses the cluster` : `${node(i).id} drained its apply queue: flow control resumes`));
    bcast(i, { kind: "gc-fc", view: gi.view, pause: sig === "pause" });
  }

  function handle(i: number, from: number, msg: Msg): void {
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
      case "gc-ist":
        gi.received = Math.max(gi.received, msg.upTo, gi.arrivedMax);
        log("repl", i, () => `${node(i).id} caught up to seqno ${gi.received} by incremental state transfer`);
        bcast(i, { kind: "gc-recv", view: gi.view, upTo: gi.received });
        return;
      default: {
        const never: never = msg;
        return never;
      }
    }
  }

  /** Installs new views for `groups`; at most one is primary. See the header for the base rule. */
  function install(groups: number[][]): void {
    const view = ++viewCounter;
    c.viewChanges++;
    const pc = primaryIndex(groups, lastPrimary, weight, isData);
    const prim = pc >= 0 ? (groups[pc] as number[]) : [];
    // Without a primary component nothing is fixed or dropped: the next primary view decides.
    let base = order.length;
    if (prim.length > 0) {
      base = 0;
      for (const m of prim) if (isData(m)) base = Math.max(base, g(m).received, g(m).base);
      for (let s = order.length; s > base; s--) ordered.delete((order[s - 1] as WriteSet).id);
      if (order.length > base) order.length = base;
    }
    const inGroup = new Map<number, number[]>();
    for (const grp of groups) for (const m of grp) inGroup.set(m, grp);
    for (let i = 0; i < n; i++) {
      const gi = g(i);
      gi.received = Math.min(gi.received, Math.max(base, gi.delivered));
      if (gi.fc.requesting) notePause(clock, "resume", sim.now);
      gi.fc.requesting = false;
      gi.fc.pausedBy.clear();
      const grp = inGroup.get(i);
      if (!grp) continue; // crashed: keeps its stale view and ignores traffic
      const wasPrimary = gi.primary;
      gi.view = view;
      gi.members = grp;
      gi.primary = grp === prim;
      gi.arrivedMax = 0;
      gi.peerReceived.fill(0);
      if (gi.primary) {
        gi.base = base;
        gi.sequencer = prim.find(isData) ?? i;
      }
      if (!gi.primary) {
        for (const t of gi.pending.values()) reply(sim, i, t.op, ordered.has(t.ws.id) ? "info" : "fail", undefined, ordered.has(t.ws.id) ? "node left the primary component during commit" : "non-primary: transaction rolled back");
        gi.pending.clear();
        gi.outbox = [];
      } else {
        for (const [id, t] of gi.pending)
          if (t.submittedView >= 0 && !ordered.has(id)) {
            gi.pending.delete(id);
            reply(sim, i, t.op, "fail", undefined, "view change: transaction rolled back");
          }
      }
      if (wasPrimary !== gi.primary) log("role", i, () => `${node(i).id} ${gi.primary ? "joins the primary component" : "is non-primary: refuses reads and writes"} (view ${view})`);
    }
    log("role", -1, () => `view ${view}: ${groups.map((grp) => `[${grp.map((m) => nodeName(sim, m)).join(",")}]${grp === prim ? " primary" : ""}`).join(" ")}${prim.length === 0 ? " — no primary component" : ""}`);
    if (prim.length > 0) lastPrimary = prim;
    installed = groups;
    const donor = prim.filter(isData).reduce((best, m) => (best < 0 || g(m).received > g(best).received ? m : best), -1);
    for (const m of prim) {
      const gm = g(m);
      if (gm.received < base) {
        if (donor === m) handle(m, m, { kind: "gc-ist", view, upTo: base });
        else sendMsg(donor, m, { kind: "gc-ist", view, upTo: base });
      } else bcast(m, { kind: "gc-recv", view, upTo: gm.received });
    }
    for (const m of prim) {
      tryDeliver(m);
      flushOutbox(m);
    }
  }

  function membershipTick(): void {
    const groups = components(sim);
    if (samePartition(groups, installed)) {
      pendingSince = -1;
      return;
    }
    if (pendingSince < 0) pendingSince = sim.now;
    if (sim.now - pendingSince >= p.suspectTimeoutMs) {
      pendingSince = -1;
      install(groups);
    }
  }

  const authoritative = (): number => {
    for (let i = 0; i < n; i++) if (g(i).primary && node(i).status === "up") return g(i).sequencer;
    return -1;
  };

  return {
    name: "galera",
    galera: {
      order: () => order,
      nodes: () => G.map((gi, i) => ({ id: node(i).id, primary: gi.primary && node(i).status === "up", appliedIds: gi.appliedIds, applied: gi.applied })),
    },

    start(): void {
      for (let i = 0; i < n; i++) node(i).role = isData(i) ? "primary" : "arbitrator";
      setT(-1, p.viewCheckMs, { kind: "gc-view" }, true);
    },

    onClientRequest(_sim, i, op): void {
      const gi = g(i);
      if (!isData(i)) return reply(sim, i, op, "fail", undefined, "arbitrator stores no data");
      if (!gi.primary) {
        c.nonPrimaryRefusals++;
        return reply(sim, i, op, "fail", undefined, "non-primary: node is not in the primary component");
      }
      if (gi.applied < gi.base) return reply(sim, i, op, "fail", undefined, "node is joining: state transfer in progress");
      switch (op.input.f) {
        case "read":
          return reply(sim, i, op, "ok", node(i).kv.get(op.key)?.value ?? null);
        case "write":
          return begin(i, op, op.key, op.input.value, 0, gi.applied);
        case "cas":
          return reply(sim, i, op, "fail", undefined, "compare-and-set is not modelled by the Galera protocol");
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },

    // Message and timer bodies of this protocol are only ever created in this file.
    onMessage: (_sim, env: Envelope) => handle(env.to, env.from, env.body as Msg),

    onTimer(_sim, i, tb: TimerBody): void {
      const t = tb as Timer;
      switch (t.kind) {
        case "gc-view":
          setT(-1, p.viewCheckMs, { kind: "gc-view" }, true);
          return membershipTick();
        case "gc-apply": {
          const gi = g(i);
          const e = gi.queue[0];
          gi.applying = false;
          if (e && e.seqno === t.seqno) {
            gi.queue.shift();
            applyOne(i, e);
            gi.applied = e.seqno;
          }
          return pump(i);
        }
        default: {
          const never: never = t;
          return never;
        }
      }
    },

    onAction(_sim, a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "crash": {
          // Volatile: the apply queue, in-flight transactions and receipts. Applied data and its certification index survive.
          const i = sim.nodeIndex.get(a.node) ?? 0;
          const gi = g(i);
          gi.primary = false;
          gi.queue = [];
          gi.applying = false;
          gi.delivered = gi.applied;
          gi.received = gi.applied;
          gi.pending.clear();
          gi.outbox = [];
          gi.cert = rebuildIndex(order, gi.applied);
          return accepted;
        }
        case "set-lag": {
          // For Galera the apply lag is the time to apply one write-set (a slow disk).
          const i = sim.nodeIndex.get(a.node) ?? 0;
          applyMs[i] = node(i).applyLagMs;
          return accepted;
        }
        case "restart":
        case "promote":
        case "set-fencing":
        case "set-mode":
        case "resume":
          return accepted;
        default: {
          const never: never = a;
          return never;
        }
      }
    },

    routeToLeader: (_sim, home) => (isData(home) ? home : (all.find(isData) ?? home)),

    settled(): boolean {
      if (pendingSince >= 0 || !samePartition(components(sim), installed)) return false;
      for (let i = 0; i < n; i++) {
        const gi = g(i);
        if (!gi.primary || !isData(i) || node(i).status !== "up") continue;
        if (gi.applied < order.length || gi.pending.size > 0 || gi.outbox.length > 0 || gi.queue.length > 0) return false;
      }
      return true;
    },

    authoritativeNode: () => authoritative(),

    checkerState() {
      const a = authoritative();
      const ref = a >= 0 ? node(a) : sim.nodes.filter((_, i) => isData(i)).reduce((x, y) => (y.log.length > x.log.length ? y : x));
      const replicaStates: Record<string, Record<string, Value>> = {};
      for (let i = 0; i < n; i++) {
        const s = node(i);
        if (!isData(i) || s.status !== "up" || (a >= 0 && !g(i).primary)) continue;
        const st: Record<string, Value> = {};
        for (const [k, e] of s.kv) st[k] = e.value;
        replicaStates[s.id] = st;
      }
      return { survivingWrites: ref.log.map((e) => ({ key: e.key, value: e.value })), replicaStates };
    },

    counters() {
      const decided = c.commits + c.certFailures;
      return { ...c, abortRatePct: decided > 0 ? Math.round((1000 * c.certFailures) / decided) / 10 : 0, fcPauses: clock.pauses, fcPausedMs: Math.round(pausedMs(clock, sim.now)) };
    },

    nodeView(_sim, i): ProtocolNodeView {
      const gi = g(i);
      const role = !isData(i) ? "arbitrator" : gi.primary ? "primary" : "non-primary";
      const notes = [`view ${gi.view}`, `applied seqno ${gi.applied}/${order.length}`];
      if (gi.sequencer === i && gi.primary) notes.push("sequencer");
      if (gi.queue.length > 0) notes.push(`apply queue ${gi.queue.length}`);
      if (gi.fc.pausedBy.size > 0) notes.push(`paused by flow control (${[...gi.fc.pausedBy].map((m) => nodeName(sim, m)).join(",")})`);
      return { role, note: notes.join(", ") };
    },
  };
}
