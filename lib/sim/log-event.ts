/**
 * The event log as typed records. Each event names its source (the core or a
 * protocol), its type, the category the log filters on (`kind`) and the fields
 * it carries; the prose is rendered from these in `event-text.ts`, never stored.
 * Fields are copies taken when the event is recorded, so a record stays true
 * after the run moves on.
 */
import type { ActionType } from "./actions";
import type { OpInput, Value } from "./history";
import type { ProtocolEvent } from "./protocols/events";

/** What the log filters on: the category of an event, fixed by its type. */
export type EventKind =
  "op" | "msg" | "drop" | "fault" | "action" | "role" | "repl" | "reject" | "lease" | "mode" | "detector";

/**
 * One event type: `S` the module that records it (`"core"` or a protocol),
 * `T` its name within that module, `K` its category, `F` its fields.
 * A new protocol declares a union of these with its own `S` and joins it in `protocols/events.ts`.
 */
export type EventOf<S extends string, T extends string, K extends EventKind, F extends object = object> = {
  readonly source: S;
  readonly type: T;
  readonly kind: K;
} & { readonly [P in keyof F]: F[P] };

/** Why a message never reached its destination. */
export type DropCause = "cut" | "lost" | "crashed";

/** Events the core records for every protocol: operations, deliveries, drops, faults and refused actions. */
export type CoreEvent =
  | EventOf<"core", "op-invoked", "op", { client: string; key: string; input: OpInput; target: string; opId: number }>
  | EventOf<
      "core",
      "op-completed",
      "op",
      {
        client: string;
        key: string;
        input: OpInput;
        outcome: "ok" | "fail" | "info";
        output: Value | undefined;
        error: string | undefined;
        opId: number;
      }
    >
  | EventOf<"core", "delivered", "msg", { message: string; from: string; messageId: number }>
  /** Refused at the sender: the link was cut or the message was lost. */
  | EventOf<"core", "send-dropped", "drop", { message: string; to: string; cause: "cut" | "lost" }>
  /** Lost on arrival: the link was cut while it travelled or the receiver had crashed. */
  | EventOf<"core", "arrival-dropped", "drop", { message: string; from: string; cause: "cut" | "crashed" }>
  | EventOf<"core", "dropped-by-hand", "drop", { message: string; messageId: number }>
  | EventOf<"core", "action-refused", "reject", { action: ActionType; reason: string }>
  | EventOf<"core", "network-cut", "fault", { from: readonly string[]; to: readonly string[]; oneWay: boolean }>
  | EventOf<"core", "links-healed", "fault", { from: readonly string[]; to: readonly string[]; oneWay: boolean }>
  | EventOf<"core", "network-healed", "fault">
  | EventOf<"core", "node-status", "fault", { node: string; change: "crashed" | "restarted" | "paused" | "resumed" }>
  | EventOf<"core", "apply-lag", "fault", { node: string; lagMs: number }>
  | EventOf<"core", "loss", "fault", { probability: number }>;

/** One line of the event log: when, where (node name, or null for cluster-wide events) and what. */
export interface LogRecord {
  readonly at: number;
  readonly node: string | null;
  readonly event: LogEvent;
}

/** Every event type: the core's and each protocol's. */
export type LogEvent = CoreEvent | ProtocolEvent;
