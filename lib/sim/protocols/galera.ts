/**
 * Galera-style synchronous multi-master replication (certification-based),
 * modelled on MariaDB/Percona Galera Cluster with wsrep and optionally garbd.
 *
 * Per node: non-primary ──view with a primary component──▶ primary (joining
 * until state transfer reaches the view's base seqno) ──view without it──▶
 * non-primary. An arbitrator is a member that votes and relays but stores no
 * data and serves no clients.
 *
 * Per transaction (`galera-replication.ts`): executes on its local node
 * (costing `execFactor` × the node's apply time, on the same worker that
 * applies write-sets) against that node's last applied seqno (its snapshot)
 * → at commit its write-set goes
 * to the view's sequencer (the lowest data node of the primary component),
 * which gives it the next seqno and sends it to every member → delivered once
 * every member has it → certified (`galera-certification.ts`) and applied on
 * every other data node at its own speed (`galera-flow-control.ts`), while
 * the origin only commits it in order → the origin answers the client, or
 * with "deadlock: certification failed" once `retryAutocommit` re-runs of an
 * autocommit write are spent (an explicit transaction is never re-run).
 *
 * Reads answer from what the node has applied, which can lag the origin's
 * commit; a session with `syncWait` (wsrep_sync_wait) first asks the
 * sequencer for the last ordered seqno and waits until its node has applied
 * that far.
 *
 * Views (`galera-views.ts`, `galera-membership.ts`): a membership process
 * installs a new view once connectivity has differed for `suspectTimeoutMs`.
 * Only the primary component serves; the others refuse with "non-primary".
 * Invariant: every data node's applied sequence is a prefix of one total order.
 */
import { accepted, type ActionResult } from "../actions";
import type { Value } from "../history";
import { nodeName, record, reply, setTimer } from "../kernel";
import type { ProtocolAction, ProtocolNodeView } from "../protocol";
import { boundProtocol, type ProtocolView } from "./bound";
import { topologyFor, type TopologyOf } from "../scenario";
import type { NodeState, PendingOp, Sim } from "../sim-state";
import { rebuildIndex, type CertIndex, type WriteSet } from "./galera-certification";
import { newFlowControl, newPauseClock, pausedMs, type FlowControl, type PauseClock } from "./galera-flow-control";
import { createGaleraReplication, type ApplyTimer, type ExecTimer, type GaleraMsg } from "./galera-replication";
import type { GaleraEvent } from "./galera-events";
import { createGaleraViews } from "./galera-views";

type Timer = ApplyTimer | ExecTimer | { readonly kind: "gc-view" };

export interface Txn {
  readonly op: PendingOp;
  /** Its snapshot is fixed when execution starts. */
  ws: WriteSet;
  readonly retries: number;
  /** A retry re-runs after the write-set that beat it: its snapshot is at least that seqno. */
  readonly minSnapshot: number;
  /** A BEGIN … COMMIT transaction: wsrep_retry_autocommit does not apply. */
  readonly explicit: boolean;
  /** View in which the write-set was sent to the sequencer, or -1 while held by flow control. */
  submittedView: number;
}

/**
 * One member's state. received ≥ delivered ≥ applied (seqnos); `appliedIds` is the applied sequence of write-set ids.
 */
export interface GNode {
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
  queue: Array<{ readonly seqno: number; readonly ws: WriteSet; readonly ok: boolean; readonly at: number }>;
  applying: boolean;
  /**
   * Local transactions waiting for the worker to execute them (write-set ids in `pending`), and whether one is running.
   */
  execQueue: Array<{ readonly id: number; readonly at: number }>;
  executing: boolean;
  /** Reads waiting for a sync wait: the seqno to reach (−1 until the sequencer answered). */
  readonly syncReads: Map<number, { readonly op: PendingOp; upTo: number }>;
  readonly fc: FlowControl;
  outbox: WriteSet[];
  readonly pending: Map<number, Txn>;
  readonly appliedIds: number[];
}

/** The Galera protocol's whole state, plain data. */
export interface GaleraData {
  readonly G: GNode[];
  /** Counters reported by `counters()`. */
  readonly c: {
    commits: number;
    certFailures: number;
    retries: number;
    nonPrimaryRefusals: number;
    viewChanges: number;
    syncWaitReads: number;
  };
  /** The total order of write-sets (index = seqno − 1); a view change drops what lies beyond its base. */
  readonly order: WriteSet[];
  /** Ids of the write-sets in `order`. */
  readonly ordered: Set<number>;
  readonly clock: PauseClock;
  nextWsId: number;
  /**
   * The membership process (galera-views.ts): installed views, the last primary component, a view counter, when a
   * change was first seen.
   */
  readonly views: { installed: number[][]; lastPrimary: number[]; viewCounter: number; pendingSince: number };
}

/** The run and its state, with the helpers its write-set path and its view changes share. */
export interface GaleraState {
  readonly sim: Sim;
  readonly data: GaleraData;
  readonly n: number;
  readonly p: TopologyOf<"galera">["params"];
  /** Counters reported by `counters()`. */
  readonly c: {
    commits: number;
    certFailures: number;
    retries: number;
    nonPrimaryRefusals: number;
    viewChanges: number;
    syncWaitReads: number;
  };
  /** The total order of write-sets (index = seqno − 1); a view change drops what lies beyond its base. */
  readonly order: WriteSet[];
  /** Ids of the write-sets in `order`. */
  readonly ordered: Set<number>;
  /** Time to apply one write-set, per node. */
  readonly applyMs: number[];
  readonly clock: PauseClock;
  readonly isData: (node: number) => boolean;
  readonly g: (node: number) => GNode;
  readonly node: (node: number) => NodeState;
  /** Records the event `make` builds, only when the run keeps a log. */
  readonly log: (node: number, make: () => GaleraEvent) => void;
}

export interface GaleraInspect {
  /** The total order of write-sets (index = seqno − 1). */
  order(): readonly WriteSet[];
  /** Each node's applied write-set ids in order, and whether it is in the primary component. */
  nodes(): ReadonlyArray<{
    readonly id: string;
    readonly primary: boolean;
    readonly appliedIds: readonly number[];
    readonly applied: number;
  }>;
}

/** What a Galera run holds, for tests; undefined for other protocols. */
export function galeraInspect(sim: Sim): GaleraInspect | undefined {
  if (sim.protocol.name !== "galera") return undefined;
  const d = sim.protocolState as GaleraData;
  return {
    order: () => d.order,
    nodes: () =>
      d.G.map((gi, i) => ({
        id: (sim.nodes[i] as NodeState).id,
        primary: gi.primary && sim.nodes[i]?.status === "up",
        appliedIds: gi.appliedIds,
        applied: gi.applied,
      })),
  };
}

function init(sim: Sim): GaleraData {
  const n = sim.n;
  const p = topologyFor(sim.scenario, "galera").params;
  const arb = p.arbitrator === undefined ? -1 : (sim.nodeIndex.get(p.arbitrator) ?? -1);
  const all = Array.from({ length: n }, (_, i) => i);
  const sequencer = all.find((i) => i !== arb) ?? 0;
  return {
    G: all.map(() => ({
      view: 0,
      primary: true,
      members: all,
      sequencer,
      base: 0,
      received: 0,
      arrivedMax: 0,
      delivered: 0,
      applied: 0,
      peerReceived: new Array<number>(n).fill(0),
      cert: new Map(),
      queue: [],
      applying: false,
      execQueue: [],
      executing: false,
      syncReads: new Map(),
      fc: newFlowControl(),
      outbox: [],
      pending: new Map(),
      appliedIds: [],
    })),
    c: { commits: 0, certFailures: 0, retries: 0, nonPrimaryRefusals: 0, viewChanges: 0, syncWaitReads: 0 },
    order: [],
    ordered: new Set(),
    clock: newPauseClock(),
    nextWsId: 1,
    views: { installed: [all], lastPrimary: all, viewCounter: 0, pendingSince: -1 },
  };
}

/** The Galera handlers over one run's state. */
function bind(sim: Sim, data: GaleraData): ProtocolView<"read" | "write", GaleraMsg, Timer> {
  const n = sim.n;
  const p = topologyFor(sim.scenario, "galera").params;
  const arb = p.arbitrator === undefined ? -1 : (sim.nodeIndex.get(p.arbitrator) ?? -1);
  const isData = (i: number): boolean => i !== arb;
  const applyMs = sim.nodes.map((s) => p.applyMs[s.id] ?? p.defaultApplyMs);
  const all = Array.from({ length: n }, (_, i) => i);
  const { G, order, clock, c } = data;
  const g = (i: number): GNode => G[i] as GNode;
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const st: GaleraState = {
    sim,
    data,
    n,
    p,
    c,
    order,
    ordered: data.ordered,
    applyMs,
    clock,
    isData,
    g,
    node,
    log(i, make) {
      if (sim.logEnabled) record(sim, i, make());
    },
  };
  const repl = createGaleraReplication(st);
  const views = createGaleraViews(st, repl);
  const setT = (i: number, delay: number, t: Timer, periodic = false): void => setTimer(sim, i, delay, t, periodic);

  const authoritative = (): number => {
    for (let i = 0; i < n; i++) if (g(i).primary && node(i).status === "up") return g(i).sequencer;
    return -1;
  };

  return {
    start(): void {
      for (let i = 0; i < n; i++) node(i).role = isData(i) ? "primary" : "arbitrator";
      setT(-1, p.viewCheckMs, { kind: "gc-view" }, true);
    },

    onClientRequest(i, op): void {
      const gi = g(i);
      if (!isData(i)) return reply(sim, i, op, "fail", undefined, "arbitrator stores no data");
      if (!gi.primary) {
        c.nonPrimaryRefusals++;
        return reply(sim, i, op, "fail", undefined, "non-primary: node is not in the primary component");
      }
      if (gi.applied < gi.base)
        return reply(sim, i, op, "fail", undefined, "node is joining: state transfer in progress");
      const session = p.sessions[sim.clients[op.client]?.id ?? ""];
      switch (op.input.f) {
        case "read":
          if (session?.syncWait ?? p.syncWait) return repl.syncRead(i, op);
          return reply(sim, i, op, "ok", node(i).kv.get(op.key)?.value ?? null);
        case "write":
          return repl.begin(
            i,
            op,
            op.key,
            op.input.value,
            0,
            0,
            session?.explicitTransactions ?? p.explicitTransactions,
          );
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },

    onMessage: (env) => repl.handle(env.to, env.from, env.body),

    onTimer(i, t): void {
      switch (t.kind) {
        case "gc-view":
          setT(-1, p.viewCheckMs, { kind: "gc-view" }, true);
          return views.tick();
        case "gc-apply":
          return repl.onApplied(i, t);
        case "gc-exec":
          return repl.onExecuted(i, t);
        default: {
          const never: never = t;
          return never;
        }
      }
    },

    onAction(a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "crash": {
          // Volatile: the apply queue, in-flight transactions and receipts. Applied data and its certification index
          // survive.
          const i = sim.nodeIndex.get(a.node) ?? 0;
          const gi = g(i);
          gi.primary = false;
          gi.queue = [];
          gi.applying = false;
          gi.execQueue = [];
          gi.executing = false;
          gi.syncReads.clear();
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

    routeToLeader: (home) => (isData(home) ? home : (all.find(isData) ?? home)),

    settled(): boolean {
      if (!views.stable()) return false;
      for (let i = 0; i < n; i++) {
        const gi = g(i);
        if (!gi.primary || !isData(i) || node(i).status !== "up") continue;
        if (
          gi.applied < order.length ||
          gi.pending.size > 0 ||
          gi.outbox.length > 0 ||
          gi.queue.length > 0 ||
          gi.syncReads.size > 0
        )
          return false;
      }
      return true;
    },

    authoritativeNode: () => authoritative(),

    checkerState() {
      const a = authoritative();
      const ref =
        a >= 0
          ? node(a)
          : sim.nodes.filter((_, i) => isData(i)).reduce((x, y) => (y.log.length > x.log.length ? y : x));
      const replicaStates: Record<string, Record<string, Value>> = {};
      for (let i = 0; i < n; i++) {
        const s = node(i);
        if (!isData(i) || s.status !== "up" || (a >= 0 && !g(i).primary)) continue;
        const kv: Record<string, Value> = {};
        for (const [k, e] of s.kv) kv[k] = e.value;
        replicaStates[s.id] = kv;
      }
      return { survivingWrites: ref.log.map((e) => ({ key: e.key, value: e.value })), replicaStates };
    },

    counters() {
      const decided = c.commits + c.certFailures;
      return {
        ...c,
        abortRatePct: decided > 0 ? Math.round((1000 * c.certFailures) / decided) / 10 : 0,
        fcPauses: clock.pauses,
        fcPausedMs: Math.round(pausedMs(clock, sim.now)),
      };
    },

    nodeView(i): ProtocolNodeView {
      const gi = g(i);
      const role = !isData(i) ? "arbitrator" : gi.primary ? "primary" : "non-primary";
      const notes = [`view ${gi.view}`, `applied seqno ${gi.applied}/${order.length}`];
      if (gi.sequencer === i && gi.primary) notes.push("sequencer");
      if (gi.queue.length > 0) notes.push(`apply queue ${gi.queue.length}`);
      if (gi.execQueue.length > 0) notes.push(`${gi.execQueue.length} transactions waiting to execute`);
      if (gi.syncReads.size > 0) notes.push(`${gi.syncReads.size} reads in sync wait`);
      if (gi.fc.pausedBy.size > 0)
        notes.push(`paused by flow control (${[...gi.fc.pausedBy].map((m) => nodeName(sim, m)).join(",")})`);
      return { role, note: notes.join(", ") };
    },
  };
}

/** Galera-style certification replication; its whole state is a `GaleraData`. */
export const galeraProtocol = boundProtocol({
  name: "galera",
  ops: ["read", "write"],
  init,
  bind,
  ownCheckerState: true,
});
