/**
 * The leaderless request path: one client request at its coordinator (the
 * node the client contacted) and the replicas' answers to it. A write that
 * reaches a node outside the key's replica set is forwarded to the first
 * reachable replica, as Dynamo does.
 *   write: stamp version (merge of the coordinator's clocks for the key, own
 *          counter + 1) → store locally → send `put` to the other targets →
 *          W acks ⇒ ok  |  `requestTimeoutMs` first ⇒ info (the version stays
 *          wherever it landed: there is no rollback, so a "failed" write can
 *          surface later through reads, read repair or anti-entropy)
 *   read:  send `get` to the targets → R replies ⇒ answer with the merged
 *          sibling set  |  timeout first ⇒ fail. Replies that arrive later
 *          still feed read repair.
 * Targets are the key's N home replicas; with `sloppyQuorum`, unreachable
 * home replicas are replaced by the next healthy nodes on the ring, which
 * store the version as a hint for the home node and count toward W; with
 * `hintedHandoff` a write with fewer than W home replicas up is refused at
 * once, and otherwise the coordinator itself keeps a hint for each
 * unreachable home replica (within `hintWindowMs`), which counts toward
 * nothing. Both
 * are handed off by `leaderless-sync.ts`.
 *
 * Read repair: the coordinator sends the merged set to every home replica
 * whose reply did not cover it. In `background` mode the client has its
 * answer first; in `blocking` mode the coordinator first waits until the
 * replicas that formed the read's quorum acknowledge the repair, so R
 * replicas hold what the read returned before it returns, and with R + R > N
 * a later quorum read cannot return anything older (timeout first ⇒ fail).
 * Coordinator state is volatile: a crash forgets the requests the node was
 * coordinating.
 */
import { localNow, nodeName, record, reply, send, setTimer } from "../kernel";
import type { TopologyOf } from "../scenario";
import type { PendingOp, TimerBody } from "../sim-state";
import type { LeaderlessEvent } from "./leaderless-events";
import type { LeaderlessState } from "./leaderless";
import { covers, mergeClocks, mergeSets, pick, type Version } from "./leaderless-versions";

export type QuorumMsg =
  | {
      readonly kind: "put";
      readonly req: number;
      readonly key: string;
      readonly version: Version;
      readonly hintFor: number;
    }
  | { readonly kind: "put-ack"; readonly req: number }
  | { readonly kind: "get"; readonly req: number; readonly key: string }
  | { readonly kind: "get-reply"; readonly req: number; readonly versions: readonly Version[] }
  /** `req` ≥ 0: a blocking read waits for the `repair-ack`. */
  | { readonly kind: "repair"; readonly key: string; readonly versions: readonly Version[]; readonly req: number }
  | { readonly kind: "repair-ack"; readonly req: number }
  | { readonly kind: "forward-write"; readonly op: PendingOp };

/** The coordinator's deadline for one request. */
export type QuorumTimer = { readonly kind: "request-timeout"; readonly req: number };

/** A request its coordinator is waiting on; part of the protocol state. */
export type QuorumRequest = WriteReq | ReadReq;

interface WriteReq {
  readonly f: "write";
  readonly coord: number;
  readonly op: PendingOp;
  readonly need: number;
  acks: number;
}
interface ReadReq {
  readonly f: "read";
  readonly coord: number;
  readonly op: PendingOp;
  readonly need: number;
  readonly targets: readonly number[];
  readonly replies: Map<number, readonly Version[]>;
  merged: Version[];
  /** R replies arrived: the answer is decided. */
  answered: boolean;
  /** Blocking read repair: quorum members still to acknowledge their repair before the client gets `value`. */
  readonly awaitingRepair: Set<number>;
  value: Version["value"] | null;
}

export interface LeaderlessQuorum {
  coordinateWrite(coordinator: number, op: PendingOp): void;
  coordinateRead(coordinator: number, op: PendingOp): void;
  /** Every message kind that is not anti-entropy or hinted handoff. */
  /** A quorum message `m` from node `from` reached node `i`. */
  onMessage(i: number, from: number, m: QuorumMsg): void;
  onTimeout(timer: QuorumTimer): void;
  /** A crash: the node's coordinator state is volatile. */
  forget(node: number): void;
  /** No request is waiting for acks, replies or its timeout. */
  idle(): boolean;
}

export function createLeaderlessQuorum(st: LeaderlessState, topo: TopologyOf<"leaderless">): LeaderlessQuorum {
  const { sim } = st;
  const N = Math.min(topo.n, st.n);
  const requests = st.data.requests;
  const log = (i: number, make: () => LeaderlessEvent): void => {
    if (sim.logEnabled) record(sim, i, make());
  };
  const sendMsg = (from: number, to: number, m: QuorumMsg): void => send(sim, from, to, m);
  const timer = (t: QuorumTimer): TimerBody => t;

  /**
   * Where a request for `key` coordinated at `c` goes: home replicas, or with sloppy quorum the first N healthy ring
   * nodes, each with the home it stands in for (-1: itself).
   */
  function targets(c: number, key: string): Array<{ node: number; hintFor: number }> {
    const w = st.ring(key);
    if (!topo.sloppyQuorum) return w.slice(0, N).map((x) => ({ node: x, hintFor: -1 }));
    const down = w.slice(0, N).filter((x) => !st.reachable(c, x));
    const out: Array<{ node: number; hintFor: number }> = [];
    for (let k = 0; k < w.length && out.length < N; k++) {
      const x = w[k] as number;
      if (!st.reachable(c, x)) continue;
      out.push({ node: x, hintFor: k < N ? -1 : (down.shift() ?? -1) });
    }
    return out;
  }

  function coordinateWrite(c: number, op: PendingOp): void {
    if (op.input.f !== "write") return;
    const ts = targets(c, op.key);
    const mine = ts.find((t) => t.node === c);
    if (!mine) {
      const to = ts[0];
      if (to === undefined) reply(sim, c, op, "fail", undefined, "no replica of the key is reachable");
      else sendMsg(c, to.node, { kind: "forward-write", op });
      return;
    }
    if (topo.hintedHandoff) {
      // Cassandra checks liveness first: with fewer than W home replicas up it refuses the write (Unavailable), stores
      // nothing and hints nothing.
      const up = st.replicas(op.key).filter((x) => st.reachable(c, x)).length;
      if (up < topo.w) {
        st.counters.unavailable = (st.counters.unavailable ?? 0) + 1;
        reply(
          sim,
          c,
          op,
          "fail",
          undefined,
          `unavailable: only ${up} of N=${N} replicas are up, W=${topo.w} needs ${topo.w}; nothing was written`,
        );
        return;
      }
    }
    const clock = mergeClocks(st.localVersions(c, op.key), st.n);
    clock[c] = (clock[c] as number) + 1;
    const v: Version = { value: op.input.value, clock, ts: localNow(sim, c), writer: c, opId: op.id };
    const id = st.data.nextReq++;
    const req: WriteReq = { f: "write", coord: c, op, need: topo.w, acks: 1 };
    st.accept(c, op.key, v, mine.hintFor);
    if (topo.hintedHandoff) for (const x of st.replicas(op.key)) if (!st.reachable(c, x)) keepHint(c, x, op.key, v);
    if (req.acks >= req.need) reply(sim, c, op, "ok");
    else {
      requests.set(id, req);
      setTimer(sim, c, topo.requestTimeoutMs, timer({ kind: "request-timeout", req: id }));
    }
    for (const t of ts)
      if (t.node !== c) sendMsg(c, t.node, { kind: "put", req: id, key: op.key, version: v, hintFor: t.hintFor });
  }

  /**
   * Cassandra-style: the coordinator stores a hint for an unreachable home replica, unless it has been down longer than
   * the hint window.
   */
  function keepHint(c: number, x: number, key: string, v: Version): void {
    const down = st.downFor(c, x);
    if (down <= topo.hintWindowMs) {
      st.accept(c, key, v, x);
      return;
    }
    st.counters.hintsPastWindow = (st.counters.hintsPastWindow ?? 0) + 1;
    log(c, () => ({
      source: "leaderless",
      type: "hint-window-passed",
      kind: "repl",
      target: nodeName(sim, x),
      downMs: down,
      windowMs: topo.hintWindowMs,
      key,
    }));
  }

  function coordinateRead(c: number, op: PendingOp): void {
    const ts = targets(c, op.key).map((t) => t.node);
    const id = st.data.nextReq++;
    const req: ReadReq = {
      f: "read",
      coord: c,
      op,
      need: topo.r,
      targets: ts,
      replies: new Map(),
      merged: [],
      answered: false,
      awaitingRepair: new Set(),
      value: null,
    };
    requests.set(id, req);
    setTimer(sim, c, topo.requestTimeoutMs, timer({ kind: "request-timeout", req: id }));
    for (const t of ts) {
      if (t === c) onReadReply(id, c, st.localVersions(c, op.key));
      else sendMsg(c, t, { kind: "get", req: id, key: op.key });
    }
  }

  function onReadReply(id: number, from: number, versions: readonly Version[]): void {
    const req = requests.get(id);
    if (!req || req.f !== "read" || req.replies.has(from)) return;
    req.replies.set(from, versions);
    const grew = !covers(req.merged, versions);
    req.merged = mergeSets(req.merged, versions);
    if (!req.answered && req.replies.size >= req.need) {
      req.answered = true;
      const top = pick(req.merged);
      if (req.merged.length > 1) {
        st.counters.siblingReads = (st.counters.siblingReads ?? 0) + 1;
        log(req.coord, () => ({
          source: "leaderless",
          type: "siblings-read",
          kind: "repl",
          key: req.op.key,
          values: req.merged.map((v) => v.value),
          returns: top?.value ?? null,
        }));
      }
      req.value = top?.value ?? null;
      const block = topo.readRepairMode === "blocking";
      if (!block) reply(sim, req.coord, req.op, "ok", req.value);
      for (const [r, vs] of req.replies) repairIfStale(id, req, r, vs, block);
      if (!block) return cleanUp(id, req);
      if (req.awaitingRepair.size === 0) reply(sim, req.coord, req.op, "ok", req.value);
      else
        log(req.coord, () => ({
          source: "leaderless",
          type: "blocking-repair-wait",
          kind: "repl",
          key: req.op.key,
          awaiting: [...req.awaitingRepair].map((r) => nodeName(sim, r)),
        }));
    } else if (req.answered) {
      // A late reply still feeds read repair; if it brought something new, every replier may now be behind.
      if (grew) for (const [r, vs] of req.replies) repairIfStale(id, req, r, vs, false);
      else repairIfStale(id, req, from, versions, false);
    }
    cleanUp(id, req);
  }

  /** A read is done once every target replied and no blocking repair is outstanding. */
  function cleanUp(id: number, req: ReadReq): void {
    if (req.replies.size >= req.targets.length && req.awaitingRepair.size === 0) requests.delete(id);
  }

  /** Sends the merged set to a home replica whose reply did not cover it; `block`: the read waits for its ack. */
  function repairIfStale(id: number, req: ReadReq, r: number, vs: readonly Version[], block: boolean): void {
    if (!topo.readRepair || covers(vs, req.merged) || !st.replicas(req.op.key).includes(r)) return;
    st.counters.readRepairs = (st.counters.readRepairs ?? 0) + 1;
    log(req.coord, () => ({
      source: "leaderless",
      type: "read-repair",
      kind: "repl",
      blocking: block,
      target: nodeName(sim, r),
      key: req.op.key,
      values: req.merged.map((v) => v.value),
    }));
    if (r === req.coord) {
      st.store(r, req.op.key, req.merged);
      return;
    }
    if (block) {
      req.awaitingRepair.add(r);
      st.counters.blockingRepairs = (st.counters.blockingRepairs ?? 0) + 1;
    }
    sendMsg(req.coord, r, { kind: "repair", key: req.op.key, versions: req.merged, req: block ? id : -1 });
  }

  return {
    coordinateWrite,
    coordinateRead,

    onMessage(i, from, m): void {
      // Bodies reaching here are created by this file: leaderless.ts routes the others to leaderless-sync.ts.
      switch (m.kind) {
        case "put":
          st.accept(i, m.key, m.version, m.hintFor);
          sendMsg(i, from, { kind: "put-ack", req: m.req });
          return;
        case "put-ack": {
          const req = requests.get(m.req);
          if (!req || req.f !== "write") return;
          req.acks++;
          if (req.acks >= req.need) {
            requests.delete(m.req);
            reply(sim, req.coord, req.op, "ok");
          }
          return;
        }
        case "get":
          sendMsg(i, from, { kind: "get-reply", req: m.req, versions: st.localVersions(i, m.key) });
          return;
        case "get-reply":
          onReadReply(m.req, from, m.versions);
          return;
        case "repair":
          st.store(i, m.key, m.versions);
          if (m.req >= 0) sendMsg(i, from, { kind: "repair-ack", req: m.req });
          return;
        case "repair-ack": {
          const req = requests.get(m.req);
          if (!req || req.f !== "read" || !req.awaitingRepair.delete(from) || req.awaitingRepair.size > 0) return;
          reply(sim, req.coord, req.op, "ok", req.value);
          cleanUp(m.req, req);
          return;
        }
        case "forward-write":
          coordinateWrite(i, m.op);
          return;
        default: {
          const never: never = m;
          return never;
        }
      }
    },

    onTimeout(t): void {
      const req = requests.get(t.req);
      if (!req) return;
      requests.delete(t.req);
      if (req.f === "write") {
        st.counters.quorumFailures = (st.counters.quorumFailures ?? 0) + 1;
        reply(
          sim,
          req.coord,
          req.op,
          "info",
          undefined,
          `only ${req.acks} of W=${req.need} replicas acknowledged; the write stays where it landed and may still surface`,
        );
      } else if (!req.answered)
        reply(sim, req.coord, req.op, "fail", undefined, `only ${req.replies.size} of R=${req.need} replicas answered`);
      else if (req.awaitingRepair.size > 0)
        reply(
          sim,
          req.coord,
          req.op,
          "fail",
          undefined,
          `blocking read repair did not complete: ${[...req.awaitingRepair].map((r) => nodeName(sim, r)).join(", ")} never acknowledged`,
        );
    },

    forget(i): void {
      for (const [id, r] of requests) if (r.coord === i) requests.delete(id);
    },

    idle: () => requests.size === 0,
  };
}
