/**
 * Galera view changes: a cluster-level membership process installs a new view
 * once connectivity has differed from the installed views for
 * `suspectTimeoutMs` (`galera-membership.ts` finds the components and the
 * primary one). At install the sequence is fixed up to the view's base (the
 * highest seqno any member received or was promised by an earlier view) and
 * everything beyond is dropped: it was never delivered anywhere, because
 * delivery needs every member of the old view, which includes one of the new.
 * Transactions caught by the change roll back (or become indeterminate if
 * their write-set was ordered), and lagging members catch up by IST.
 */
import { nodeName, reply } from "../kernel";
import type { GaleraState } from "./galera";
import type { WriteSet } from "./galera-certification";
import { notePause } from "./galera-flow-control";
import { components, primaryIndex, samePartition } from "./galera-membership";
import type { GaleraReplication } from "./galera-replication";

export interface GaleraViews {
  /** One run of the membership process (every `viewCheckMs`). */
  tick(): void;
  /** The installed views match connectivity and no change is pending. */
  stable(): boolean;
}

export function createGaleraViews(st: GaleraState, repl: GaleraReplication): GaleraViews {
  const { sim, n, p, c, order, ordered, isData, clock, g, log } = st;
  const v = st.data.views;
  const weight = (i: number): number => p.weights[sim.nodes[i]?.id ?? ""] ?? 1;

  /** Installs new views for `groups`; at most one is primary. See the header for the base rule. */
  function install(groups: number[][]): void {
    const view = ++v.viewCounter;
    c.viewChanges++;
    const pc = primaryIndex(groups, v.lastPrimary, weight, isData);
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
        for (const t of gi.pending.values())
          reply(
            sim,
            i,
            t.op,
            ordered.has(t.ws.id) ? "info" : "fail",
            undefined,
            ordered.has(t.ws.id)
              ? "node left the primary component during commit"
              : "non-primary: transaction rolled back",
          );
        gi.pending.clear();
        gi.outbox = [];
        gi.execQueue = [];
        for (const r of gi.syncReads.values())
          reply(sim, i, r.op, "fail", undefined, "non-primary: node is not in the primary component");
        gi.syncReads.clear();
      } else {
        for (const [id, t] of gi.pending)
          if (t.submittedView >= 0 && !ordered.has(id)) {
            gi.pending.delete(id);
            reply(sim, i, t.op, "fail", undefined, "view change: transaction rolled back");
          }
      }
      if (wasPrimary !== gi.primary)
        log(i, () => ({ source: "galera", type: "primary-changed", kind: "role", primary: gi.primary, view }));
    }
    log(-1, () => ({
      source: "galera",
      type: "view",
      kind: "role",
      view,
      groups: groups.map((grp) => ({ members: grp.map((m) => nodeName(sim, m)), primary: grp === prim })),
      hasPrimary: prim.length > 0,
    }));
    if (prim.length > 0) v.lastPrimary = prim;
    v.installed = groups;
    const donor = prim
      .filter(isData)
      .reduce((best, m) => (best < 0 || g(m).received > g(best).received ? m : best), -1);
    for (const m of prim) {
      const gm = g(m);
      if (gm.received < base) {
        if (donor === m) repl.handle(m, m, { kind: "gc-ist", view, upTo: base });
        else repl.send(donor, m, { kind: "gc-ist", view, upTo: base });
      } else repl.bcast(m, { kind: "gc-recv", view, upTo: gm.received });
    }
    for (const m of prim) {
      repl.tryDeliver(m);
      repl.flushOutbox(m);
      repl.reaskSyncReads(m);
    }
  }

  return {
    tick(): void {
      const groups = components(sim);
      if (samePartition(groups, v.installed)) {
        v.pendingSince = -1;
        return;
      }
      if (v.pendingSince < 0) v.pendingSince = sim.now;
      if (sim.now - v.pendingSince >= p.suspectTimeoutMs) {
        v.pendingSince = -1;
        install(groups);
      }
    },
    stable: () => v.pendingSince < 0 && samePartition(components(sim), v.installed),
  };
}
