/**
 * Builds the input the history checkers (lib/sim/checkers) expect from a run.
 */
import type { History, Operation, Value } from "./history";
import { isCut, isNoOp } from "./kernel";
import type { Sim } from "./sim-state";

export interface CheckerInput {
  readonly history: History;
  /** Writes present in the authoritative converged state: the current leader's log. */
  readonly survivingWrites: ReadonlyArray<{ readonly key: string; readonly value: Value }>;
  /** Each up node's applied key → value state. */
  readonly replicaStates: Record<string, Record<string, Value>>;
}

/**
 * The run's history so far, ordered by operation id; operations still in flight appear as `info` with `completedAt:
 * null`.
 */
export function historyOf(sim: Sim): Operation[] {
  const ops: Operation[] = sim.history.slice();
  for (const c of sim.clients) {
    const op = c.inFlight;
    if (op)
      ops.push({
        id: op.id,
        client: sim.clients[op.client]?.id ?? "?",
        node: sim.nodes[op.node]?.id ?? "?",
        key: op.key,
        input: op.input,
        outcome: "info",
        invokedAt: op.invokedAt,
        completedAt: null,
        error: "still in flight when the run stopped",
      });
  }
  ops.sort((a, b) => a.id - b.id);
  return ops;
}

/**
 * Meant to be called after `runToQuiescence`; it works at any time but then "surviving" means "in the leader's log
 * now".
 */
export function checkerInput(sim: Sim): CheckerInput {
  const own = sim.protocol.checkerState?.(sim, sim.protocolState);
  if (own) return { history: historyOf(sim), survivingWrites: own.survivingWrites, replicaStates: own.replicaStates };
  const l = sim.protocol.authoritativeNode(sim, sim.protocolState);
  const leader = l >= 0 ? sim.nodes[l] : undefined;
  const survivingWrites = leader
    ? leader.log.filter((e) => !isNoOp(e)).map((e) => ({ key: e.key, value: e.value }))
    : [];
  const replicaStates: Record<string, Record<string, Value>> = {};
  for (const [i, s] of sim.nodes.entries()) {
    if (s.status !== "up") continue;
    // A replica the authoritative node cannot reach is behind, not diverged: it has nothing to converge with yet.
    if (leader && i !== l && (isCut(sim, l, i) || isCut(sim, i, l))) continue;
    const st: Record<string, Value> = {};
    for (const [k, e] of s.kv) st[k] = e.value;
    replicaStates[s.id] = st;
  }
  return { history: historyOf(sim), survivingWrites, replicaStates };
}

/**
 * Writes acknowledged `ok` whose value is missing from the authoritative leader's log (or the protocol's `checkerState`
 * survivors).
 */
export function lostWrites(sim: Sim): Operation[] {
  const present = new Set<string>();
  const own = sim.protocol.checkerState?.(sim, sim.protocolState);
  if (own) for (const w of own.survivingWrites) present.add(`${w.key}\u0000${String(w.value)}`);
  else {
    const l = sim.protocol.authoritativeNode(sim, sim.protocolState);
    const leader = l >= 0 ? sim.nodes[l] : undefined;
    if (!leader) return [];
    for (const e of leader.log) present.add(`${e.key}\u0000${String(e.value)}`);
  }
  return sim.history.filter(
    (op) => op.outcome === "ok" && op.input.f === "write" && !present.has(`${op.key}\u0000${String(op.input.value)}`),
  );
}
