/**
 * The protocol plug-in contract. The core owns time, the network, nodes'
 * status and clients; a protocol owns roles, replication messages and the
 * rules for acknowledging client operations. New protocols (multi-leader,
 * Galera certification, leaderless quorums, chain replication) are sibling
 * modules in `protocols/` registered in `protocols/index.ts`.
 */
import type { Action, ActionResult, SettingAction } from "./actions";
import type { OpInput, Value } from "./history";
import type { Envelope, MessageBody, PendingOp, Sim, TimerBody } from "./sim-state";

/** Actions the core forwards to the protocol after its own checks. */
export type ProtocolAction = Extract<
  Action,
  { type: "promote" | "set-fencing" | "set-mode" | "set-lag" | "crash" | "restart" | "resume" }
>;

const SETTING_NAMES: Record<SettingAction["type"], string> = {
  "set-read-mode": "read modes to choose from",
  "set-pre-vote": "pre-vote",
  "set-clock-drift": "clock drift control in the lab (clocks come from the scenario)",
};

/** The one answer the core gives to a setting action the protocol does not take (it has no `onSetting`). */
export function unsupportedSettingReason(protocol: Protocol, a: SettingAction): string {
  return `the ${protocol.name} protocol has no ${SETTING_NAMES[a.type]}`;
}

/** The kinds of client operation: "read", "write", "cas". */
export type OpKind = OpInput["f"];

/** A client operation of one of the kinds `K`. */
export type OpOf<K extends OpKind> = PendingOp<InputOf[K]>;
type InputOf = { readonly [K in OpKind]: Extract<OpInput, { readonly f: K }> };

const OP_NAMES: Record<OpKind, string> = { read: "read", write: "write", cas: "compare-and-set" };

/** The one answer the core gives, for every protocol, to an operation kind the protocol does not declare in `ops`. */
export function unsupportedOpReason(protocol: Protocol, kind: OpKind): string {
  return `${OP_NAMES[kind]} is not modelled by the ${protocol.name} protocol`;
}

export interface ProtocolNodeView {
  readonly role: string;
  /** Extra protocol detail for the UI, e.g. "semi-sync off", "lease until 1234". */
  readonly note?: string;
  /**
   * The node card's position line in the protocol's own words (Raft: "term 3 · commit 12/13"); default: epoch and log.
   */
  readonly position?: string;
  /**
   * A timer the lab draws running down (Raft: the election timeout, a leader's lease), in ms of the node's own clock.
   */
  readonly timer?: { readonly label: string; readonly leftMs: number; readonly totalMs: number };
}

/**
 * `K`: the client operation kinds the protocol implements; `M` and `T`: its own
 * message and timer bodies. The core hands a protocol back only what it sent or
 * set, so `onMessage` and `onTimer` switch over `M` and `T` without downcasts.
 *
 * `S`: the protocol's whole mutable state, as plain data (see `ProtocolState`).
 * The protocol object itself is stateless and shared by every run: `init` builds
 * the state, the core keeps it in `sim.protocolState` and passes it back to every
 * handler as `s`. So the whole cluster is one cloneable value (`checkpoint.ts`),
 * and a restored run continues exactly as the original would have.
 */
export interface Protocol<
  K extends OpKind = OpKind,
  M extends MessageBody = MessageBody,
  T extends TimerBody = TimerBody,
  S = ProtocolState,
> {
  readonly name: string;
  /**
   * True when a leader acknowledges a write only once a majority of its term has it (Raft): a deposed leader that still
   * calls itself leader can acknowledge nothing, so two leaders at once is not by itself a split brain.
   */
  readonly majorityCommit?: boolean;
  /**
   * The client operations this protocol implements. The core fails any other
   * kind with `unsupportedOpReason` before the protocol sees it, so
   * `onClientRequest` switches over these kinds only and stays exhaustive.
   */
  readonly ops: readonly K[];
  /**
   * Builds the run's protocol state from the scenario (`sim.scenario`) once the core state exists. No side effects on
   * `sim`.
   */
  init(sim: Sim): S;
  /** Called once after `init`: set up roles and start timers. */
  start(sim: Sim, s: S): void;
  /** A client request reached `node` (which is up). Reply via `reply()` now or later. */
  onClientRequest(sim: Sim, s: S, node: number, op: OpOf<K>): void;
  /** A protocol message reached its (up) destination. */
  onMessage(sim: Sim, s: S, msg: Envelope<M>): void;
  /** A timer fired on an up node; `node` is -1 for cluster-level processes (failure detector). */
  onTimer(sim: Sim, s: S, node: number, timer: T): void;
  /** Called after the core applied a node/status change, or for protocol-only commands. */
  onAction(sim: Sim, s: S, action: ProtocolAction): ActionResult;
  /**
   * Optional: a setting changed mid-run (Raft's read mode, pre-vote, a node's clock drift). Without it the core refuses
   * every setting action with `unsupportedSettingReason`.
   */
  onSetting?(sim: Sim, s: S, action: SettingAction): ActionResult;
  /**
   * Where a client with the given home node sends writes and leader-only reads; `f` lets a protocol send reads
   * elsewhere (chain: reads go to the tail), `key` route by ownership (multi-master).
   */
  routeToLeader(sim: Sim, s: S, home: number, f?: OpInput["f"], key?: string): number;
  /** Nothing left to converge: with no active events, the run has reached quiescence. */
  settled(sim: Sim, s: S): boolean;
  /** The node whose log is authoritative (the current leader), or -1. */
  authoritativeNode(sim: Sim, s: S): number;
  nodeView(sim: Sim, s: S, node: number): ProtocolNodeView;
  /**
   * Optional, for protocols without one authoritative log (leaderless, multi-master):
   * the writes that survive in the converged state, and the per-replica states
   * that must agree. Without it, checker input comes from `authoritativeNode`'s log and every node's kv.
   */
  checkerState?(
    sim: Sim,
    s: S,
  ): {
    readonly survivingWrites: ReadonlyArray<{ readonly key: string; readonly value: Value }>;
    readonly replicaStates: Record<string, Record<string, Value>>;
  };
  /** Optional protocol counters for metrics and comparisons, e.g. `{ conflicts, aborts, siblingReads }`. */
  counters?(sim: Sim, s: S): Readonly<Record<string, number>>;
}

/**
 * What a protocol's state may hold: anything `structuredClone` copies faithfully —
 * objects, arrays, numbers, strings, booleans, null, Maps, Sets, typed arrays.
 * Never functions or class instances (a clone would lose their prototype). The same
 * object may appear twice (a LogEntry in a log and in a message): a clone keeps
 * that sharing, and the engine relies on it (entries are compared by identity).
 */
export type ProtocolState = unknown;
