/** What chain replication records, and the sentence for each. `node` is the node the event happened on. */
import type { EventOf } from "../log-event";

export type ChainEvent =
  | EventOf<"chain", "removed", "role", { removed: string; timeoutMs: number; chain: readonly string[] }>
  | EventOf<"chain", "becomes-tail", "role", { pending: number }>
  | EventOf<"chain", "resends", "repl", { fromLsn: number; toLsn: number; successor: string }>
  | EventOf<"chain", "joins-as-tail", "role">
  | EventOf<"chain", "rejoins", "role", { tail: string }>;

export function chainEventText(e: ChainEvent, node: string): string {
  switch (e.type) {
    case "removed":
      return `master removes ${e.removed} from the chain (unreachable for ${e.timeoutMs} ms): ${e.chain.join(" → ")}`;
    case "becomes-tail":
      return `${node} becomes tail and acknowledges its ${e.pending} pending writes`;
    case "resends":
      return `${node} re-sends entries ${e.fromLsn}..${e.toLsn} to its new successor ${e.successor}`;
    case "joins-as-tail":
      return `${node} caught up and becomes the tail`;
    case "rejoins":
      return `${node} rejoins: copying the history from tail ${e.tail}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}
