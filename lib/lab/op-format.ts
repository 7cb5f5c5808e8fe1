import type { Operation, Value } from "@/lib/sim";

export const showValue = (v: Value | undefined) => (v === null || v === undefined ? "none" : String(v));

/** "write x=5 ✓ ok", "read x → none ⚠ stale": text that carries the meaning colour also shows. */
export function opText(op: Operation, stale: boolean): string {
  const what =
    op.input.f === "write"
      ? `write ${op.key}=${showValue(op.input.value)}`
      : op.input.f === "read"
        ? `read ${op.key}`
        : `cas ${op.key}`;
  const where = op.node ? ` on ${op.node}` : "";
  if (op.outcome === "ok")
    return op.input.f === "read"
      ? `${what}${where} → ${showValue(op.output)}${stale ? " ⚠ stale" : " ✓"}`
      : `${what}${where} ✓ ok`;
  if (op.outcome === "fail") return `${what}${where} ✕ failed${op.error ? `: ${op.error}` : ""}`;
  return op.completedAt === null
    ? `${what}${where} … pending`
    : `${what}${where} ? unknown${op.error ? `: ${op.error}` : ""}`;
}
