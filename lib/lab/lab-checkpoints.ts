/**
 * The checkpoints a lab run keeps as it goes, so a seek backwards restores the
 * nearest one at or before the target and steps forward from there, instead
 * of replaying from t = 0. Bounded: one every `spacingMs` of virtual time, and
 * when there are `max` of them every other one is dropped and the spacing
 * doubles, so a run of any length keeps at most `max` and a seek replays at
 * most one spacing's worth of events. They belong to the current branch's
 * recorded past: acting from an earlier moment drops the ones after it.
 */
import { checkpoint, type Checkpoint, type Sim } from "@/lib/sim";

/** `L`: the run's leader-log entries. */
export interface LabCheckpoint<L> {
  readonly cp: Checkpoint;
  /** How many of the branch's recorded actions the run had applied. */
  readonly applied: number;
  /** The run's leader log and how much of it was written then (it only grows). */
  readonly leaderLog: readonly L[];
  readonly leaderLogLength: number;
}

export interface Checkpoints<L> {
  readonly list: Array<LabCheckpoint<L>>;
  spacingMs: number;
  /** Virtual time at which the next checkpoint is due. */
  nextAt: number;
  readonly max: number;
}

/** First spacing (virtual ms) and the most checkpoints kept. */
export const CHECKPOINT_SPACING_MS = 1000;
export const MAX_CHECKPOINTS = 64;

export const newCheckpoints = <L>(spacingMs = CHECKPOINT_SPACING_MS, max = MAX_CHECKPOINTS): Checkpoints<L> => ({ list: [], spacingMs, nextAt: spacingMs, max });

/** Keeps a checkpoint of `sim` if one is due. Call between events only. */
export function maybeCheckpoint<L>(c: Checkpoints<L>, sim: Sim, applied: number, leaderLog: readonly L[]): void {
  if (sim.now < c.nextAt) return;
  c.list.push({ cp: checkpoint(sim), applied, leaderLog, leaderLogLength: leaderLog.length });
  if (c.list.length >= c.max) {
    // Thin: keep every other one (the oldest stays) and space the next ones twice as far apart.
    let k = 0;
    for (let i = 0; i < c.list.length; i += 2) c.list[k++] = c.list[i] as LabCheckpoint<L>;
    c.list.length = k;
    c.spacingMs *= 2;
  }
  c.nextAt = sim.now + c.spacingMs;
}

/** The latest checkpoint at or before virtual time `t`, or undefined. */
export function checkpointAtOrBefore<L>(c: Checkpoints<L>, t: number): LabCheckpoint<L> | undefined {
  let found: LabCheckpoint<L> | undefined;
  for (const x of c.list) {
    if (x.cp.now > t) break;
    found = x;
  }
  return found;
}

/** Forgets the checkpoints taken after the run's current point (`steps` events and `applied` actions in). */
export function dropAfter<L>(c: Checkpoints<L>, steps: number, applied: number): void {
  let k = c.list.length;
  while (k > 0) {
    const x = c.list[k - 1] as LabCheckpoint<L>;
    if (x.cp.steps < steps || (x.cp.steps === steps && x.applied <= applied)) break;
    k--;
  }
  c.list.length = k;
  const last = c.list[k - 1];
  c.nextAt = (last?.cp.now ?? 0) + c.spacingMs;
}
