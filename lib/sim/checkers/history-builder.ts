import type { History, OpOutcome, Operation, Value } from "../history";

/**
 * Terse constructors for hand-built histories (tests, lesson examples):
 *
 *     history(write("c1", "x", 1, 0, 10), read("c2", "x", 1, 5, 20))
 *
 * Ids are assigned in invocation order. `completedAt` null means the op never
 * completed (use with outcome "info").
 */
export type OpDraft = Omit<Operation, "id">;

export function read(
  client: string,
  key: string,
  output: Value | undefined,
  invokedAt: number,
  completedAt: number | null,
  outcome: OpOutcome = "ok",
): OpDraft {
  return {
    client,
    key,
    input: { f: "read" },
    outcome,
    ...(output !== undefined && outcome === "ok" ? { output } : {}),
    invokedAt,
    completedAt,
  };
}

export function write(
  client: string,
  key: string,
  value: Value,
  invokedAt: number,
  completedAt: number | null,
  outcome: OpOutcome = "ok",
): OpDraft {
  return { client, key, input: { f: "write", value }, outcome, invokedAt, completedAt };
}

export function cas(
  client: string,
  key: string,
  from: Value,
  to: Value,
  invokedAt: number,
  completedAt: number | null,
  outcome: OpOutcome = "ok",
): OpDraft {
  return { client, key, input: { f: "cas", from, to }, outcome, invokedAt, completedAt };
}

/** Numbers the drafts by invocation time (ties keep argument order). */
export function history(...drafts: OpDraft[]): History {
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.invokedAt - b.d.invokedAt || a.i - b.i)
    .map(({ d }, id) => ({ id, ...d }));
}
