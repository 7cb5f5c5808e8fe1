/**
 * Versions for the leaderless protocol: vector clocks (one counter per node,
 * dense) and sibling sets. Invariant kept by `addVersion`: a sibling set never
 * holds two versions where one dominates or equals the other, so every member
 * is concurrent with every other; more than one member means siblings.
 */
import type { Value } from "../history";

export interface Version {
  readonly value: Value;
  readonly clock: readonly number[];
  /** The coordinator's local clock when it created the version: only to pick what a read returns among siblings. */
  readonly ts: number;
  /** Coordinator node index (tie-break for equal timestamps). */
  readonly writer: number;
  readonly opId: number;
}

export type ClockOrder = "before" | "after" | "equal" | "concurrent";

/** How clock a relates to clock b. */
export function compareClocks(a: readonly number[], b: readonly number[]): ClockOrder {
  let less = false;
  let more = false;
  const len = Math.max(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x < y) less = true;
    else if (x > y) more = true;
  }
  if (less && more) return "concurrent";
  if (less) return "before";
  if (more) return "after";
  return "equal";
}

/** Pointwise maximum of the versions' clocks (length `n`). */
export function mergeClocks(vs: readonly Version[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const v of vs) for (let i = 0; i < n; i++) out[i] = Math.max(out[i] as number, v.clock[i] ?? 0);
  return out;
}

/** Adds `v` to a sibling set. Returns the new set, or null when some member already dominates or equals `v`. */
export function addVersion(set: readonly Version[], v: Version): Version[] | null {
  const kept: Version[] = [];
  for (const s of set) {
    const o = compareClocks(s.clock, v.clock);
    if (o === "after" || o === "equal") return null;
    if (o === "concurrent") kept.push(s);
  }
  kept.push(v);
  return kept;
}

/** Union of two sibling sets, keeping only maximal versions. */
export function mergeSets(a: readonly Version[], b: readonly Version[]): Version[] {
  let out: Version[] = a.slice();
  for (const v of b) out = addVersion(out, v) ?? out;
  return out;
}

/** True when `have` already covers every version in `want` (nothing to repair). */
export function covers(have: readonly Version[], want: readonly Version[]): boolean {
  return want.every((w) =>
    have.some((h) => {
      const o = compareClocks(h.clock, w.clock);
      return o === "after" || o === "equal";
    }),
  );
}

/**
 * The version a read hands back: the maximal version with the latest
 * timestamp (ties: higher writer index), as an LWW resolver would pick.
 * Undefined for an empty set.
 */
export function pick(set: readonly Version[]): Version | undefined {
  let best: Version | undefined;
  for (const v of set) if (!best || v.ts > best.ts || (v.ts === best.ts && v.writer > best.writer)) best = v;
  return best;
}

/** A compact, order-independent summary of a sibling set (anti-entropy and hint acks compare these). */
export function digest(set: readonly Version[]): string {
  return set
    .map((v) => v.clock.join("."))
    .sort()
    .join("|");
}
