import type { History, Value } from "../history";
import { describeOp, formatValue, valueKey } from "./describe";
import type { Violation } from "./types";

export interface SurvivingWrite {
  readonly key: string;
  readonly value: Value;
}

/**
 * Lost writes: every acknowledged (ok) write, and every ok cas's new value,
 * must be among `survivingWrites` — the writes present in the authoritative
 * history (e.g. the leader's log) once the cluster has quiesced. Indeterminate
 * and failed writes may legitimately be missing and are never reported.
 */
export function checkLostWrites(history: History, survivingWrites: ReadonlyArray<SurvivingWrite>): Violation[] {
  const surviving = new Set(survivingWrites.map((w) => `${w.key}|${valueKey(w.value)}`));
  const violations: Violation[] = [];
  for (const op of history) {
    if (op.outcome !== "ok" || op.input.f === "read") continue;
    const value = op.input.f === "write" ? op.input.value : op.input.to;
    if (surviving.has(`${op.key}|${valueKey(value)}`)) continue;
    violations.push({
      checker: "lost-writes",
      key: op.key,
      opIds: [op.id],
      at: op.completedAt ?? op.invokedAt,
      explanation: `${describeOp(op)} was acknowledged, but ${op.key}=${formatValue(value)} is missing from the converged history: the write was lost.`,
    });
  }
  return violations;
}
