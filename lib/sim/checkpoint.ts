/**
 * `checkpoint(sim)` copies a whole run — core and protocol state — and
 * `restore(cp)` gives back a run that continues exactly as the original would
 * have: same events, same history, same final state, byte for byte.
 *
 * One `structuredClone` copies everything that changes as the run goes on,
 * so objects shared inside the state (a LogEntry in several nodes' logs and
 * in a message on the wire; a paused node's inbox) stay shared in the copy,
 * which the engine relies on where it compares entries by identity. The PRNG
 * streams are class instances and are carried as their state. What never
 * changes after `createSimulation` (the scenario, limits, latency table,
 * tie-break offsets, node index, the protocol object) is shared, not copied.
 * The history and event log only ever grow by appending records nobody
 * mutates, so a checkpoint keeps their length and shares the records (the
 * history's full blocks of rows, see operation-log.ts).
 */
import { enqueue, newEventQueue } from "./kernel";
import { withHistoryView, type OperationLog } from "./operation-log";
import { restoreRng, rngState, type Rng } from "./rng";
import type { LogRecord, Sim, SimEvent } from "./sim-state";

/** The parts of a run that change as it goes on, copied by one structuredClone. */
interface Moving {
  readonly nodes: Sim["nodes"];
  readonly now: number;
  readonly steps: number;
  readonly seq: number;
  readonly queue: readonly SimEvent[];
  readonly active: number;
  /** rng, then netRng and workloadRng (null: the same stream as rng). */
  readonly rngs: readonly [readonly number[], readonly number[] | null, readonly number[] | null];
  readonly cut: Uint8Array;
  readonly lastDeliver: Float64Array;
  readonly lossProbability: number;
  readonly nextMessageId: number;
  readonly clients: Sim["clients"];
  readonly clientIndex: Sim["clientIndex"];
  readonly nextOpId: number;
  readonly nextValue: number;
  readonly usedValues: Sim["usedValues"];
  readonly actionLog: Sim["actionLog"];
  readonly protocolState: Sim["protocolState"];
  readonly stats: Sim["stats"];
}

/** A frozen copy of a run at one moment; restore it any number of times. */
export interface Checkpoint {
  /** Virtual time and events processed at the checkpoint. */
  readonly now: number;
  readonly steps: number;
  readonly fixed: Pick<
    Sim,
    | "scenario"
    | "n"
    | "nodeIndex"
    | "limits"
    | "tieOffsets"
    | "latency"
    | "keys"
    | "logEnabled"
    | "protocol"
    | "onClientIdle"
  >;
  readonly moving: Moving;
  /**
   * Shared with the run the checkpoint came from, which only appends to them: the first `historyLength` /
   * `eventsLength` records are this moment's.
   */
  readonly ops: OperationLog;
  readonly historyLength: number;
  readonly events: readonly LogRecord[];
  readonly eventsLength: number;
}

const streamState = (rng: Rng, base: Rng): readonly number[] | null => (rng === base ? null : rngState(rng));

/** Copies the run as it is now. The run itself is not touched and may go on. */
export function checkpoint(sim: Sim): Checkpoint {
  const moving: Moving = structuredClone({
    nodes: sim.nodes,
    now: sim.now,
    steps: sim.steps,
    seq: sim.seq,
    queue: sim.queue.toArray(),
    active: sim.active,
    rngs: [rngState(sim.rng), streamState(sim.netRng, sim.rng), streamState(sim.workloadRng, sim.rng)],
    cut: sim.cut,
    lastDeliver: sim.lastDeliver,
    lossProbability: sim.lossProbability,
    nextMessageId: sim.nextMessageId,
    clients: sim.clients,
    clientIndex: sim.clientIndex,
    nextOpId: sim.nextOpId,
    nextValue: sim.nextValue,
    usedValues: sim.usedValues,
    actionLog: sim.actionLog,
    protocolState: sim.protocolState,
    stats: sim.stats,
  } satisfies Moving);
  const { scenario, n, nodeIndex, limits, tieOffsets, latency, keys, logEnabled, protocol, onClientIdle } = sim;
  return {
    now: sim.now,
    steps: sim.steps,
    fixed: { scenario, n, nodeIndex, limits, tieOffsets, latency, keys, logEnabled, protocol, onClientIdle },
    moving,
    ops: sim.ops,
    historyLength: sim.ops.length,
    events: sim.events,
    eventsLength: sim.events.length,
  };
}

/** A new run that continues from the checkpoint; the checkpoint stays valid for further restores. */
export function restore(cp: Checkpoint): Sim {
  const m = structuredClone(cp.moving);
  const f = cp.fixed;
  const queue = newEventQueue();
  // toArray lists the heap's own array, then its FIFO lane in order: pushing in that order rebuilds the same layout
  // without sifting.
  for (const e of m.queue) enqueue(queue, e);
  const rng = restoreRng(m.rngs[0]);
  // Same key order as createSimulation, so restored runs share the engine's hidden class.
  return withHistoryView({
    scenario: f.scenario,
    n: f.n,
    nodes: m.nodes,
    nodeIndex: f.nodeIndex,
    now: m.now,
    steps: m.steps,
    seq: m.seq,
    queue,
    limits: f.limits,
    active: m.active,
    rng,
    netRng: m.rngs[1] === null ? rng : restoreRng(m.rngs[1]),
    workloadRng: m.rngs[2] === null ? rng : restoreRng(m.rngs[2]),
    tieOffsets: f.tieOffsets,
    cut: m.cut,
    latency: f.latency,
    lastDeliver: m.lastDeliver,
    lossProbability: m.lossProbability,
    nextMessageId: m.nextMessageId,
    clients: m.clients,
    clientIndex: m.clientIndex,
    ops: cp.ops.prefix(cp.historyLength),
    nextOpId: m.nextOpId,
    nextValue: m.nextValue,
    usedValues: m.usedValues,
    keys: f.keys,
    logEnabled: f.logEnabled,
    events: cp.events.slice(0, cp.eventsLength),
    actionLog: m.actionLog,
    protocol: f.protocol,
    protocolState: m.protocolState,
    onClientIdle: f.onClientIdle,
    stats: m.stats,
  });
}
