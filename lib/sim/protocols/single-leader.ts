/**
 * Single-leader (master–replica) replication, modelled on MySQL binlog
 * replication managed by an Orchestrator-like failure detector.
 *
 * Roles, epochs and promotion live in `single-leader-election.ts` (with the
 * failure detector in `failure-detector.ts`); log replication and the
 * acknowledgement modes in `single-leader-replication.ts`. This file holds the
 * shared state and routes client requests, messages, timers and actions.
 *
 * State machine per node:
 *   replica ──promote (fencing off)──────────────▶ leader
 *   replica ──promote (fencing on)──▶ candidate ──majority of promises──▶ leader (writable after one lease)
 *   candidate ──refused by a node with a more up-to-date log──▶ replica (the detector promotes that node instead)
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
 * majority (the quorum-backed epoch store); a node promises only to a candidate
 * whose log is at least as up to date as its own (Raft's election restriction,
 * in `single-leader-election.ts`), and the winner opens its epoch with an empty
 * entry (Raft §8), so older entries it copies to a replica always arrive with
 * one of its own epoch behind them. For storage-level fencing even in
 * async mode, a leader only acknowledges while it holds a lease: a majority
 * acknowledged one of its heartbeats less than `leaseMs` ago (measured on its
 * own clock). A new leader starts taking writes only after waiting out one lease,
 * so the old leader has stopped acknowledging before the new one starts; with
 * a drifting clock that guarantee can break, which the lab can show. Writes the
 * old leader acknowledged before losing its lease and never replicated are
 * still lost under async: that is async's RPO, not split brain. When a leader
 * steps down or crashes it logs that tail (the acknowledged entries it never
 * saw on a majority), so the event log shows the mechanism of any such loss.
 */
import { accepted, type ActionResult, type ReplicationMode } from "../actions";
import { record, reply } from "../kernel";
import type { ProtocolAction, ProtocolNodeView } from "../protocol";
import { topologyFor } from "../scenario";
import type { NodeState, Sim } from "../sim-state";
import { boundProtocol, type ProtocolView } from "./bound";
import { createFailureDetector, newDetector, type DetectorState } from "./failure-detector";
import type { SingleLeaderEvent } from "./single-leader-events";
import {
  createSingleLeaderElection,
  type Candidate,
  type ElectionMsg,
  type ElectionTimer,
} from "./single-leader-election";
import {
  createSingleLeaderReplication,
  type LeaderSide,
  type ReplicationMsg,
  type ReplicationTimer,
} from "./single-leader-replication";

type Msg = ReplicationMsg | ElectionMsg;
type Timer = ReplicationTimer | ElectionTimer;

/** The protocol's whole state, plain data shared by its election and replication modules. Per run. */
export interface SingleLeaderState {
  readonly n: number;
  readonly majority: number;
  readonly leaseMs: number;
  readonly hbMs: number;
  readonly initialLeader: number;
  /** Changed by `set-mode`. */
  mode: ReplicationMode;
  /** Changed by `set-fencing`. */
  fencing: boolean;
  /** Per node: its leader bookkeeping while it leads, else null. */
  readonly sides: Array<LeaderSide | null>;
  /** Per node: its promise tally while it runs for an epoch, else null. */
  readonly candidates: Array<Candidate | null>;
  /** The epoch store's counter: every promotion takes the next value. */
  maxEpoch: number;
  /** Leader sides created so far: a timer from an older side is ignored. */
  gen: number;
  readonly detector: DetectorState;
}

function init(sim: Sim): SingleLeaderState {
  const n = sim.n;
  const cfg = sim.scenario;
  const topo = topologyFor(cfg, "single-leader");
  const fd = cfg.failureDetector;
  const initialLeader = sim.nodeIndex.get(topo.leader) ?? 0;
  return {
    n,
    majority: Math.floor(n / 2) + 1,
    leaseMs: cfg.fencing.leaseMs,
    hbMs: topo.params.heartbeatMs,
    initialLeader,
    mode: cfg.replication.mode,
    fencing: cfg.fencing.enabled,
    sides: new Array<LeaderSide | null>(n).fill(null),
    candidates: new Array<Candidate | null>(n).fill(null),
    maxEpoch: 0,
    gen: 0,
    detector: newDetector(
      fd.location !== undefined ? (sim.nodeIndex.get(fd.location) ?? 0) : initialLeader === 0 && n > 1 ? 1 : 0,
      fd.timeoutMs,
      initialLeader,
    ),
  };
}

/** The single-leader handlers over one run's state. */
function bind(sim: Sim, st: SingleLeaderState): ProtocolView<"read" | "write", Msg, Timer> {
  const { n, sides, candidates, initialLeader } = st;
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (i: number, make: () => SingleLeaderEvent): void => {
    if (sim.logEnabled) record(sim, i, make());
  };
  const repl = createSingleLeaderReplication(sim, st);
  const election = createSingleLeaderElection(sim, st, repl, createFailureDetector(sim, st.detector));

  return {
    start(): void {
      election.start(initialLeader);
    },

    onClientRequest(i, op): void {
      const s = node(i);
      switch (op.input.f) {
        case "read": {
          const side = sides[i];
          if (st.fencing && s.role === "leader" && side && !repl.leaseValid(i, side)) {
            reply(sim, i, op, "fail", undefined, `fenced: lease expired, cannot prove epoch ${s.epoch} is current`);
            return;
          }
          reply(sim, i, op, "ok", s.kv.get(op.key)?.value ?? null);
          return;
        }
        case "write":
          repl.write(i, op, op.input.value);
          return;
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },

    onMessage(env): void {
      const i = env.to;
      const from = env.from;
      const m = env.body;
      switch (m.kind) {
        case "append":
          if (election.admit(i, from, m.epoch, true)) repl.onAppend(i, from, m);
          return;
        case "heartbeat":
          if (election.admit(i, from, m.epoch, true)) repl.onHeartbeat(i, from, m);
          return;
        case "append-nack":
          if (m.epoch > node(i).epoch) election.admit(i, from, m.epoch, false);
          else repl.onAppendNack(i, from, m);
          return;
        case "ack":
          if (m.epoch > node(i).epoch) election.admit(i, from, m.epoch, false);
          else if (m.epoch === node(i).epoch) repl.onAck(i, from, m.received, m.applied);
          return;
        case "heartbeat-ack":
          if (m.epoch > node(i).epoch) election.admit(i, from, m.epoch, false);
          else repl.onHeartbeatAck(i, from, m);
          return;
        case "stale-epoch":
          election.onStaleEpoch(i, from, m);
          return;
        case "promise-request":
          election.onPromiseRequest(i, from, m);
          return;
        case "promise":
          election.onPromise(i, from, m);
          return;
        case "promise-refused":
          election.onPromiseRefused(i, from, m);
          return;
        default: {
          const never: never = m;
          return never;
        }
      }
    },

    onTimer(i, tb): void {
      const t = tb;
      switch (t.kind) {
        case "heartbeat":
        case "apply":
        case "semi-sync-timeout":
          repl.onTimer(i, t);
          return;
        case "promise-retry":
        case "detector":
          election.onTimer(i, t);
          return;
        default: {
          const never: never = t;
          return never;
        }
      }
    },

    onAction(a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "promote":
          return election.promote(sim.nodeIndex.get(a.node) ?? -1, "manual promotion");
        case "set-fencing":
          st.fencing = a.enabled;
          log(-1, () => ({ source: "single-leader", type: "fencing-set", kind: "mode", enabled: a.enabled }));
          return accepted;
        case "set-mode":
          st.mode = a.mode;
          log(-1, () => ({ source: "single-leader", type: "mode-set", kind: "mode", mode: a.mode }));
          repl.modeChanged();
          return accepted;
        case "set-lag": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          if (i >= 0 && node(i).status === "up") repl.scheduleApply(i);
          return accepted;
        }
        case "crash": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          const side = sides[i];
          if (side) repl.reportUnreplicatedTail(i, side, "crashes");
          sides[i] = null; // volatile: waiting clients will time out
          candidates[i] = null;
          return accepted;
        }
        case "restart":
          election.restart(sim.nodeIndex.get(a.node) ?? -1);
          return accepted;
        case "resume":
          return accepted;
        default: {
          const never: never = a;
          return never;
        }
      }
    },

    routeToLeader(home): number {
      const l = node(home).leader;
      return l >= 0 ? l : initialLeader;
    },

    settled(): boolean {
      const l = election.leader();
      if (l < 0) return true;
      const side = sides[l];
      if (side && side.waitHead < side.waiting.length) return false;
      const ls = node(l);
      const last = ls.log.length;
      for (let x = 0; x < n; x++) {
        const s = node(x);
        if (x === l || s.status !== "up") continue;
        if (s.role !== "replica" || s.epoch !== ls.epoch || s.log.length !== last || s.appliedLsn !== last)
          return false;
        if (last > 0 && s.log[last - 1] !== ls.log[last - 1]) return false;
      }
      return true;
    },

    authoritativeNode: () => election.leader(),

    nodeView(i): ProtocolNodeView {
      const s = node(i);
      const side = sides[i];
      if (side) {
        const notes = [`mode ${st.mode}${st.mode === "semi-sync" && !side.semiSyncOn ? " (fell back to async)" : ""}`];
        if (st.fencing)
          notes.push(repl.leaseValid(i, side) ? `lease until ${Math.round(side.leaseUntil)}` : "no lease");
        return { role: s.role, note: notes.join(", ") };
      }
      const cand = candidates[i];
      if (cand) return { role: s.role, note: `promises ${cand.promises.size}/${st.majority}` };
      return { role: s.role };
    },
  };
}

/** Single-leader replication; its whole state is a `SingleLeaderState`. */
export const singleLeaderProtocol = boundProtocol({
  name: "single-leader",
  ops: ["read", "write"],
  init,
  bind,
  ownCheckerState: false,
});
