/**
 * Leaderless (Dynamo-style) replication, modelled on Amazon's Dynamo paper
 * (DeCandia et al., SOSP 2007) as found in Riak and, with timestamps instead
 * of vector clocks, Cassandra.
 *
 * Placement: a consistent-hash ring (`leaderless-ring.ts`); a key's N
 * replicas are the first N distinct nodes clockwise from its hash.
 *
 * State machine of one request at its coordinator (the node the client
 * contacted; a write that reaches a node outside the key's replica set is
 * forwarded to the first reachable replica, as Dynamo does):
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
 * store the version as a hint for the home node and hand it off when it is
 * reachable again. Reachability is read from the link state (a perfect
 * gossip membership view), like the single-leader failure detector.
 *
 * Versions are vector clocks (`leaderless-versions.ts`). Concurrent versions
 * are kept side by side (siblings). In the History a read records ONE value:
 * the sibling with the latest coordinator timestamp (what an LWW resolver
 * returns); the event log names every sibling and `counters().siblingReads`
 * counts such reads. A later write through a coordinator that holds the
 * siblings supersedes them all.
 *
 * Read repair: the coordinator sends the merged set to every home replica
 * whose reply did not cover it. Anti-entropy (`antiEntropyMs` > 0): each node
 * periodically exchanges per-key digests with the next peer (a flat stand-in
 * for Dynamo's Merkle trees) and both sides pull what they lack. Stores and
 * hints are durable; in-flight coordinator state is lost on a crash.
 */
import { accepted, type ActionResult } from "../actions";
import { epoch as toEpoch, lsn as toLsn } from "../ids";
import { isCut, localNow, nodeName, record, reply, send, setTimer } from "../kernel";
import type { Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import { topologyFor } from "../scenario";
import type { Envelope, NodeState, PendingOp, Sim, TimerBody } from "../sim-state";
import { buildRing, ringWalk } from "./leaderless-ring";
import { createLeaderlessSync } from "./leaderless-sync";
import { covers, mergeClocks, mergeSets, pick, type Version } from "./leaderless-versions";

type Msg =
  | { readonly kind: "put"; readonly req: number; readonly key: string; readonly version: Version; readonly hintFor: number }
  | { readonly kind: "put-ack"; readonly req: number }
  | { readonly kind: "get"; readonly req: number; readonly key: string }
  | { readonly kind: "get-reply"; readonly req: number; readonly versions: readonly Version[] }
  | { readonly kind: "repair"; readonly key: string; readonly versions: readonly Version[] }
  | { readonly kind: "forward-write"; readonly op: PendingOp };

type Timer = { readonly kind: "request-timeout"; readonly req: number } | { readonly kind: "handoff" } | { readonly kind: "anti-entropy" };

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

/** The leaderless protocol's own state, shared with its anti-entropy and hint modules. */
export interface LeaderlessState {
  readonly sim: Sim;
  readonly n: number;
  /** Per node: key → sibling set it owns (durable). */
  readonly stores: Array<Map<string, Version[]>>;
  /** Per node: "home|key" → versions held for an unreachable home replica (durable). */
  readonly hints: Array<Map<string, { readonly home: number; readonly key: string; versions: Version[] }>>;
  readonly counters: Record<string, number>;
  replicas(key: string): readonly number[];
  reachable(from: number, to: number): boolean;
  /** Merges versions into a node's own store; returns whether anything changed. */
  store(node: number, key: string, versions: readonly Version[]): boolean;
}

/** Creates the leaderless protocol for one run. All state lives in this closure. */
export function createLeaderless(sim: Sim): Protocol {
  const topo = topologyFor(sim.scenario, "leaderless");
  const total = sim.n;
  const N = Math.min(topo.n, total);
  const ring = buildRing(sim.nodes.map((s) => s.id), topo.vnodes);
  const walks = new Map<string, number[]>();
  const requests = new Map<number, WriteReq | ReadReq>();
  let nextReq = 1;
  /** Every (key, value) ever stored durably anywhere: the leaderless "converged history" for the lost-writes check. */
  const survivors = new Map<string, { readonly key: string; readonly value: Version["value"] }>();
  const survive = (key: string, v: Version): void => {
    survivors.set(`${key}\u0000${typeof v.value}:${String(v.value)}`, { key, value: v.value });
  };
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (i: number, text: () => string): void => {
    if (sim.logEnabled) record(sim, "repl", i, text());
  };
  const sendMsg = (from: number, to: number, m: Msg): void => send(sim, from, to, m);
  const timer = (t: Timer): TimerBody => t;
  const walk = (key: string): number[] => walks.get(key) ?? (walks.set(key, ringWalk(ring, key)).get(key) as number[]);

  const st: LeaderlessState = {
    sim,
    n: total,
    stores: sim.nodes.map(() => new Map()),
    hints: sim.nodes.map(() => new Map()),
    counters: { siblingReads: 0, readRepairs: 0, hintsStored: 0, handoffs: 0, antiEntropyRepairs: 0, quorumFailures: 0 },
    replicas: (key) => walk(key).slice(0, N),
    reachable: (from, to) => from === to || (node(to).status === "up" && !isCut(sim, from, to) && !isCut(sim, to, from)),
    store(i, key, versions) {
      const s = st.stores[i] as Map<string, Version[]>;
      const before = s.get(key) ?? [];
      const after = mergeSets(before, versions);
      if (after.length === before.length && covers(before, after)) return false;
      s.set(key, after);
      const top = pick(after);
      // kv mirrors what a read at this node alone would return; the "lsn" is the clock's sum.
      if (top) node(i).kv.set(key, { lsn: toLsn(top.clock.reduce((a, b) => a + b, 0)), epoch: toEpoch(0), key, value: top.value, opId: top.opId, at: sim.now });
      for (const v of versions) survive(key, v);
      return true;
    },
  };
  const sync = createLeaderlessSync(st);

  /** Where a request for `key` coordinated at `c` goes: home replicas, or with sloppy quorum the first N healthy ring nodes, each with the home it stands in for (-1: itself). */
  function targets(c: number, key: string): Array<{ node: number; hintFor: number }> {
    const w = walk(key);
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

  /** A node stores a version: as owner, or as a hint for an unreachable home replica. */
  function accept(i: number, key: string, v: Version, hintFor: number): void {
    if (hintFor < 0) {
      st.store(i, key, [v]);
      return;
    }
    const hs = st.hints[i] as LeaderlessState["hints"][number];
    const id = `${hintFor}|${key}`;
    const h = hs.get(id);
    if (h) h.versions = mergeSets(h.versions, [v]);
    else hs.set(id, { home: hintFor, key, versions: [v] });
    survive(key, v);
    st.counters.hintsStored = (st.counters.hintsStored ?? 0) + 1;
    log(i, () => `${node(i).id} holds ${key}=${String(v.value)} as a hint for ${nodeName(sim, hintFor)}`);
  }

  /** What node i answers for key: its own siblings plus any hints it holds for the key. */
  function localVersions(i: number, key: string): Version[] {
    let vs: Version[] = (st.stores[i] as Map<string, Version[]>).get(key) ?? [];
    for (const h of (st.hints[i] as LeaderlessState["hints"][number]).values()) if (h.key === key) vs = mergeSets(vs, h.versions);
    return vs;
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
    const clock = mergeClocks(localVersions(c, op.key), total);
    clock[c] = (clock[c] as number) + 1;
    const v: Version = { value: op.input.value, clock, ts: localNow(sim, c), writer: c, opId: op.id };
    const id = nextReq++;
    const req: WriteReq = { f: "write", coord: c, op, need: topo.w, acks: 1 };
    accept(c, op.key, v, mine.hintFor);
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
      if (t === c) onReadReply(id, c, localVersions(c, op.key));
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

  function startTimers(i: number): void {
    if (topo.sloppyQuorum) setTimer(sim, i, topo.handoffIntervalMs, { kind: "handoff" } satisfies Timer, true);
    if (topo.antiEntropyMs > 0) setTimer(sim, i, topo.antiEntropyMs + i * (topo.antiEntropyMs / total), { kind: "anti-entropy" } satisfies Timer, true);
  }

  return {
    name: "leaderless",
    start(): void {
      for (let i = 0; i < total; i++) {
        node(i).role = "replica";
        startTimers(i);
      }
    },
    onClientRequest(_sim, i, op): void {
      switch (op.input.f) {
        case "read":
          coordinateRead(i, op);
          return;
        case "write":
          coordinateWrite(i, op);
          return;
        case "cas":
          reply(sim, i, op, "fail", undefined, "compare-and-set is not offered by Dynamo-style quorums");
          return;
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },
    onMessage(_sim, env: Envelope): void {
      const i = env.to;
      // Bodies are created by this file or leaderless-sync.ts, which handles its own kinds.
      if (sync.handles(env.body.kind)) {
        sync.onMessage(env);
        return;
      }
      const m = env.body as Msg;
      switch (m.kind) {
        case "put":
          accept(i, m.key, m.version, m.hintFor);
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
          sendMsg(i, env.from, { kind: "get-reply", req: m.req, versions: localVersions(i, m.key) });
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
    onTimer(_sim, i, tb: TimerBody): void {
      const t = tb as Timer;
      switch (t.kind) {
        case "request-timeout": {
          const req = requests.get(t.req);
          if (!req) return;
          requests.delete(t.req);
          if (req.f === "write") {
            st.counters.quorumFailures = (st.counters.quorumFailures ?? 0) + 1;
            reply(sim, req.coord, req.op, "info", undefined, `only ${req.acks} of W=${req.need} replicas acknowledged; the write stays where it landed and may still surface`);
          } else if (!req.answered) reply(sim, req.coord, req.op, "fail", undefined, `only ${req.replies.size} of R=${req.need} replicas answered`);
          return;
        }
        case "handoff":
          sync.handoffRound(i);
          setTimer(sim, i, topo.handoffIntervalMs, t, true);
          return;
        case "anti-entropy":
          sync.antiEntropyRound(i);
          setTimer(sim, i, topo.antiEntropyMs, t, true);
          return;
        default: {
          const never: never = t;
          return never;
        }
      }
    },
    onAction(_sim, a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "crash": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          for (const [id, r] of requests) if (r.coord === i) requests.delete(id);
          return accepted;
        }
        case "restart":
          startTimers(sim.nodeIndex.get(a.node) ?? 0);
          return accepted;
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
    routeToLeader: (_sim, home) => home,
    settled(): boolean {
      if (requests.size > 0) return false;
      if (st.hints.some((h) => h.size > 0)) return false;
      return topo.antiEntropyMs <= 0 || sync.converged();
    },
    authoritativeNode: () => -1,
    nodeView(_sim, i): ProtocolNodeView {
      const h = (st.hints[i] as LeaderlessState["hints"][number]).size;
      return { role: "replica", note: `N=${N} W=${topo.w} R=${topo.r}${h > 0 ? `, ${h} hints` : ""}` };
    },
    checkerState() {
      return { survivingWrites: [...survivors.values()], replicaStates: sync.replicaStates(N) };
    },
    counters: () => ({ ...st.counters, conflicts: st.counters.siblingReads ?? 0 }),
  };
}
