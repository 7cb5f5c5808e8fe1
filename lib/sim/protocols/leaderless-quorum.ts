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
 * store the version as a hint for the home node (handed off by
 * `leaderless-sync.ts`).
 *
 * Read repair: the coordinator sends the merged set to every home replica
 * whose reply did not cover it. Coordinator state is volatile: a crash
 * forgets the requests the node was coordinating.
 */
import { localNow, nodeName, record, reply, send, setTimer } from "../kernel";
import type { TopologyOf } from "../scenario";
import type { Envelope, PendingOp, TimerBody } from "../sim-state";
import type { LeaderlessState } from "./leaderless";
import { covers, mergeClocks, mergeSets, pick, type Version } from "./leaderless-versions";

type QuorumMsg =
  | { readonly kind: "put"; readonly req: number; readonly key: string; readonly version: Version; readonly hintFor: number }
  | { readonly kind: "put-ack"; readonly req: number }
  | { readonly kind: "get"; readonly req: number; readonly key: string }
  | { readonly kind: "get-reply"; readonly req: number; readonly versions: readonly Version[] }
  | { readonly kind: "repair"; readonly key: string; readonly versions: readonly Version[] }
  | { readonly kind: "forward-write"; readonly op: PendingOp };

/** The coordinator's deadline for one request. */
export type QuorumTimer = { readonly kind: "request-timeout"; readonly req: number };

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
  answered: boolean;
}

export interface LeaderlessQuorum {
  coordinateWrite(coordinator: number, op: PendingOp): void;
  coordinateRead(coordinator: number, op: PendingOp): void;
  /** Every message kind that is not anti-entropy or hinted handoff. */
  onMessage(env: Envelope): void;
  onTimeout(timer: QuorumTimer): void;
  /** A crash: the node's coordinator state is volatile. */
  forget(node: number): void;
  /** No request is waiting for acks, replies or its timeout. */
  idle(): boolean;
}

export function createLeaderlessQuorum(st: LeaderlessState, topo: TopologyOf<"leaderless">): LeaderlessQuorum {
  const { sim } = st;
  const N = Math.min(topo.n, st.n);
  const requests = new Map<number, WriteReq | ReadReq>();
  let nextReq = 1;
  const log = (i: number, text: () => string): void => {
    if (sim.logEnabled) record(sim, "repl", i, text());
  };
  const sendMsg = (from: number, to: number, m: QuorumMsg): void => send(sim, from, to, m);
  const timer = (t: QuorumTimer): TimerBody => t;

  /** Where a request for `key` coordinated at `c` goes: home replicas, or with sloppy quorum the first N healthy ring nodes, each with the home it stands in for (-1: itself). */
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
    const clock = mergeClocks(st.localVersions(c, op.key), st.n);
    clock[c] = (clock[c] as number) + 1;
    const v: Version = { value: op.input.value, clock, ts: localNow(sim, c), writer: c, opId: op.id };
    const id = nextReq++;
    const req: WriteReq = { f: "write", coord: c, op, need: topo.w, acks: 1 };
    st.accept(c, op.key, v, mine.hintFor);
    if (req.acks >= req.need) reply(sim, c, op, "ok");
    else {
      requests.set(id, req);
      setTimer(sim, c, topo.requestTimeoutMs, timer({ kind: "request-timeout", req: id }));
    }
    for (const t of ts) if (t.node !== c) sendMsg(c, t.node, { kind: "put", req: id, key: op.key, version: v, hintFor: t.hintFor });
  }

  function coordinateRead(c: number, op: PendingOp): void {
    const ts = targets(c, op.key).map((t) => t.node);
    const id = nextReq++;
    const req: ReadReq = { f: "read", coord: c, op, need: topo.r, targets: ts, replies: new Map(), merged: [], answered: false };
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
        log(req.coord, () => `read ${req.op.key} finds siblings {${req.merged.map((v) => String(v.value)).join(", ")}}: returns ${String(top?.value ?? null)} (latest timestamp)`);
      }
      reply(sim, req.coord, req.op, "ok", top?.value ?? null);
      for (const [r, vs] of req.replies) repairIfStale(req, r, vs);
    } else if (req.answered) {
      // A late reply still feeds read repair; if it brought something new, every replier may now be behind.
      if (grew) for (const [r, vs] of req.replies) repairIfStale(req, r, vs);
      else repairIfStale(req, from, versions);
    }
    if (req.replies.size >= req.targets.length) requests.delete(id);
  }

  function repairIfStale(req: ReadReq, r: number, vs: readonly Version[]): void {
    if (!topo.readRepair || covers(vs, req.merged) || !st.replicas(req.op.key).includes(r)) return;
    st.counters.readRepairs = (st.counters.readRepairs ?? 0) + 1;
    log(req.coord, () => `read repair: ${nodeName(sim, r)} was behind on ${req.op.key}, sending ${req.merged.map((v) => String(v.value)).join(", ")}`);
    if (r === req.coord) st.store(r, req.op.key, req.merged);
    else sendMsg(req.coord, r, { kind: "repair", key: req.op.key, versions: req.merged });
  }

  return {
    coordinateWrite,
    coordinateRead,

    onMessage(env): void {
      const i = env.to;
      // Bodies reaching here are created by this file: leaderless.ts routes the others to leaderless-sync.ts.
      const m = env.body as QuorumMsg;
      switch (m.kind) {
        case "put":
          st.accept(i, m.key, m.version, m.hintFor);
          sendMsg(i, env.from, { kind: "put-ack", req: m.req });
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
          sendMsg(i, env.from, { kind: "get-reply", req: m.req, versions: st.localVersions(i, m.key) });
          return;
        case "get-reply":
          onReadReply(m.req, env.from, m.versions);
          return;
        case "repair":
          st.store(i, m.key, m.versions);
          return;
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
        reply(sim, req.coord, req.op, "info", undefined, `only ${req.acks} of W=${req.need} replicas acknowledged; the write stays where it landed and may still surface`);
      } else if (!req.answered) reply(sim, req.coord, req.op, "fail", undefined, `only ${req.replies.size} of R=${req.need} replicas answered`);
    },

    forget(i): void {
      for (const [id, r] of requests) if (r.coord === i) requests.delete(id);
    },

    idle: () => requests.size === 0,
  };
}
