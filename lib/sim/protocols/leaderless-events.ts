/**
 * What the leaderless (Dynamo-style) model records, and the sentence for each. `node` is the node the event happened
 * on.
 */
import type { Value } from "../history";
import type { EventOf } from "../log-event";

type Ev<T extends string, F extends object> = EventOf<"leaderless", T, "repl", F>;

export type LeaderlessEvent =
  | Ev<"hint-stored", { key: string; value: Value; hintFor: string }>
  | Ev<"hint-window-passed", { target: string; downMs: number; windowMs: number; key: string }>
  | Ev<"siblings-read", { key: string; values: readonly Value[]; returns: Value }>
  | Ev<"blocking-repair-wait", { key: string; awaiting: readonly string[] }>
  | Ev<"read-repair", { blocking: boolean; target: string; key: string; values: readonly Value[] }>
  | Ev<"anti-entropy", { key: string; values: readonly Value[] }>
  | Ev<"hinted-handoff", { from: string; key: string; values: readonly Value[] }>;

const values = (vs: readonly Value[]): string => vs.map((v) => String(v)).join(", ");

export function leaderlessEventText(e: LeaderlessEvent, node: string): string {
  switch (e.type) {
    case "hint-stored":
      return `${node} holds ${e.key}=${String(e.value)} as a hint for ${e.hintFor}`;
    case "hint-window-passed":
      return `${e.target} has been unreachable for ${Math.round(e.downMs)} ms, longer than the hint window (${e.windowMs} ms): no hint stored; only repair will bring it ${e.key}`;
    case "siblings-read":
      return `read ${e.key} finds siblings {${values(e.values)}}: returns ${String(e.returns)} (latest timestamp)`;
    case "blocking-repair-wait":
      return `blocking read repair: ${e.key} answers once ${e.awaiting.join(", ")} acknowledge the repair`;
    case "read-repair":
      return `read repair${e.blocking ? " (blocking)" : ""}: ${e.target} was behind on ${e.key}, sending ${values(e.values)}`;
    case "anti-entropy":
      return `anti-entropy brings ${e.key} up to date: ${values(e.values)}`;
    case "hinted-handoff":
      return `hinted handoff from ${e.from}: ${e.key}=${values(e.values)}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}
