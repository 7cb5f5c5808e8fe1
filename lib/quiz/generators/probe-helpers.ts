import { historyOf, lostWrites, type Operation, type Sim, type Value } from "@/lib/sim";
import type { ProbeResult } from "./types";

/** The single operation `client` made on `key`, or undefined. */
export function opOf(sim: Sim, client: string, key: string): Operation | undefined {
  return historyOf(sim).find((op) => op.client === client && op.key === key);
}

/** Every operation on `key`, by id. */
export function opsOnKey(sim: Sim, key: string): Operation[] {
  return historyOf(sim).filter((op) => op.key === key);
}

export function isLost(sim: Sim, op: Operation): boolean {
  return lostWrites(sim).some((w) => w.id === op.id);
}

export const refuse = (reason: string): ProbeResult => ({ ok: false, reason });

/** Option id for a completed read, or undefined when it did not return cleanly. */
export function readOutcome(op: Operation | undefined, written: Value): "new" | "missing" | "other" | undefined {
  if (!op || op.outcome !== "ok") return undefined;
  if (op.output === written) return "new";
  if (op.output === null || op.output === undefined) return "missing";
  return "other";
}

/** "ok", "fail" or "info" as a phrase for refusals. */
export const describeOutcome = (op: Operation | undefined): string =>
  op ? `${op.outcome}${op.error ? ` (${op.error})` : ""}` : "never issued";
