/**
 * A compact textual syntax for scheduled actions, for tests, the CLI and
 * readable counterexamples:
 *
 *   at 5000 cut [A] from [B,C]      both directions
 *   at 5000 cut [A] -> [B,C]        one way: A's messages to B and C are lost
 *   at 48000 heal                   heal everything (or: heal [A] from [B])
 *   at 20000 crash B                also restart, pause, resume, promote
 *   at 1000 fencing on              fencing on|off
 *   at 1000 lag B 5000              apply lag in ms
 *   at 1000 mode semi-sync          async|semi-sync|sync
 *   at 1000 loss 0.1
 *   at 1000 read-mode lease         Raft: log|read-index|lease|follower
 *   at 1000 pre-vote on             Raft: pre-vote on|off
 *   at 1000 drift S1 -0.3           Raft: S1's clock runs 30% slow from now on
 *   at 1000 write x [on A] [near B] [as alice]
 *   at 1000 read x [on A] [near B] [as alice] [via nearest|any-replica|leader-only]
 *   at 1000 drop 42                 drop in-flight message #42
 */
import { ScheduledActionSchema, type ScheduledAction } from "./actions";
import type { ParseResult } from "./scenario";

const list = (s: string): string[] | null => {
  const m = s.match(/^\[([^\]]*)\]$/);
  if (!m) return null;
  return (m[1] ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
};

function fail<T>(message: string): ParseResult<T> {
  return { success: false, error: { message, issues: [{ path: "(line)", message }] } };
}

/** Parses one line. Never throws. */
export function parseActionLine(line: string): ParseResult<ScheduledAction> {
  const text = line.trim();
  const m = text.match(/^at\s+(\d+(?:\.\d+)?)\s+(\S+)\s*(.*)$/);
  if (!m) return fail(`expected "at <ms> <action> ...", got "${text}"`);
  const at = Number(m[1]);
  const verb = m[2] ?? "";
  const rest = (m[3] ?? "").trim();
  let raw: Record<string, unknown> | null = null;
  switch (verb) {
    case "cut":
    case "heal": {
      if (verb === "heal" && rest === "") {
        raw = { type: "heal" };
        break;
      }
      const c = rest.match(/^(\[[^\]]*\])\s*(from|->)\s*(\[[^\]]*\])$/);
      const from = c ? list(c[1] ?? "") : null;
      const to = c ? list(c[3] ?? "") : null;
      if (!c || !from || !to) return fail(`expected "${verb} [A] from [B,C]" or "${verb} [A] -> [B]", got "${text}"`);
      raw = { type: verb, from, to, ...(c[2] === "->" ? { oneWay: true } : {}) };
      break;
    }
    case "crash":
    case "restart":
    case "pause":
    case "resume":
    case "promote":
      raw = { type: verb, node: rest };
      break;
    case "fencing":
      if (rest !== "on" && rest !== "off") return fail(`expected "fencing on" or "fencing off", got "${text}"`);
      raw = { type: "set-fencing", enabled: rest === "on" };
      break;
    case "lag": {
      const [node, ms] = rest.split(/\s+/);
      raw = { type: "set-lag", node, lagMs: Number(ms) };
      break;
    }
    case "mode":
      raw = { type: "set-mode", mode: rest };
      break;
    case "loss":
      raw = { type: "set-loss", probability: Number(rest) };
      break;
    case "read-mode":
      raw = { type: "set-read-mode", mode: rest };
      break;
    case "pre-vote":
      if (rest !== "on" && rest !== "off") return fail(`expected "pre-vote on" or "pre-vote off", got "${text}"`);
      raw = { type: "set-pre-vote", enabled: rest === "on" };
      break;
    case "drift": {
      const [node, drift] = rest.split(/\s+/);
      raw = { type: "set-clock-drift", node, drift: Number(drift) };
      break;
    }
    case "drop":
      raw = { type: "drop", messageId: Number(rest) };
      break;
    case "write":
    case "read": {
      const words = rest.split(/\s+/).filter((w) => w !== "");
      const key = words.shift();
      raw = { type: verb, key };
      while (words.length > 0) {
        const w = words.shift();
        const arg = words.shift();
        if (arg === undefined) return fail(`missing value after "${String(w)}" in "${text}"`);
        if (w === "on") raw.node = arg;
        else if (w === "near") raw.near = arg;
        else if (w === "as") raw.client = arg;
        else if (w === "via" && verb === "read") raw.routing = arg;
        else if (w === "value" && verb === "write") raw.value = Number.isFinite(Number(arg)) ? Number(arg) : arg;
        else return fail(`unknown word "${String(w)}" in "${text}"`);
      }
      break;
    }
    default:
      return fail(`unknown action "${verb}" in "${text}"`);
  }
  const r = ScheduledActionSchema.safeParse({ at, ...raw });
  if (!r.success)
    return fail(`${r.error.issues.map((i) => `${i.path.join(".") || verb}: ${i.message}`).join("; ")} in "${text}"`);
  return { success: true, data: r.data as ScheduledAction };
}

/** Parses a script: one action per line; blank lines and `#` comments are skipped. */
export function parseActionScript(script: string): ParseResult<ScheduledAction[]> {
  const out: ScheduledAction[] = [];
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/#.*$/, "").trim();
    if (line === "") continue;
    const r = parseActionLine(line);
    if (!r.success) return fail(`line ${i + 1}: ${r.error.message}`);
    out.push(r.data);
  }
  return { success: true, data: out };
}

/** Renders an action in the textual syntax; `parseActionLine(formatAction(a))` gives `a` back. */
export function formatAction(a: ScheduledAction): string {
  const at = `at ${a.at}`;
  const set = (xs: readonly string[]) => `[${xs.join(",")}]`;
  switch (a.type) {
    case "cut":
      return `${at} cut ${set(a.from)} ${a.oneWay ? "->" : "from"} ${set(a.to)}`;
    case "heal":
      return a.from && a.to ? `${at} heal ${set(a.from)} ${a.oneWay ? "->" : "from"} ${set(a.to)}` : `${at} heal`;
    case "crash":
    case "restart":
    case "pause":
    case "resume":
    case "promote":
      return `${at} ${a.type} ${a.node}`;
    case "set-fencing":
      return `${at} fencing ${a.enabled ? "on" : "off"}`;
    case "set-lag":
      return `${at} lag ${a.node} ${a.lagMs}`;
    case "set-mode":
      return `${at} mode ${a.mode}`;
    case "set-loss":
      return `${at} loss ${a.probability}`;
    case "set-read-mode":
      return `${at} read-mode ${a.mode}`;
    case "set-pre-vote":
      return `${at} pre-vote ${a.enabled ? "on" : "off"}`;
    case "set-clock-drift":
      return `${at} drift ${a.node} ${a.drift}`;
    case "drop":
      return `${at} drop ${a.messageId}`;
    case "write":
    case "read": {
      const parts = [`${at} ${a.type} ${a.key}`];
      if (a.type === "write" && a.value !== undefined && a.value !== null) parts.push(`value ${String(a.value)}`);
      if (a.node !== undefined) parts.push(`on ${a.node}`);
      if (a.near !== undefined) parts.push(`near ${a.near}`);
      if (a.client !== undefined) parts.push(`as ${a.client}`);
      if (a.type === "read" && a.routing !== undefined) parts.push(`via ${a.routing}`);
      return parts.join(" ");
    }
    default: {
      const never: never = a;
      return never;
    }
  }
}

export const formatSchedule = (xs: readonly ScheduledAction[]): string => xs.map(formatAction).join("\n");
