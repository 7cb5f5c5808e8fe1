/**
 * Where a node's log ends, compared as Raft compares logs when it votes
 * (Raft §5.4.1): the log whose last entry has the later epoch is more up to
 * date; with equal last epochs, the longer log is. Used by voters (the
 * election restriction) and by the failure detector choosing whom to promote.
 */
import { entryEpochAt } from "../kernel";
import type { NodeState } from "../sim-state";

/** The epoch of a log's last entry (0 for an empty log) and its LSN. */
export interface LogPosition {
  readonly epoch: number;
  readonly lsn: number;
}

export function logPosition(s: NodeState): LogPosition {
  return { epoch: entryEpochAt(s, s.log.length), lsn: s.log.length };
}

/** Negative when `a` is behind `b`, zero when equal, positive when ahead. */
export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  return a.epoch !== b.epoch ? a.epoch - b.epoch : a.lsn - b.lsn;
}

/** The election restriction: a voter promises only to a candidate whose log is at least as up to date as its own. */
export function atLeastAsUpToDate(candidate: LogPosition, voter: LogPosition): boolean {
  return compareLogPositions(candidate, voter) >= 0;
}

export function formatPosition(p: LogPosition): string {
  return `LSN ${p.lsn} (epoch ${p.epoch})`;
}
