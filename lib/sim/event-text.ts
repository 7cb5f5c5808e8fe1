/**
 * The one place the event log becomes prose: the core's events here, each
 * protocol's in its own `*-events.ts`, joined by `protocolEventText`.
 * Every switch is exhaustive, so a new event type does not compile until it has its sentence.
 */
import { describeInput } from "./clients";
import type { CoreEvent, LogEvent, LogRecord } from "./log-event";
import { protocolEventText } from "./protocols/events";

const list = (names: readonly string[]): string => `[${names.join(",")}]`;

function coreEventText(e: CoreEvent): string {
  switch (e.type) {
    case "op-invoked":
      return `${e.client} invokes ${describeInput(e.key, e.input)} on ${e.target} (op ${e.opId})`;
    case "op-completed":
      return `${e.client} ${describeInput(e.key, e.input)} → ${e.outcome}${e.output !== undefined ? ` ${String(e.output)}` : ""}${e.error ? ` (${e.error})` : ""} (op ${e.opId})`;
    case "delivered":
      return `← ${e.message} from ${e.from} (#${e.messageId})`;
    case "send-dropped":
      return `${e.message} → ${e.to} ${e.cause === "cut" ? "dropped: link cut" : "lost"}`;
    case "arrival-dropped":
      return `${e.message} from ${e.from} ${e.cause === "cut" ? "dropped in flight: link cut" : "dropped: node crashed"}`;
    case "dropped-by-hand":
      return `${e.message} #${e.messageId} dropped by hand`;
    case "action-refused":
      return `${e.action} refused: ${e.reason}`;
    case "network-cut":
      return `network cut: ${list(e.from)} ${e.oneWay ? "→" : "↮"} ${list(e.to)}`;
    case "links-healed":
      return `links healed: ${list(e.from)} ${e.oneWay ? "→" : "↔"} ${list(e.to)}`;
    case "network-healed":
      return "network healed";
    case "node-status":
      return `${e.node} ${e.change}`;
    case "apply-lag":
      return `${e.node} apply lag set to ${e.lagMs} ms`;
    case "loss":
      return `message loss set to ${e.probability}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** The sentence for one event; `node` is the name of the node it happened on ("?" for cluster-wide events). */
export function eventText(e: LogEvent, node: string): string {
  return e.source === "core" ? coreEventText(e) : protocolEventText(e, node);
}

/** The sentence for one log record. */
export const recordText = (r: LogRecord): string => eventText(r.event, r.node ?? "?");
