/**
 * The checkpoints a lab run keeps as it goes, so a seek backwards restores the
 * nearest one at or before the target and steps forward from there, instead
 * of replaying from t = 0. Bounded: one every `spacingMs` of virtual time, and
 * when there are `max` of them every other one is dropped and the spacing
 * doubles, so a run of any length keeps at most `max` and a seek replays at
 * most one spacing's worth of events. They belong to the current branch's
 * recorded past: acting from an earlier moment drops the ones after it.
 *
 * Copying costs time in proportion to the state (a long Galera run's write-set
 * order, every node's log), so when the driver hands in its wall clock the
 * copies are also paced by work: a checkpoint waits until the run has stepped
 * for at least 1 / MAX_OVERHEAD times what the previous copy took. Opening or
 * playing a run then costs at most that share more than it did without them.
 * Without a clock (tests, the CLI) every due checkpoint is taken.
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
  /** The driver's wall clock in ms, or undefined: see the header. */
  readonly clock: (() => number) | undefined;
  /** Wall ms spent stepping since the last checkpoint, and the start of the current stretch. */
  workMs: number;
  workFrom: number;
  /**
   * What the last copy took, and what the next is taken to cost: the lesser of the last two, so one copy the OS or the
   * collector interrupted does not stall the next ones.
   */
  lastCopyMs: number;
  copyCostMs: number;
}

/** Most of the stepping time that copying checkpoints may add. */
export const MAX_OVERHEAD = 0.1;

/** First spacing (virtual ms) and the most checkpoints kept. */
export const CHECKPOINT_SPACING_MS = 1000;
export const MAX_CHECKPOINTS = 64;

export const newCheckpoints = <L>(
  clock?: () => number,
  spacingMs = CHECKPOINT_SPACING_MS,
  max = MAX_CHECKPOINTS,
): Checkpoints<L> => ({
  list: [],
  spacingMs,
  nextAt: spacingMs,
  max,
  clock,
  workMs: 0,
  workFrom: 0,
  lastCopyMs: Infinity,
  copyCostMs: 0,
});

/** Brackets a stretch of stepping, so copies can be paced by the work done between them. */
export function beginWork<L>(c: Checkpoints<L>): void {
  if (c.clock) c.workFrom = c.clock();
}
export function endWork<L>(c: Checkpoints<L>): void {
  if (c.clock) c.workMs += c.clock() - c.workFrom;
}

/** Keeps a checkpoint of `sim` if one is due. Call between events only. */
export function maybeCheckpoint<L>(c: Checkpoints<L>, sim: Sim, applied: number, leaderLog: readonly L[]): void {
  if (sim.now < c.nextAt) return;
  const t0 = c.clock?.() ?? 0;
  if (c.clock && c.workMs + (t0 - c.workFrom) < c.copyCostMs / MAX_OVERHEAD) return;
  c.list.push({ cp: checkpoint(sim), applied, leaderLog, leaderLogLength: leaderLog.length });
  if (c.clock) {
    const t1 = c.clock();
    c.copyCostMs = Math.min(c.lastCopyMs, t1 - t0);
    c.lastCopyMs = t1 - t0;
    c.workMs = 0;
    c.workFrom = t1;
  }
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
