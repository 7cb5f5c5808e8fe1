/**
 * The simulation's working state. The hot loop mutates it in place for speed;
 * everything the outside world sees goes through `snapshot()`, which copies.
 * Core and protocol state alike are plain data (the protocol's in
 * `protocolState`), so `checkpoint()` can copy a whole run and `restore()` resume it.
 */
import type { ActionType, ScheduledAction } from "./actions";
import type { LatencySpec } from "./distributions";
import type { EventQueue } from "./heap";
import type { History, OpInput, Value } from "./history";
import type { Epoch, Lsn, NodeId } from "./ids";
import type { LogRecord } from "./log-event";
import type { RunLimits } from "./limits";
import type { OperationLog } from "./operation-log";
import type { Protocol, ProtocolState } from "./protocol";
import type { Rng } from "./rng";
import type { Scenario } from "./scenario";

export type NodeStatus = "up" | "crashed" | "paused";

/** One write in a node's durable log. Entries are immutable and shared between nodes' logs. */
export interface LogEntry {
  readonly lsn: Lsn;
  readonly epoch: Epoch;
  readonly key: string;
  readonly value: Value;
  /** The client operation that produced it. */
  readonly opId: number;
  /** Virtual time the leader appended it. */
  readonly at: number;
}

export interface NodeState {
  readonly id: NodeId;
  readonly index: number;
  status: NodeStatus;
  /** Bumped on every crash so timers set before the crash are ignored. */
  incarnation: number;
  /** Protocol-defined role name ("leader", "replica", "candidate"...). Durable. */
  role: string;
  /** Highest epoch this node has accepted. Durable. */
  epoch: Epoch;
  /** Index of the node this one believes leads, or -1. */
  leader: number;
  /** Durable log; log[i].lsn === i + 1. */
  log: LogEntry[];
  /** Entries up to here are applied to `kv`. */
  appliedLsn: number;
  /** Applied key → the entry that wrote it (its lsn is the version). */
  kv: Map<string, LogEntry>;
  applyLagMs: number;
  clockOffsetMs: number;
  /** Local clock speed: 1 + drift. */
  clockRate: number;
  /** Events that arrived while paused, in arrival order. */
  pausedInbox: SimEvent[];
  downSince: number;
  downMs: number;
}

/** Message bodies are owned by protocols; the core only needs `kind` (and the client request/response below). */
export interface MessageBody {
  readonly kind: string;
}

export interface ClientRequest extends MessageBody {
  readonly kind: "client-req";
  readonly op: PendingOp;
}
export interface ClientResponse extends MessageBody {
  readonly kind: "client-resp";
  readonly opId: number;
  readonly outcome: "ok" | "fail" | "info";
  readonly output: Value | undefined;
  readonly error: string | undefined;
}

/** A message on the wire, `B` its body. It is its own delivery event in the queue (one allocation per message). */
export interface Envelope<B extends MessageBody = MessageBody> {
  readonly t: number;
  readonly seq: number;
  readonly kind: "deliver";
  readonly id: number;
  /** Sending node index (for client requests: the client's home node). */
  readonly from: number;
  /** Receiving node index (for client responses: the client's home node). */
  readonly to: number;
  /** -1 for node-bound messages; the client index for responses. */
  readonly toClient: number;
  /** Client requests travel from a client, not from the node `from`. */
  readonly fromClient: number;
  readonly sentAt: number;
  readonly deliverAt: number;
  readonly body: B;
  dropped: boolean;
}

export interface TimerBody {
  readonly kind: string;
}

export type SimEvent =
  | Envelope
  | {
      readonly t: number;
      readonly seq: number;
      readonly kind: "timer";
      readonly node: number;
      readonly incarnation: number;
      readonly timer: TimerBody;
      readonly periodic: boolean;
    }
  | {
      readonly t: number;
      readonly seq: number;
      readonly kind: "scheduled";
      readonly action: ScheduledAction;
      readonly index: number;
    }
  | { readonly t: number; readonly seq: number; readonly kind: "client-issue"; readonly client: number }
  | {
      readonly t: number;
      readonly seq: number;
      readonly kind: "op-timeout";
      readonly client: number;
      readonly opId: number;
    };

export type ReadRouting = "leader-only" | "any-replica" | "nearest";

/** A client operation in flight; `I` narrows it to the kinds a protocol implements (see `Protocol.ops`). */
export interface PendingOp<I extends OpInput = OpInput> {
  readonly id: number;
  readonly client: number;
  readonly node: number;
  readonly key: string;
  readonly input: I;
  readonly invokedAt: number;
}

export interface QueuedOp {
  readonly input: OpInput;
  readonly key: string;
  /** Explicit target node, or -1 for routing. */
  readonly node: number;
  readonly routing: ReadRouting;
}

export interface ClientState {
  readonly id: string;
  readonly index: number;
  readonly home: number;
  readonly workload: boolean;
  inFlight: PendingOp | null;
  queue: QueuedOp[];
}

export type { EventKind, LogRecord } from "./log-event";

export interface ActionLogEntry {
  /** Virtual time of the injection. */
  readonly at: number;
  /** Number of events processed before it: replay steps exactly this far first. */
  readonly step: number;
  readonly action: import("./actions").Action;
}

export interface Sim {
  readonly scenario: Scenario;
  readonly n: number;
  readonly nodes: NodeState[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  now: number;
  /** Events processed so far. */
  steps: number;
  seq: number;
  readonly queue: EventQueue<SimEvent>;
  /** How far this run may go: past it `step` processes nothing (see runLimitReached). */
  readonly limits: RunLimits;
  /** Queue entries that are not periodic timers: zero means nothing is left to happen but heartbeats. */
  active: number;
  readonly rng: Rng;
  /** Latency and loss draws: `rng` itself unless a hidden jitter seed was given (see HiddenInputs). */
  readonly netRng: Rng;
  /** Workload draws: `rng` itself unless a hidden workload seed was given. */
  readonly workloadRng: Rng;
  /**
   * Tie-break offsets (HiddenInputs.tieSeed): n×n per link (i→i for a client's own node), then one per node's timers
   * and one for cluster timers; null: none.
   */
  readonly tieOffsets: Float64Array | null;
  // network
  readonly cut: Uint8Array;
  readonly latency: LatencySpec[];
  /** Last delivery time per link, to keep links FIFO like TCP. */
  readonly lastDeliver: Float64Array;
  lossProbability: number;
  nextMessageId: number;
  // clients
  readonly clients: ClientState[];
  readonly clientIndex: Map<string, number>;
  /** Completed operations, recorded column-wise (operation-log.ts); nothing but `finish` in clients.ts appends. */
  readonly ops: OperationLog;
  /** `ops` as `Operation` objects, built when read (a getter over `ops.toArray()`). */
  readonly history: History;
  nextOpId: number;
  nextValue: number;
  /** Values written per key, for the uniqueness rule. */
  readonly usedValues: Map<string, Set<Value>>;
  readonly keys: readonly string[];
  // logs
  readonly logEnabled: boolean;
  readonly events: LogRecord[];
  readonly actionLog: ActionLogEntry[];
  /** Stateless: the same object serves every run of this topology. */
  readonly protocol: Protocol;
  /** The protocol's whole mutable state (`protocol.init`), handed to each of its handlers. */
  readonly protocolState: ProtocolState;
  /** Called when a workload client finishes an operation (the workload generator schedules its next one). */
  readonly onClientIdle: (sim: Sim, client: ClientState) => void;
  /** Counters for the bench and metrics. */
  readonly stats: {
    delivered: number;
    dropped: number;
    rejectedActions: number;
    byAction: Partial<Record<ActionType, number>>;
  };
}
