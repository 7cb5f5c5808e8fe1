import type { History, Operation, Value } from "../history";
import { valueKey } from "./describe";

/**
 * "Is value a older than value b?" for one key, which session guarantees need.
 *
 * Two sources, same interface:
 * - `versionOrderFrom(versionOf)`: the caller knows versions (the simulator
 *   stamps each write); a higher number is newer. `undefined` = unknown value.
 * - `deriveVersionOrder(history)`: no versions known. Every ok or indeterminate
 *   write (and cas `to`) is a version; a is older than b only when that is
 *   certain from real time: a's write completed before b's was invoked. Null
 *   (the initial missing value) is older than every write, unless someone
 *   wrote null explicitly. A value written more than once, or writes that
 *   overlapped, are incomparable: the session checkers then stay silent rather
 *   than guess.
 */
export interface VersionOrder {
  /** -1 if a is older than b, 1 if newer, 0 if the same version, undefined if unknown. */
  compare(key: string, a: Value, b: Value): -1 | 0 | 1 | undefined;
}

export type VersionOf = (key: string, value: Value) => number | undefined;

/** A total order from caller-supplied version numbers. */
export function versionOrderFrom(versionOf: VersionOf): VersionOrder {
  return {
    compare(key, a, b) {
      const va = versionOf(key, a);
      const vb = versionOf(key, b);
      if (va === undefined || vb === undefined) return valueKey(a) === valueKey(b) ? 0 : undefined;
      return va < vb ? -1 : va > vb ? 1 : 0;
    },
  };
}

interface WriteWindow {
  readonly invokedAt: number;
  /** Latest instant the write can have taken effect: its completion, or +∞ if it never completed. */
  readonly end: number;
  readonly count: number;
}

function writtenValue(op: Operation): Value | undefined {
  if (op.outcome === "fail") return undefined;
  if (op.input.f === "write") return op.input.value;
  if (op.input.f === "cas") return op.input.to;
  return undefined;
}

/** A partial order from the history's own writes (see VersionOrder). */
export function deriveVersionOrder(history: History): VersionOrder {
  const windows = new Map<string, WriteWindow>();
  for (const op of history) {
    const v = writtenValue(op);
    if (v === undefined) continue;
    const k = `${op.key}|${valueKey(v)}`;
    const prev = windows.get(k);
    const end = op.completedAt === null || op.outcome === "info" ? Infinity : op.completedAt;
    windows.set(k, { invokedAt: op.invokedAt, end, count: (prev?.count ?? 0) + 1 });
  }
  const initial: WriteWindow = { invokedAt: -Infinity, end: -Infinity, count: 1 };
  const lookup = (key: string, v: Value): WriteWindow | undefined =>
    windows.get(`${key}|${valueKey(v)}`) ?? (v === null ? initial : undefined);
  return {
    compare(key, a, b) {
      if (valueKey(a) === valueKey(b)) return 0;
      const wa = lookup(key, a);
      const wb = lookup(key, b);
      if (!wa || !wb || wa.count > 1 || wb.count > 1) return undefined;
      if (wa.end < wb.invokedAt) return -1;
      if (wb.end < wa.invokedAt) return 1;
      return undefined;
    },
  };
}
