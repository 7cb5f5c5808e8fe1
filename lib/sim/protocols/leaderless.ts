/**
 * Leaderless (Dynamo-style) replication, modelled on Amazon's Dynamo paper
 * (DeCandia et al., SOSP 2007) as found in Riak and, with timestamps instead
 * of vector clocks, Cassandra.
 *
 * Placement: a consistent-hash ring (`leaderless-ring.ts`); a key's N
 * replicas are the first N distinct nodes clockwise from its hash.
 *
 * Requests (`leaderless-quorum.ts`): the contacted node coordinates each
 * client request over the key's N replicas, W acks for a write and R replies
 * for a read, with read repair (background, or blocking as Cassandra does at
 * QUORUM). Two distinct ways to cover an unreachable home replica:
 *   - `sloppyQuorum` (Dynamo §4.6): the next healthy node on the ring takes
 *     the write as a stand-in, its ack counts toward W, reads may reach it,
 *     and it hands the write home later;
 *   - `hintedHandoff` (Cassandra): a write with fewer than W home replicas up
 *     is refused as unavailable and stores nothing; otherwise the coordinator
 *     keeps a hint for each down replica; hints never count toward W
 *     (Cassandra's ANY level, which would count them, is not modelled) and
 *     are never read; a coordinator stops
 *     storing hints for a replica unreachable for longer than `hintWindowMs`
 *     (max_hint_window). Cassandra also hints a replica that merely missed the
 *     write timeout; here only replicas known to be unreachable are hinted.
 * Reachability is read from the link state (a perfect gossip membership
 * view), like the single-leader failure detector; how long a peer has been
 * unreachable is sampled every `handoffIntervalMs` and at each write.
 *
 * Versions are vector clocks (`leaderless-versions.ts`). Concurrent versions
 * are kept side by side (siblings). In the History a read records ONE value:
 * the sibling with the latest coordinator timestamp (what an LWW resolver
 * returns); the event log names every sibling and `counters().siblingReads`
 * counts such reads. A later write through a coordinator that holds the
 * siblings supersedes them all.
 *
 * Background convergence (`leaderless-sync.ts`): hinted handoff and, with
 * `antiEntropyMs` > 0, periodic anti-entropy between peers. Stores and hints
 * are durable; in-flight coordinator state is lost on a crash.
 */
import { accepted, type ActionResult } from "../actions";
import { epoch as toEpoch, lsn as toLsn } from "../ids";
import { isCut, nodeName, record, setTimer } from "../kernel";
import type { ProtocolAction, ProtocolNodeView } from "../protocol";
import { boundProtocol, type ProtocolView } from "./bound";
import { topologyFor } from "../scenario";
import type { NodeState, Sim } from "../sim-state";
import type { LeaderlessEvent } from "./leaderless-events";
import { buildRing, ringWalk } from "./leaderless-ring";
import { createLeaderlessQuorum, type QuorumMsg, type QuorumRequest, type QuorumTimer } from "./leaderless-quorum";
import { createLeaderlessSync, isSyncMsg, type SyncMsg } from "./leaderless-sync";
import { covers, mergeSets, pick, type Version } from "./leaderless-versions";

type Timer = QuorumTimer | { readonly kind: "handoff" } | { readonly kind: "anti-entropy" };

/** The leaderless protocol's whole state, plain data. */
export interface LeaderlessData {
  /** Per node: key → sibling set it owns (durable). */
  readonly stores: Array<Map<string, Version[]>>;
  /** Per node: "home|key" → versions held for an unreachable home replica (durable). */
  readonly hints: Array<Map<string, { readonly home: number; readonly key: string; versions: Version[] }>>;
  readonly counters: Record<string, number>;
  /** Ring walks computed so far, by key (a cache: the ring is fixed per run). */
  readonly walks: Map<string, number[]>;
  /** Every (key, value) ever stored durably anywhere: the leaderless "converged history" for the lost-writes check. */
  readonly survivors: Map<string, { readonly key: string; readonly value: Version["value"] }>;
  /** from × total + to → when `from` first noticed `to` unreachable. */
  readonly unreachableSince: Map<number, number>;
  /** Requests coordinators are waiting on, by id (leaderless-quorum.ts). */
  readonly requests: Map<number, QuorumRequest>;
  nextReq: number;
  /** Per node: where its next anti-entropy round starts (leaderless-sync.ts). */
  readonly syncCursor: number[];
}

/** The run and its state, with the operations the request path and the anti-entropy and hint modules share. */
export interface LeaderlessState {
  readonly sim: Sim;
  readonly n: number;
  readonly data: LeaderlessData;
  readonly stores: LeaderlessData["stores"];
  readonly hints: LeaderlessData["hints"];
  readonly counters: Record<string, number>;
  /** Every node in ring order from the key's hash: the first N are its home replicas. */
  ring(key: string): readonly number[];
  replicas(key: string): readonly number[];
  reachable(from: number, to: number): boolean;
  /** Merges versions into a node's own store; returns whether anything changed. */
  store(node: number, key: string, versions: readonly Version[]): boolean;
  /** A node stores a version: as owner (`hintFor` -1), or as a hint for an unreachable home replica. */
  accept(node: number, key: string, version: Version, hintFor: number): void;
  /**
   * What a node answers for a key: its own siblings, plus, under a sloppy quorum, the stand-in copies it holds for the
   * key.
   */
  localVersions(node: number, key: string): Version[];
  /** How long `to` has been unreachable from `from` as far as `from` has noticed (0 when reachable). */
  downFor(from: number, to: number): number;
}

function init(sim: Sim): LeaderlessData {
  return {
    stores: sim.nodes.map((): LeaderlessData["stores"][number] => new Map()),
    hints: sim.nodes.map((): LeaderlessData["hints"][number] => new Map()),
    counters: {
      siblingReads: 0,
      readRepairs: 0,
      blockingRepairs: 0,
      hintsStored: 0,
      hintsPastWindow: 0,
      unavailable: 0,
      handoffs: 0,
      antiEntropyRepairs: 0,
      quorumFailures: 0,
    },
    walks: new Map(),
    survivors: new Map(),
    unreachableSince: new Map(),
    requests: new Map(),
    nextReq: 1,
    syncCursor: new Array<number>(sim.n).fill(0),
  };
}

/** The leaderless handlers over one run's state. */
function bind(sim: Sim, data: LeaderlessData): ProtocolView<"read" | "write", QuorumMsg | SyncMsg, Timer> {
  const topo = topologyFor(sim.scenario, "leaderless");
  const total = sim.n;
  const N = Math.min(topo.n, total);
  const ring = buildRing(
    sim.nodes.map((s) => s.id),
    topo.vnodes,
  );
  const { walks, survivors, unreachableSince } = data;
  const survive = (key: string, v: Version): void => {
    survivors.set(`${key}\u0000${typeof v.value}:${String(v.value)}`, { key, value: v.value });
  };
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (i: number, make: () => LeaderlessEvent): void => {
    if (sim.logEnabled) record(sim, i, make());
  };
  const walk = (key: string): number[] => walks.get(key) ?? (walks.set(key, ringWalk(ring, key)).get(key) as number[]);

  const st: LeaderlessState = {
    sim,
    n: total,
    data,
    stores: data.stores,
    hints: data.hints,
    counters: data.counters,
    ring: walk,
    replicas: (key) => walk(key).slice(0, N),
    reachable: (from, to) =>
      from === to || (node(to).status === "up" && !isCut(sim, from, to) && !isCut(sim, to, from)),
    store(i, key, versions) {
      const s = st.stores[i] as Map<string, Version[]>;
      const before = s.get(key) ?? [];
      const after = mergeSets(before, versions);
      if (after.length === before.length && covers(before, after)) return false;
      s.set(key, after);
      const top = pick(after);
      // kv mirrors what a read at this node alone would return; the "lsn" is the clock's sum.
      if (top)
        node(i).kv.set(key, {
          lsn: toLsn(top.clock.reduce((a, b) => a + b, 0)),
          epoch: toEpoch(0),
          key,
          value: top.value,
          opId: top.opId,
          at: sim.now,
        });
      for (const v of versions) survive(key, v);
      return true;
    },
    accept(i, key, v, hintFor) {
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
      log(i, () => ({
        source: "leaderless",
        type: "hint-stored",
        kind: "repl",
        key,
        value: v.value,
        hintFor: nodeName(sim, hintFor),
      }));
    },
    localVersions(i, key) {
      let vs: Version[] = (st.stores[i] as Map<string, Version[]>).get(key) ?? [];
      if (!topo.sloppyQuorum) return vs;
      for (const h of (st.hints[i] as LeaderlessState["hints"][number]).values())
        if (h.key === key) vs = mergeSets(vs, h.versions);
      return vs;
    },
    downFor(from, to) {
      const k = from * total + to;
      if (st.reachable(from, to)) {
        unreachableSince.delete(k);
        return 0;
      }
      const since = unreachableSince.get(k) ?? sim.now;
      unreachableSince.set(k, since);
      return sim.now - since;
    },
  };
  const sync = createLeaderlessSync(st);
  const quorum = createLeaderlessQuorum(st, topo);

  function startTimers(i: number): void {
    if (topo.sloppyQuorum || topo.hintedHandoff)
      setTimer(sim, i, topo.handoffIntervalMs, { kind: "handoff" } satisfies Timer, true);
    if (topo.antiEntropyMs > 0)
      setTimer(
        sim,
        i,
        topo.antiEntropyMs + i * (topo.antiEntropyMs / total),
        { kind: "anti-entropy" } satisfies Timer,
        true,
      );
  }

  return {
    start(): void {
      for (let i = 0; i < total; i++) {
        node(i).role = "replica";
        startTimers(i);
      }
    },
    onClientRequest(i, op): void {
      switch (op.input.f) {
        case "read":
          quorum.coordinateRead(i, op);
          return;
        case "write":
          quorum.coordinateWrite(i, op);
          return;
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },
    onMessage(env): void {
      const m = env.body;
      if (isSyncMsg(m)) sync.onMessage(env.to, env.from, m);
      else quorum.onMessage(env.to, env.from, m);
    },
    onTimer(i, t): void {
      switch (t.kind) {
        case "request-timeout":
          quorum.onTimeout(t);
          return;
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
    onAction(a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "crash":
          quorum.forget(sim.nodeIndex.get(a.node) ?? -1);
          return accepted;
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
    routeToLeader: (home) => home,
    settled(): boolean {
      if (!quorum.idle()) return false;
      if (st.hints.some((h) => h.size > 0)) return false;
      return topo.antiEntropyMs <= 0 || sync.converged();
    },
    authoritativeNode: () => -1,
    nodeView(i): ProtocolNodeView {
      const h = (st.hints[i] as LeaderlessState["hints"][number]).size;
      return { role: "replica", note: `N=${N} W=${topo.w} R=${topo.r}${h > 0 ? `, ${h} hints` : ""}` };
    },
    checkerState() {
      return { survivingWrites: [...survivors.values()], replicaStates: sync.replicaStates(N) };
    },
    counters: () => ({ ...st.counters, conflicts: st.counters.siblingReads ?? 0 }),
  };
}

/** Leaderless (Dynamo-style) replication; its whole state is a `LeaderlessData`. */
export const leaderlessProtocol = boundProtocol({
  name: "leaderless",
  ops: ["read", "write"],
  init,
  bind,
  ownCheckerState: true,
});
