/**
 * Background convergence for the leaderless protocol: hinted handoff and
 * anti-entropy. Both only ever merge versions (never discard a maximal one),
 * so they can be repeated or reordered without harm.
 *
 * Hinted handoff (the stand-in's copy under a sloppy quorum, or the
 * coordinator's hint under Cassandra-style hinted handoff): every
 * `handoffIntervalMs` a node offers each hint to its
 * home replica if it is reachable; the home merges it and acknowledges with
 * the digest it received; the holder drops the hint only if it has not
 * changed since (otherwise it offers the newer one next round).
 *
 * Anti-entropy: every `antiEntropyMs` a node sends the next reachable peer
 * (round-robin) one digest per key both replicate. The peer answers with its
 * versions for keys whose digests differ or that the sender lacks, plus the
 * keys it wants; the sender merges and pushes those back. Dynamo compares
 * Merkle trees per key range to send fewer digests; the outcome is the same.
 */
import { nodeName, record, send } from "../kernel";
import type { Value } from "../history";
import type { LeaderlessState } from "./leaderless";
import { digest, pick, type Version } from "./leaderless-versions";

export type SyncMsg =
  | { readonly kind: "handoff"; readonly key: string; readonly versions: readonly Version[] }
  | { readonly kind: "handoff-ack"; readonly key: string; readonly digest: string }
  | { readonly kind: "ae-digest"; readonly digests: ReadonlyArray<readonly [string, string]> }
  | {
      readonly kind: "ae-diff";
      readonly versions: ReadonlyArray<readonly [string, readonly Version[]]>;
      readonly want: readonly string[];
    }
  | { readonly kind: "ae-push"; readonly versions: ReadonlyArray<readonly [string, readonly Version[]]> };

const KINDS: ReadonlySet<string> = new Set<SyncMsg["kind"]>([
  "handoff",
  "handoff-ack",
  "ae-digest",
  "ae-diff",
  "ae-push",
]);

/** Whether a leaderless message is one of this module's (the rest are quorum messages). */
export const isSyncMsg = (m: { readonly kind: string }): m is SyncMsg => KINDS.has(m.kind);

export interface LeaderlessSync {
  /** A sync message `m` from node `from` reached node `i`. */
  onMessage(i: number, from: number, m: SyncMsg): void;
  handoffRound(node: number): void;
  antiEntropyRound(node: number): void;
  /** Every up home replica of every stored key holds the same digest. */
  converged(): boolean;
  /**
   * States for the divergence checker: per node when N covers every node, else per replica slot ("replica 1 of N"...).
   */
  replicaStates(N: number): Record<string, Record<string, Value>>;
}

export function createLeaderlessSync(st: LeaderlessState): LeaderlessSync {
  const { sim } = st;
  const cursor = st.data.syncCursor;
  const sendMsg = (from: number, to: number, m: SyncMsg): void => send(sim, from, to, m);
  const storeOf = (i: number): Map<string, Version[]> => st.stores[i] as Map<string, Version[]>;

  function allKeys(): string[] {
    const keys = new Set<string>();
    for (const s of st.stores) for (const k of s.keys()) keys.add(k);
    return [...keys].sort();
  }

  function merge(i: number, entries: ReadonlyArray<readonly [string, readonly Version[]]>): void {
    for (const [key, vs] of entries) {
      if (st.store(i, key, vs)) {
        st.counters.antiEntropyRepairs = (st.counters.antiEntropyRepairs ?? 0) + 1;
        if (sim.logEnabled)
          record(sim, i, {
            source: "leaderless",
            type: "anti-entropy",
            kind: "repl",
            key,
            values: vs.map((v) => v.value),
          });
      }
    }
  }

  return {
    onMessage(i, from, m): void {
      switch (m.kind) {
        case "handoff":
          st.store(i, m.key, m.versions);
          if (sim.logEnabled)
            record(sim, i, {
              source: "leaderless",
              type: "hinted-handoff",
              kind: "repl",
              from: nodeName(sim, from),
              key: m.key,
              values: m.versions.map((v) => v.value),
            });
          sendMsg(i, from, { kind: "handoff-ack", key: m.key, digest: digest(m.versions) });
          return;
        case "handoff-ack": {
          const hs = st.hints[i];
          const id = `${from}|${m.key}`;
          const h = hs?.get(id);
          if (h && digest(h.versions) === m.digest) {
            hs?.delete(id);
            st.counters.handoffs = (st.counters.handoffs ?? 0) + 1;
          }
          return;
        }
        case "ae-digest": {
          const mine = storeOf(i);
          const theirs = new Map(m.digests);
          const versions: Array<readonly [string, readonly Version[]]> = [];
          const want: string[] = [];
          for (const [key, d] of m.digests) {
            const vs = mine.get(key);
            if (!vs) want.push(key);
            else if (digest(vs) !== d) {
              versions.push([key, vs]);
              want.push(key);
            }
          }
          for (const [key, vs] of mine)
            if (!theirs.has(key) && st.replicas(key).includes(from)) versions.push([key, vs]);
          if (versions.length > 0 || want.length > 0) sendMsg(i, from, { kind: "ae-diff", versions, want });
          return;
        }
        case "ae-diff": {
          merge(i, m.versions);
          const mine = storeOf(i);
          const push: Array<readonly [string, readonly Version[]]> = [];
          for (const key of m.want) {
            const vs = mine.get(key);
            if (vs) push.push([key, vs]);
          }
          if (push.length > 0) sendMsg(i, from, { kind: "ae-push", versions: push });
          return;
        }
        case "ae-push":
          merge(i, m.versions);
          return;
        default: {
          const never: never = m;
          return never;
        }
      }
    },

    handoffRound(i): void {
      for (let j = 0; j < st.n; j++) if (j !== i) st.downFor(i, j); // notice who is unreachable, for the hint window
      for (const h of st.hints[i]?.values() ?? [])
        if (st.reachable(i, h.home)) sendMsg(i, h.home, { kind: "handoff", key: h.key, versions: h.versions });
    },

    antiEntropyRound(i): void {
      for (let k = 1; k < st.n; k++) {
        const peer = (i + cursor[i]! + k) % st.n;
        if (peer === i || !st.reachable(i, peer)) continue;
        cursor[i] = (peer - i + st.n) % st.n;
        const digests: Array<readonly [string, string]> = [];
        for (const [key, vs] of storeOf(i)) if (st.replicas(key).includes(peer)) digests.push([key, digest(vs)]);
        sendMsg(i, peer, { kind: "ae-digest", digests });
        return;
      }
    },

    converged(): boolean {
      for (const key of allKeys()) {
        let d: string | undefined;
        for (const r of st.replicas(key)) {
          if (sim.nodes[r]?.status !== "up") continue;
          const x = digest(storeOf(r).get(key) ?? []);
          if (d === undefined) d = x;
          else if (d !== x) return false;
        }
      }
      return true;
    },

    replicaStates(N): Record<string, Record<string, Value>> {
      const out: Record<string, Record<string, Value>> = {};
      const perNode = N >= st.n;
      for (const key of allKeys()) {
        st.replicas(key).forEach((r, slot) => {
          const s = sim.nodes[r];
          if (!s || s.status !== "up") return;
          const name = perNode ? s.id : `replica ${slot + 1} of ${N}`;
          (out[name] ??= {})[key] = pick(storeOf(r).get(key) ?? [])?.value ?? null;
        });
      }
      if (perNode) for (const s of sim.nodes) if (s.status === "up") out[s.id] ??= {};
      return out;
    },
  };
}
