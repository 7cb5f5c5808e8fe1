import type { History, OpInput, Operation, OpOutcome, Value } from "../history";

/**
 * Parser for Jepsen's etcd register logs, one event a line:
 *
 *     INFO  jepsen.util - <process>\t:<type>\t:<f>\t<value>
 *
 * type ∈ invoke | ok | fail | info; f ∈ read | write | cas; read values are
 * `nil` or an integer, cas values `[from to]`, and completions of timed-out ops
 * may carry `:timed-out` instead of a value.
 *
 * The result is a single-key (`x`) History whose times are event indices
 * (0-based, counting only event lines). Ids are the order of invocation.
 * Lines that are not `jepsen.util` process events (other loggers, blank lines)
 * are skipped; a malformed event line is an error `line N: message` (1-based).
 * An op still in flight when the log ends is indeterminate (`info`). A process
 * whose op ended in `info` should never invoke again; if it does, the new ops
 * are attributed to a fresh client `<process>~2` so the history stays well formed.
 */

export type ParseResult<T> = { success: true; data: T } | { success: false; error: string };

const EVENT = /jepsen\.util\s+-\s+(\S+)\s+:(\w[\w-]*)\s+:(\w[\w-]*)(?:\s+(.*?))?\s*$/;
const INT = /^-?\d+$/;
const CAS = /^\[\s*(nil|-?\d+)\s*,?\s+(nil|-?\d+)\s*\]$/;

interface Pending {
  readonly id: number;
  readonly client: string;
  readonly input: OpInput;
  readonly invokedAt: number;
}

function parseScalar(text: string): Value | undefined {
  if (text === "nil") return null;
  return INT.test(text) ? Number(text) : undefined;
}

function parseInput(f: string, raw: string): OpInput | string {
  switch (f) {
    case "read":
      return { f: "read" };
    case "write": {
      const value = parseScalar(raw);
      return value === undefined ? `write value must be an integer or nil, got "${raw}"` : { f: "write", value };
    }
    case "cas": {
      const m = CAS.exec(raw);
      if (!m) return `cas value must look like [from to], got "${raw}"`;
      return { f: "cas", from: parseScalar(m[1] ?? "") ?? null, to: parseScalar(m[2] ?? "") ?? null };
    }
    default:
      return `unknown operation :${f}`;
  }
}

/** Parses a Jepsen etcd log into a History on key "x". Pure: text in, result out. */
export function parseJepsenLog(text: string, key = "x"): ParseResult<History> {
  const ops: Operation[] = [];
  const pending = new Map<string, Pending>();
  const retired = new Map<string, number>(); // process → how many times it ended in info
  let eventIndex = 0;
  let nextId = 0;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? "").trim();
    if (line === "" || !line.includes("jepsen.util")) continue;
    const m = EVENT.exec(line);
    if (!m) {
      if (/jepsen\.util\s+-\s+\S+\s+:/.test(line))
        return { success: false, error: `line ${n + 1}: malformed event "${line}"` };
      continue; // a jepsen.util message that is not a process event
    }
    const [, process = "", type = "", f = "", raw = ""] = m;
    const at = eventIndex++;
    const fail = (message: string): ParseResult<History> => ({ success: false, error: `line ${n + 1}: ${message}` });
    if (type === "invoke") {
      if (pending.has(process))
        return fail(`process ${process} invoked while its previous operation was still in flight`);
      const input = parseInput(f, raw);
      if (typeof input === "string") return fail(input);
      const generation = retired.get(process) ?? 0;
      const client = generation === 0 ? process : `${process}~${generation + 1}`;
      pending.set(process, { id: nextId++, client, input, invokedAt: at });
      continue;
    }
    if (type !== "ok" && type !== "fail" && type !== "info") return fail(`unknown event type :${type}`);
    const call = pending.get(process);
    if (!call) return fail(`process ${process} completed an operation it never invoked`);
    if (call.input.f !== f) return fail(`process ${process} invoked :${call.input.f} but completed :${f}`);
    pending.delete(process);
    const outcome: OpOutcome = type;
    let output: Value | undefined;
    if (outcome === "ok" && f === "read") {
      output = parseScalar(raw);
      if (output === undefined) return fail(`read result must be an integer or nil, got "${raw}"`);
    }
    if (outcome === "info") retired.set(process, (retired.get(process) ?? 0) + 1);
    ops.push({
      id: call.id,
      client: call.client,
      key,
      input: call.input,
      outcome,
      ...(output !== undefined ? { output } : {}),
      invokedAt: call.invokedAt,
      completedAt: outcome === "info" ? null : at,
      ...(outcome === "info" ? { error: raw === ":timed-out" ? "timed out" : "indeterminate" } : {}),
    });
  }
  for (const call of pending.values()) {
    ops.push({
      id: call.id,
      client: call.client,
      key,
      input: call.input,
      outcome: "info",
      invokedAt: call.invokedAt,
      completedAt: null,
      error: "still in flight when the log ended",
    });
  }
  ops.sort((a, b) => a.id - b.id);
  return { success: true, data: ops };
}
