import type { Operation, Value } from "../history";

/** Renders a register value the way lessons write it: numbers bare, strings quoted, null as `null`. */
export function formatValue(value: Value | undefined): string {
  if (value === undefined) return "?";
  if (value === null) return "null";
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** The op's interval: `[invoke, complete]`, or `[invoke, ∞)` when it never completed. */
export function formatInterval(op: Operation): string {
  return op.completedAt === null ? `[${op.invokedAt}, ∞)` : `[${op.invokedAt}, ${op.completedAt}]`;
}

/** What the op did, without who or when: "read x → 1", "write x=2", "cas x 1→2". */
export function describeAction(op: Operation): string {
  switch (op.input.f) {
    case "read":
      return op.outcome === "ok" ? `read ${op.key} → ${formatValue(op.output)}` : `read ${op.key}`;
    case "write":
      return `write ${op.key}=${formatValue(op.input.value)}`;
    case "cas":
      return `cas ${op.key} ${formatValue(op.input.from)}→${formatValue(op.input.to)}`;
  }
}

/** A full human description: "read x → 1 by c3 at [120, 130]", with "(timed out)" / "(failed)" when relevant. */
export function describeOp(op: Operation): string {
  const suffix = op.outcome === "info" ? " (indeterminate)" : op.outcome === "fail" ? " (failed)" : "";
  const who = /^\d+$/.test(op.client) ? `client ${op.client}` : op.client;
  return `${describeAction(op)} by ${who} at ${formatInterval(op)}${suffix}`;
}

/** A map key that keeps `1` and `"1"` apart. */
export function valueKey(value: Value): string {
  return value === null ? "null" : `${typeof value}:${value}`;
}
