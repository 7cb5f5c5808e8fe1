/**
 * Everything that can happen to a running simulation from outside: faults,
 * operator commands and client operations. The same union serves the
 * scenario's fault schedule (with `at`), the lab's buttons and the action log.
 */
import { z } from "zod";

const nodeRef = z.string().min(1);
const nodeSet = z.array(nodeRef).min(1);

export const ModeSchema = z.enum(["async", "semi-sync", "sync"]);
export type ReplicationMode = z.infer<typeof ModeSchema>;

/** How a Raft leader answers reads (lib/sim/protocols/raft-reads.ts). */
export const RaftReadModeSchema = z.enum(["log", "read-index", "lease", "follower"]);
export type RaftReadMode = z.infer<typeof RaftReadModeSchema>;

/**
 * A node clock's rate error, as a fraction: -0.3 runs 30% slow. The bound keeps every clock moving forward at no less
 * than half speed and no more than one and a half, the range scenarios accept too.
 */
export const MAX_CLOCK_DRIFT = 0.45;
const driftBound = { error: `a clock's drift is at most ±${MAX_CLOCK_DRIFT * 100}% here` };
export const ClockDriftSchema = z.number().min(-MAX_CLOCK_DRIFT, driftBound).max(MAX_CLOCK_DRIFT, driftBound);

const valueSchema = z.union([z.number(), z.string(), z.null()]);

export const ActionSchema = z.discriminatedUnion("type", [
  /** Cut links between the sets: both directions unless `oneWay`, then only from → to. */
  z.object({ type: z.literal("cut"), from: nodeSet, to: nodeSet, oneWay: z.boolean().optional() }),
  /** Heal everything, or only the links between the given sets (both directions unless `oneWay`). */
  z.object({
    type: z.literal("heal"),
    from: nodeSet.optional(),
    to: nodeSet.optional(),
    oneWay: z.boolean().optional(),
  }),
  z.object({ type: z.literal("crash"), node: nodeRef }),
  z.object({ type: z.literal("restart"), node: nodeRef }),
  z.object({ type: z.literal("pause"), node: nodeRef }),
  z.object({ type: z.literal("resume"), node: nodeRef }),
  z.object({ type: z.literal("promote"), node: nodeRef }),
  z.object({ type: z.literal("set-fencing"), enabled: z.boolean() }),
  z.object({ type: z.literal("set-lag"), node: nodeRef, lagMs: z.number().nonnegative() }),
  z.object({ type: z.literal("set-mode"), mode: ModeSchema }),
  z.object({ type: z.literal("set-loss"), probability: z.number().min(0).max(1) }),
  /** Raft: how the leader answers reads from now on. */
  z.object({ type: z.literal("set-read-mode"), mode: RaftReadModeSchema }),
  /** Raft: pre-vote on or off from now on. */
  z.object({ type: z.literal("set-pre-vote"), enabled: z.boolean() }),
  /** Raft: the node's clock runs at 1 + drift from now on (its reading does not jump). */
  z.object({ type: z.literal("set-clock-drift"), node: nodeRef, drift: ClockDriftSchema }),
  /** A client write; the engine picks a run-unique integer value unless one is given. */
  z.object({
    type: z.literal("write"),
    key: z.string().min(1),
    value: valueSchema.optional(),
    client: z.string().min(1).optional(),
    node: nodeRef.optional(),
    near: nodeRef.optional(),
  }),
  /** A client read: to `node` if given, else by `routing` (default leader-only) from the client's home node. */
  z.object({
    type: z.literal("read"),
    key: z.string().min(1),
    client: z.string().min(1).optional(),
    node: nodeRef.optional(),
    near: nodeRef.optional(),
    routing: z.enum(["leader-only", "any-replica", "nearest"]).optional(),
  }),
  /** Drop one in-flight message by id. */
  z.object({ type: z.literal("drop"), messageId: z.number().int().nonnegative() }),
]);

export type Action = z.infer<typeof ActionSchema>;
export type ActionType = Action["type"];

/** Actions that change a protocol's settings mid-run; only protocols that have the setting accept them. */
export const SETTING_ACTIONS = ["set-read-mode", "set-pre-vote", "set-clock-drift"] as const;
export type SettingAction = Extract<Action, { type: (typeof SETTING_ACTIONS)[number] }>;
export const isSettingAction = (a: Action): a is SettingAction =>
  (SETTING_ACTIONS as readonly string[]).includes(a.type);

export const ScheduledActionSchema = z.intersection(z.object({ at: z.number().nonnegative() }), ActionSchema);
export type ScheduledAction = Action & { readonly at: number };

/** Validates an action from untrusted input (the lab's buttons send JSON). Never throws. */
export function parseAction(input: unknown): { success: true; data: Action } | { success: false; error: string } {
  const r = ActionSchema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  return {
    success: false,
    error: r.error.issues.map((i) => `${i.path.join(".") || "(action)"}: ${i.message}`).join("; "),
  };
}

/** The result of applying an action: impossible actions are refused with a reason, never thrown. */
export type ActionResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export const accepted: ActionResult = { ok: true };
export const refused = (reason: string): ActionResult => ({ ok: false, reason });

/** Node names an action refers to, with the field they sit in (for validation messages). */
export function actionNodeRefs(a: Action): Array<{ field: string; node: string }> {
  switch (a.type) {
    case "cut":
      return [
        ...a.from.map((node, i) => ({ field: `from[${i}]`, node })),
        ...a.to.map((node, i) => ({ field: `to[${i}]`, node })),
      ];
    case "heal":
      return [
        ...(a.from ?? []).map((node, i) => ({ field: `from[${i}]`, node })),
        ...(a.to ?? []).map((node, i) => ({ field: `to[${i}]`, node })),
      ];
    case "crash":
    case "restart":
    case "pause":
    case "resume":
    case "promote":
    case "set-lag":
    case "set-clock-drift":
      return [{ field: "node", node: a.node }];
    case "write":
    case "read":
      return [
        ...(a.node === undefined ? [] : [{ field: "node", node: a.node }]),
        ...(a.near === undefined ? [] : [{ field: "near", node: a.near }]),
      ];
    case "set-fencing":
    case "set-mode":
    case "set-loss":
    case "set-read-mode":
    case "set-pre-vote":
    case "drop":
      return [];
    default: {
      const never: never = a;
      return never;
    }
  }
}
