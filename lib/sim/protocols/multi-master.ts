/**
 * Asynchronous multi-master (multi-leader) replication, modelled on MySQL
 * master-master (circular or multi-source binlog replication) and on
 * Dynamo-style stores for the version-vector and counter modes.
 *
 * State machine: every node is a "master" all the time; there are no roles to
 * change. Per write: accepted locally (ownership permitting) → acknowledged at
 * once → shipped to every peer → integrated by each peer exactly once, in its
 * origin's order, through the conflict rule (`multi-master-resolve.ts`).
 *
 * Replication: each node keeps its own writes in an origin log; it pipelines
 * each new write to every peer and, every `replicationIntervalMs`, resends
 * from the last acknowledged position to a peer that made no progress (after
 * a cut heals, a crash, or a lost message). Peers acknowledge the count of the
 * origin's writes they have integrated, so a resend is idempotent.
 *
 * Metrics: conflicts (key, the writes involved, how resolved) as detected,
 * counted once per pair of writes per run (the first node to detect a pair
 * reports it). In lww mode a node keeps only the winner, so an arriving write
 * is compared with that winner alone, and a discarded write is never reported
 * again against later writes; it counts as a lost acknowledged write (see
 * `survives`) unless the final winner's chain of overwrites holds it.
 * Divergence sampled every `divergenceSampleMs` as the number of keys whose
 * read value differs among up nodes.
 */
import { accepted, type ActionResult } from "../actions";
import type { Value } from "../history";
import { epoch, lsn } from "../ids";
import { localNow, nodeName, record, reply, send, setTimer } from "../kernel";
import type { ProtocolAction, ProtocolNodeView } from "../protocol";
import { boundProtocol, type ProtocolView } from "./bound";
import { topologyFor } from "../scenario";
import type { NodeState, PendingOp, Sim } from "../sim-state";
import { describeShare, ownerOf } from "./multi-master-ownership";
import {
  integrate,
  newKeyState,
  readValue,
  survives,
  type ConflictRecord,
  type KeyState,
  type MmWrite,
} from "./multi-master-resolve";

type Msg =
  | { readonly kind: "mm-repl"; readonly origin: number; readonly writes: readonly MmWrite[] }
  | { readonly kind: "mm-ack"; readonly upTo: number };
type Timer = { readonly kind: "mm-resend" } | { readonly kind: "mm-sample" };

/** Replication bookkeeping of one node. `local` is durable; `sent` is volatile (reset on crash). */
interface Master {
  readonly keys: Map<string, KeyState>;
  /** This node's own writes, seq = index + 1. */
  readonly local: MmWrite[];
  /** Per origin: how many of its writes this node has integrated. */
  readonly applied: number[];
  /** Per peer: how many of this node's writes the peer has acknowledged / been sent. */
  readonly acked: number[];
  readonly sent: number[];
  /** Per peer: `acked` at the previous resend tick, to spot a peer making no progress. */
  readonly ackedAtTick: number[];
}

export interface MultiMasterReport {
  readonly mode: "lww" | "version-vectors" | "counter";
  readonly conflicts: readonly ConflictRecord[];
  /** Virtual time → keys whose value differs among up nodes. */
  readonly divergence: ReadonlyArray<{ readonly at: number; readonly keys: number }>;
  readonly ownershipRefusals: number;
  readonly siblingReads: number;
}

/** The multi-master protocol's whole state, plain data. */
export interface MultiMasterState {
  readonly masters: Master[];
  /** Every write, in the order written (MmWrite objects are shared with `masters`' logs and key states). */
  readonly allWrites: MmWrite[];
  readonly conflicts: ConflictRecord[];
  readonly seenPairs: Set<string>;
  readonly divergence: Array<{ at: number; keys: number }>;
  ownershipRefusals: number;
  siblingReads: number;
}

/** What tests and reports read of a multi-master run. */
export interface MultiMasterInspect {
  report(): MultiMasterReport;
  keyState(node: number, key: string): KeyState | undefined;
  writes(): readonly MmWrite[];
}

const MAX_BATCH = 500;

/** What a multi-master run holds, for tests and reports; undefined for other protocols. */
export function multiMasterInspect(sim: Sim): MultiMasterInspect | undefined {
  if (sim.protocol.name !== "multi-master") return undefined;
  const st = sim.protocolState as MultiMasterState;
  const mode = topologyFor(sim.scenario, "multi-master").params.conflict;
  return {
    report: () => ({
      mode,
      conflicts: st.conflicts.slice(),
      divergence: st.divergence.slice(),
      ownershipRefusals: st.ownershipRefusals,
      siblingReads: st.siblingReads,
    }),
    keyState: (i, key) => st.masters[i]?.keys.get(key),
    writes: () => st.allWrites,
  };
}

/** The multi-master report of a run, or undefined for other protocols. */
export function multiMasterReport(sim: Sim): MultiMasterReport | undefined {
  return multiMasterInspect(sim)?.report();
}

function init(sim: Sim): MultiMasterState {
  const n = sim.n;
  return {
    masters: sim.nodes.map(() => ({
      keys: new Map(),
      local: [],
      applied: new Array<number>(n).fill(0),
      acked: new Array<number>(n).fill(0),
      sent: new Array<number>(n).fill(0),
      ackedAtTick: new Array<number>(n).fill(0),
    })),
    allWrites: [],
    conflicts: [],
    seenPairs: new Set(),
    divergence: [],
    ownershipRefusals: 0,
    siblingReads: 0,
  };
}

/** The multi-master handlers over one run's state. */
function bind(sim: Sim, st: MultiMasterState): ProtocolView<"read" | "write", Msg, Timer> {
  const n = sim.n;
  const p = topologyFor(sim.scenario, "multi-master").params;
  const mode = p.conflict;
  const { masters, allWrites, conflicts, seenPairs, divergence } = st;

  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const m = (i: number): Master => masters[i] as Master;
  const sendMsg = (from: number, to: number, msg: Msg): void => send(sim, from, to, msg);
  const setT = (i: number, delay: number, t: Timer, periodic = false): void => setTimer(sim, i, delay, t, periodic);
  const owner = (key: string): number | undefined => ownerOf(p.ownership, key, sim.nodeIndex, n);

  /** Integrates `w` on node i (exactly once: callers check `applied`) and mirrors the read value into kv for the UI. */
  function apply(i: number, w: MmWrite): void {
    const s = node(i);
    const mi = m(i);
    let ks = mi.keys.get(w.key);
    if (!ks) mi.keys.set(w.key, (ks = newKeyState(n)));
    for (const c of integrate(ks, w, mode, sim.now, s.id)) {
      const id = `${c.key}|${c.kind}|${c.writes.map((x) => x.opId).join(",")}`;
      if (seenPairs.has(id)) continue;
      seenPairs.add(id);
      conflicts.push(c);
      if (sim.logEnabled)
        record(sim, i, {
          source: "multi-master",
          type: "conflict",
          kind: "repl",
          key: c.key,
          conflict: c.kind,
          resolution: c.resolution,
        });
    }
    mi.applied[w.origin] = w.seq;
    const entry = { lsn: lsn(s.log.length + 1), epoch: epoch(0), key: w.key, value: w.value, opId: w.id, at: sim.now };
    s.log.push(entry);
    s.appliedLsn = s.log.length;
    s.kv.set(w.key, { ...entry, value: readValue(ks, mode) });
  }

  function ship(i: number, peer: number, from: number): void {
    const mi = m(i);
    const end = Math.min(mi.local.length, from + MAX_BATCH);
    if (end <= from) return;
    mi.sent[peer] = end;
    sendMsg(i, peer, { kind: "mm-repl", origin: i, writes: mi.local.slice(from, end) });
  }

  function write(i: number, op: PendingOp, value: Value): void {
    const s = node(i);
    const o = owner(op.key);
    if (p.enforceOwnership && o !== undefined && o !== i) {
      st.ownershipRefusals++;
      reply(
        sim,
        i,
        op,
        "fail",
        undefined,
        o < 0
          ? `ownership: no node owns "${op.key}"`
          : `ownership: "${op.key}" belongs to ${nodeName(sim, o)}, not ${s.id}`,
      );
      return;
    }
    if (mode === "counter" && typeof value !== "number") {
      reply(sim, i, op, "fail", undefined, "counter mode takes numeric deltas");
      return;
    }
    const mi = m(i);
    const ks = mi.keys.get(op.key);
    // The write's context is what this node shows for the key. lww: only the winner (the losers it discarded are
    // gone, so a new write must not count as having seen them); other modes: every integrated write's vector.
    const overwrites = mode === "lww" ? (ks?.winner ?? null) : null;
    const vv = ((mode === "lww" ? overwrites?.vv : ks?.vv) ?? new Array<number>(n).fill(0)).slice();
    vv[i] = (vv[i] ?? 0) + 1;
    const w: MmWrite = {
      id: op.id,
      origin: i,
      originName: s.id,
      seq: mi.local.length + 1,
      key: op.key,
      value,
      ts: localNow(sim, i),
      vv,
      overwrites,
      depth: (overwrites?.depth ?? 0) + 1,
    };
    mi.local.push(w);
    allWrites.push(w);
    apply(i, w);
    for (let r = 0; r < n; r++) if (r !== i && mi.sent[r] === w.seq - 1) ship(i, r, w.seq - 1);
    reply(sim, i, op, "ok");
  }

  function onRepl(i: number, from: number, msg: Extract<Msg, { kind: "mm-repl" }>): void {
    const mi = m(i);
    for (const w of msg.writes) {
      const have = mi.applied[msg.origin] as number;
      if (w.seq <= have) continue;
      if (w.seq > have + 1) break; // an earlier batch was lost: the origin resends from our ack
      apply(i, w);
    }
    sendMsg(i, from, { kind: "mm-ack", upTo: mi.applied[msg.origin] as number });
  }

  function resendTick(i: number): void {
    const mi = m(i);
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const acked = mi.acked[r] as number;
      if (acked < mi.local.length && acked === mi.ackedAtTick[r]) ship(i, r, acked);
      mi.ackedAtTick[r] = acked;
    }
  }

  function sample(): void {
    const up = masters.filter((_, i) => node(i).status === "up");
    const keys = new Set<string>();
    for (const mi of up) for (const k of mi.keys.keys()) keys.add(k);
    let differing = 0;
    for (const k of keys) {
      const first = String(readValue(up[0]?.keys.get(k), mode));
      if (up.some((mi) => String(readValue(mi.keys.get(k), mode)) !== first)) differing++;
    }
    divergence.push({ at: sim.now, keys: differing });
  }

  const authoritative = (): number => sim.nodes.findIndex((s) => s.status === "up");

  return {
    start(): void {
      for (let i = 0; i < n; i++) {
        node(i).role = "master";
        setT(i, p.replicationIntervalMs, { kind: "mm-resend" }, true);
      }
      setT(-1, p.divergenceSampleMs, { kind: "mm-sample" }, true);
    },

    onClientRequest(i, op): void {
      switch (op.input.f) {
        case "read": {
          const v = readValue(m(i).keys.get(op.key), mode);
          if (typeof v === "string" && mode === "version-vectors" && (m(i).keys.get(op.key)?.frontier.length ?? 0) > 1)
            st.siblingReads++;
          reply(sim, i, op, "ok", v);
          return;
        }
        case "write":
          write(i, op, op.input.value);
          return;
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },

    onMessage(env): void {
      const msg = env.body;
      switch (msg.kind) {
        case "mm-repl":
          onRepl(env.to, env.from, msg);
          return;
        case "mm-ack": {
          const mi = m(env.to);
          if (msg.upTo > (mi.acked[env.from] as number)) mi.acked[env.from] = msg.upTo;
          if ((mi.sent[env.from] as number) < msg.upTo) mi.sent[env.from] = msg.upTo;
          return;
        }
        default: {
          const never: never = msg;
          return never;
        }
      }
    },

    onTimer(i, t): void {
      switch (t.kind) {
        case "mm-resend":
          setT(i, p.replicationIntervalMs, { kind: "mm-resend" }, true);
          resendTick(i);
          return;
        case "mm-sample":
          setT(-1, p.divergenceSampleMs, { kind: "mm-sample" }, true);
          sample();
          return;
        default: {
          const never: never = t;
          return never;
        }
      }
    },

    onAction(a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "crash": {
          const mi = m(sim.nodeIndex.get(a.node) ?? 0);
          for (let r = 0; r < n; r++) mi.sent[r] = mi.acked[r] as number;
          return accepted;
        }
        case "restart": {
          const i = sim.nodeIndex.get(a.node) ?? 0;
          setT(i, p.replicationIntervalMs, { kind: "mm-resend" }, true);
          return accepted;
        }
        case "promote":
        case "set-fencing":
        case "set-mode":
        case "set-lag":
        case "resume":
          return accepted;
        default: {
          const never: never = a;
          return never;
        }
      }
    },

    routeToLeader(home, _f, key): number {
      if (key === undefined || p.routeWrites !== "owner") return home;
      const o = owner(key);
      return o === undefined || o < 0 ? home : o;
    },

    settled(): boolean {
      for (let i = 0; i < n; i++) {
        if (node(i).status !== "up") continue;
        const mi = m(i);
        for (let r = 0; r < n; r++)
          if (r !== i && node(r).status === "up" && (m(r).applied[i] as number) < mi.local.length) return false;
      }
      return true;
    },

    authoritativeNode: () => authoritative(),

    checkerState() {
      const a = authoritative();
      const ref = a >= 0 ? m(a) : undefined;
      const survivingWrites = ref
        ? allWrites
            .filter((w) => {
              const ks = ref.keys.get(w.key);
              return ks !== undefined && survives(w, ks, mode);
            })
            .map((w) => ({ key: w.key, value: w.value }))
        : [];
      const replicaStates: Record<string, Record<string, Value>> = {};
      masters.forEach((mi, i) => {
        const s = node(i);
        if (s.status !== "up") return;
        const st: Record<string, Value> = {};
        for (const [k, ks] of mi.keys) st[k] = readValue(ks, mode);
        replicaStates[s.id] = st;
      });
      return { survivingWrites, replicaStates };
    },

    counters() {
      const last = divergence[divergence.length - 1];
      return {
        conflicts: conflicts.filter((c) => c.kind === "concurrent").length,
        skewLosses: conflicts.filter((c) => c.kind === "skew").length,
        divergentKeys: last?.keys ?? 0,
        maxDivergentKeys: divergence.reduce((x, d) => Math.max(x, d.keys), 0),
        ownershipRefusals: st.ownershipRefusals,
        siblingReads: st.siblingReads,
      };
    },

    nodeView(i): ProtocolNodeView {
      const s = node(i);
      return {
        role: "master",
        note: `${mode}, ${describeShare(p.ownership, s.id, i, n)}, ${m(i).local.length} own writes`,
      };
    },
  };
}

/** Multi-master replication; its whole state is a `MultiMasterState`. */
export const multiMasterProtocol = boundProtocol({
  name: "multi-master",
  ops: ["read", "write"],
  init,
  bind,
  ownCheckerState: true,
});
