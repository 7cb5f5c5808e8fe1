/**
 * Single-leader roles, epochs and failover: who leads, in which epoch, and
 * how a new leader is made, by hand or by the failure detector (the state
 * machine and the fencing model are in the header of `single-leader.ts`).
 * Every promotion takes the next epoch from one counter (the epoch store), so
 * two leaders never share an epoch; the epoch rule (`admit`) gates every
 * message that carries one.
 *
 * With fencing on, a promotion is an election with Raft's election restriction
 * (Raft §5.4.1): a promise request carries the candidate's last log position
 * (epoch of its last entry, then its LSN) and a node promises only to a
 * candidate whose log is at least as up to date as its own. A node that
 * refuses answers with its own position and keeps its epoch, so a lagging
 * candidate cannot depose a leader either. A candidate keeps asking the nodes
 * that have not answered (a cut may heal; the epoch stays the same, so waiting
 * costs nothing), but the first refusal makes it stand down: a refusal proves
 * that a node holding more of the log is up and reachable, and deferring to it
 * means the next leader keeps the writes the refuser holds, where winning
 * without it would discard them. The failure detector, which promotes the most
 * up-to-date node it can reach, then picks the better-placed node. (Raft's
 * candidate would instead keep running with new terms; with an external
 * detector choosing candidates, stepping aside converges in one more round.)
 */
import { accepted, refused, type ActionResult } from "../actions";
import { epoch as toEpoch, type Epoch } from "../ids";
import { applyUpTo, localNow, nodeName, record, send, setTimer } from "../kernel";
import type { NodeState, Sim } from "../sim-state";
import type { SingleLeaderEvent } from "./single-leader-events";
import type { SingleLeaderState } from "./single-leader";
import type { FailureDetector } from "./failure-detector";
import { atLeastAsUpToDate, logPosition, type LogPosition } from "./single-leader-log-position";
import type { SingleLeaderReplication } from "./single-leader-replication";

export type ElectionMsg =
  | { readonly kind: "stale-epoch"; readonly epoch: number; readonly leader: number }
  | { readonly kind: "promise-request"; readonly epoch: number; readonly last: LogPosition }
  | { readonly kind: "promise"; readonly epoch: number }
  | { readonly kind: "promise-refused"; readonly epoch: number; readonly last: LogPosition };

export type ElectionTimer = { readonly kind: "promise-retry"; readonly epoch: number } | { readonly kind: "detector" };

type Of<K extends ElectionMsg["kind"]> = Extract<ElectionMsg, { kind: K }>;

/**
 * A node running for an epoch with fencing on: the nodes that promised not to accept an older one, and those that
 * refused because its log is behind theirs.
 */
export interface Candidate {
  readonly epoch: number;
  readonly promises: Set<number>;
  readonly refusals: Set<number>;
  readonly requestedAt: number;
}

export interface SingleLeaderElection {
  /** Epoch 1 everywhere, the scenario's leader leads, the detector starts probing. */
  start(initialLeader: number): void;
  /**
   * Epoch rule for any message from `from` carrying epoch `e`. Returns whether
   * to process it. A higher epoch is adopted (stepping down if needed); a lower
   * one is ignored, or with fencing answered with `stale-epoch`.
   */
  admit(node: number, from: number, e: number, leaderMsg: boolean): boolean;
  /** Manual or automatic promotion. Refused for crashed or paused nodes and for the current leader. */
  promote(node: number, why: string): ActionResult;
  /** A restarted node: role and epoch are durable, leader bookkeeping is not. */
  restart(node: number): void;
  /** The up leader with the highest epoch, or -1. */
  leader(): number;
  onStaleEpoch(node: number, from: number, m: Of<"stale-epoch">): void;
  onPromiseRequest(node: number, from: number, m: Of<"promise-request">): void;
  onPromise(node: number, from: number, m: Of<"promise">): void;
  onPromiseRefused(node: number, from: number, m: Of<"promise-refused">): void;
  onTimer(node: number, t: ElectionTimer): void;
}

export function createSingleLeaderElection(
  sim: Sim,
  st: SingleLeaderState,
  repl: SingleLeaderReplication,
  detector: FailureDetector,
): SingleLeaderElection {
  const { n, majority, leaseMs, hbMs, sides, candidates } = st;
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (i: number, make: () => SingleLeaderEvent): void => {
    if (sim.logEnabled) record(sim, i, make());
  };
  const fd = sim.scenario.failureDetector;
  const sendMsg = (from: number, to: number, m: ElectionMsg): void => send(sim, from, to, m);
  const setT = (i: number, delay: number, t: ElectionTimer, periodic = false): void =>
    setTimer(sim, i, delay, t, periodic);

  /** Guarded: only an up node becomes leader. Starts heartbeats at once. */
  function becomeLeader(i: number, e: number, writableAt: number, leaseFrom: number, why: string): void {
    const s = node(i);
    if (s.status !== "up") return;
    s.role = "leader";
    s.epoch = toEpoch(e);
    s.leader = i;
    candidates[i] = null;
    applyUpTo(s, s.log.length); // drain the relay log before taking writes
    const side = repl.newSide(i, writableAt, leaseFrom);
    sides[i] = side;
    detector.watch(i);
    log(i, () => ({ source: "single-leader", type: "becomes-leader", kind: "role", epoch: e, why }));
    repl.heartbeat(i, side);
  }

  /**
   * Guarded: only a leader or candidate steps down. Pending acknowledgements
   * become indeterminate, and the acknowledged tail it never saw on a majority
   * is named in the log: those are the writes a new leader may not have.
   */
  function stepDown(i: number, leader: number, why: string): void {
    const s = node(i);
    const side = sides[i];
    if (s.role !== "replica") log(i, () => ({ source: "single-leader", type: "steps-down", kind: "role", why }));
    if (side) {
      repl.reportUnreplicatedTail(i, side, "steps down");
      repl.abandon(i, side);
    }
    sides[i] = null;
    candidates[i] = null;
    s.role = "replica";
    s.leader = leader;
  }

  /** Guarded: only a candidate that a better-placed node has refused stands down, leaving the epoch to that node. */
  function deferToBetterPlaced(i: number, cand: Candidate, refuser: number, theirs: LogPosition): void {
    const s = node(i);
    if (s.role !== "candidate" || candidates[i] !== cand || !cand.refusals.has(refuser)) return;
    candidates[i] = null;
    s.role = "replica";
    s.leader = -1;
    log(i, () => ({
      source: "single-leader",
      type: "stands-down",
      kind: "role",
      epoch: cand.epoch,
      deferTo: nodeName(sim, refuser),
      theirs,
      own: logPosition(s),
    }));
  }

  function admit(i: number, from: number, e: number, leaderMsg: boolean): boolean {
    const s = node(i);
    if (e > s.epoch) {
      s.epoch = toEpoch(e);
      if (s.role !== "replica") stepDown(i, leaderMsg ? from : -1, `saw epoch ${e} from ${nodeName(sim, from)}`);
      if (leaderMsg) s.leader = from;
      return true;
    }
    if (e < s.epoch) {
      if (st.fencing) {
        log(i, () => ({
          source: "single-leader",
          type: "fenced",
          kind: "reject",
          epoch: e,
          from: nodeName(sim, from),
          current: s.epoch,
        }));
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

  function promote(i: number, why: string): ActionResult {
    const s = node(i);
    if (s.status !== "up") return refused(`${s.id} is ${s.status} and cannot be promoted`);
    if (s.role === "leader" && s.epoch === st.maxEpoch) return refused(`${s.id} is already the leader`);
    const e = ++st.maxEpoch;
    detector.watch(i);
    if (!st.fencing || n === 1) {
      const t = localNow(sim, i);
      becomeLeader(i, e, t, t, why);
      return accepted;
    }
    if (sides[i]) stepDown(i, -1, "running for a new epoch");
    s.role = "candidate";
    s.epoch = toEpoch(e);
    s.leader = -1;
    const cand: Candidate = { epoch: e, promises: new Set([i]), refusals: new Set(), requestedAt: localNow(sim, i) };
    candidates[i] = cand;
    log(i, () => ({
      source: "single-leader",
      type: "asks-promises",
      kind: "role",
      epoch: e,
      why,
      majority,
      n,
      own: logPosition(s),
    }));
    requestPromises(i, cand);
    return accepted;
  }

  function requestPromises(i: number, cand: Candidate): void {
    const body: ElectionMsg = { kind: "promise-request", epoch: cand.epoch, last: logPosition(node(i)) };
    for (let r = 0; r < n; r++) if (r !== i && !cand.promises.has(r) && !cand.refusals.has(r)) send(sim, i, r, body);
    setT(i, hbMs * 5, { kind: "promise-retry", epoch: cand.epoch });
  }

  return {
    start(initialLeader): void {
      st.maxEpoch = 1;
      for (let i = 0; i < n; i++) {
        const s = node(i);
        s.epoch = toEpoch(1);
        s.leader = initialLeader;
      }
      becomeLeader(initialLeader, 1, 0, 0, "initial");
      if (fd.enabled) setT(-1, fd.intervalMs, { kind: "detector" }, true);
    },

    admit,
    promote,

    restart(i): void {
      const s = node(i);
      if (s.role === "leader") {
        // The old primary comes back believing it leads (as MySQL does without read_only), with no lease.
        const t = localNow(sim, i);
        const side = repl.newSide(i, t, -Infinity);
        side.leaseUntil = n === 1 ? Infinity : -Infinity;
        sides[i] = side;
        log(i, () => ({ source: "single-leader", type: "restarts-as-leader", kind: "role", epoch: s.epoch }));
        repl.heartbeat(i, side);
      } else {
        s.role = "replica";
        repl.scheduleApply(i);
      }
    },

    leader(): number {
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
    },

    onStaleEpoch(i, from, m): void {
      const s = node(i);
      if (m.epoch > s.epoch) {
        s.epoch = toEpoch(m.epoch);
        if (s.role !== "replica") stepDown(i, m.leader, `fenced by ${nodeName(sim, from)} (epoch ${m.epoch})`);
        s.leader = m.leader;
      }
    },

    onPromiseRequest(i, from, m): void {
      const s = node(i);
      if (m.epoch < s.epoch) {
        admit(i, from, m.epoch, false);
        return;
      }
      const newEpoch = m.epoch > s.epoch || (m.epoch === s.epoch && s.leader === from);
      if (!newEpoch) return; // already promised this epoch to another candidate
      const own = logPosition(s);
      if (!atLeastAsUpToDate(m.last, own)) {
        log(i, () => ({
          source: "single-leader",
          type: "refuses-promise",
          kind: "reject",
          epoch: m.epoch,
          to: nodeName(sim, from),
          theirs: m.last,
          own,
        }));
        sendMsg(i, from, { kind: "promise-refused", epoch: m.epoch, last: own });
        return;
      }
      admit(i, from, m.epoch, false);
      s.leader = from;
      sendMsg(i, from, { kind: "promise", epoch: m.epoch });
    },

    onPromise(i, from, m): void {
      const cand = candidates[i];
      if (!cand || cand.epoch !== m.epoch || node(i).role !== "candidate") return;
      cand.promises.add(from);
      if (cand.promises.size >= majority) {
        const t = localNow(sim, i);
        becomeLeader(
          i,
          cand.epoch,
          t + leaseMs,
          cand.requestedAt,
          `promised by a majority; writable after one lease, ${leaseMs} ms`,
        );
        const side = sides[i];
        if (side) repl.appendNoOp(i, side);
      }
    },

    onPromiseRefused(i, from, m): void {
      const cand = candidates[i];
      if (!cand || cand.epoch !== m.epoch || node(i).role !== "candidate") return;
      cand.refusals.add(from);
      deferToBetterPlaced(i, cand, from, m.last);
    },

    onTimer(i, t): void {
      switch (t.kind) {
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
  };
}
