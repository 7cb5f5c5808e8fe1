/**
 * Primitive effects shared by the engine and protocols: scheduling, sending
 * messages over the simulated network, node-local timers and clocks, applying
 * and truncating a node's log, answering clients, and the event log.
 *
 * Hot path: no object spreading, no string building unless the event log is on.
 */
import { sampleLatency } from "./distributions";
import { EventQueue } from "./heap";
import type { Value } from "./history";
import { lsn } from "./ids";
import { nextFloat } from "./rng";
import type { LogEvent } from "./log-event";
import type {
  ClientResponse,
  Envelope,
  LogEntry,
  MessageBody,
  NodeState,
  PendingOp,
  Sim,
  SimEvent,
  TimerBody,
} from "./sim-state";

/** Queues an event built by one of the `at*` constructors below; ties at the same time keep insertion order. */
export function schedule(sim: Sim, e: SimEvent): void {
  if (!(e.kind === "timer" && e.periodic)) sim.active++;
  enqueue(sim.queue, e);
}

/**
 * Puts an event in the queue. Client timeouts take the queue's FIFO lane (see `scheduleOpTimeout`); the lane builds
 * them back with `opTimeoutEvent`.
 */
export function enqueue(queue: EventQueue<SimEvent>, e: SimEvent): void {
  if (e.kind === "op-timeout") queue.pushInOrder(e.t, e.seq, e.client, e.opId);
  else queue.push(e);
}

/** A new, empty event queue for a run. */
export const newEventQueue = (): EventQueue<SimEvent> => new EventQueue<SimEvent>(opTimeoutEvent);

/**
 * Schedules client `client`'s timeout for operation `opId` at time `t`. Every timeout is set the fixed
 * `clientTimeoutMs` after the current time, so they are queued in (time, sequence) order: they take the queue's
 * FIFO lane, as numbers, with no event object until one fires.
 */
export function scheduleOpTimeout(sim: Sim, t: number, client: number, opId: number): void {
  sim.active++;
  sim.queue.pushInOrder(t, sim.seq++, client, opId);
}

// Event constructors: each literal is created with its final shape (t and seq first) so V8 keeps one hidden class per
// kind. The hot ones queue their event themselves, handing the queue its time and sequence as numbers (`pushAt`).

/** Queues a timer for `node` (-1: a cluster-level process) at time `t`. */
function scheduleTimer(
  sim: Sim,
  t: number,
  node: number,
  incarnation: number,
  timer: TimerBody,
  periodic: boolean,
): void {
  const seq = sim.seq++;
  if (!periodic) sim.active++;
  sim.queue.pushAt({ t, seq, kind: "timer", node, incarnation, timer, periodic }, t, seq);
}

/** Queues client `client`'s next generated operation at time `t`. */
export function scheduleClientIssue(sim: Sim, t: number, client: number): void {
  const seq = sim.seq++;
  sim.active++;
  sim.queue.pushAt({ t, seq, kind: "client-issue", client }, t, seq);
}

const opTimeoutEvent = (t: number, seq: number, client: number, opId: number): SimEvent => ({
  t,
  seq,
  kind: "op-timeout",
  client,
  opId,
});
export const scheduledActionEvent = (
  sim: Sim,
  t: number,
  action: import("./actions").ScheduledAction,
  index: number,
): SimEvent => ({ t, seq: sim.seq++, kind: "scheduled", action, index });

/**
 * Appends a typed event to the log, on node index `node` (-1: cluster-wide). Callers check `sim.logEnabled` first so a
 * run without a log builds no events.
 */
export function record(sim: Sim, node: number, event: LogEvent): void {
  sim.events.push({ at: sim.now, node: node < 0 ? null : (sim.nodes[node] as NodeState).id, event });
}

export const nodeName = (sim: Sim, node: number): string =>
  node < 0 ? "?" : ((sim.nodes[node]?.id as string | undefined) ?? "?");

/** True when messages from `from` to `to` cannot currently pass. */
export function isCut(sim: Sim, from: number, to: number): boolean {
  return sim.cut[from * sim.n + to] === 1;
}

function dispatch(
  sim: Sim,
  from: number,
  to: number,
  fromClient: number,
  toClient: number,
  body: MessageBody,
  local: boolean,
): void {
  if (!local && isCut(sim, from, to)) {
    sim.stats.dropped++;
    if (sim.logEnabled)
      record(sim, from, {
        source: "core",
        type: "send-dropped",
        kind: "drop",
        message: body.kind,
        to: nodeName(sim, to),
        cause: "cut",
      });
    return;
  }
  if (!local && sim.lossProbability > 0 && nextFloat(sim.netRng) < sim.lossProbability) {
    sim.stats.dropped++;
    if (sim.logEnabled)
      record(sim, from, {
        source: "core",
        type: "send-dropped",
        kind: "drop",
        message: body.kind,
        to: nodeName(sim, to),
        cause: "lost",
      });
    return;
  }
  const n = sim.n;
  const link = from * n + to;
  let at: number;
  if (local) at = sim.now + sim.scenario.network.clientLatencyMs;
  else {
    // Rounded to whole microseconds so timelines stay readable; still deterministic.
    at =
      sim.now +
      Math.round(sampleLatency(sim.netRng, sim.latency[link] as NonNullable<(typeof sim.latency)[number]>) * 1000) /
        1000;
    // FIFO per link, as over a TCP connection.
    const last = sim.lastDeliver[link] as number;
    if (at < last) at = last;
    sim.lastDeliver[link] = at;
  }
  // A fixed offset per link keeps each link FIFO and only reorders exact ties between links.
  if (sim.tieOffsets !== null) at += sim.tieOffsets[link] as number;
  const seq = sim.seq++;
  const msg: Envelope = {
    t: at,
    seq,
    kind: "deliver",
    id: sim.nextMessageId++,
    from,
    to,
    fromClient,
    toClient,
    sentAt: sim.now,
    deliverAt: at,
    body,
    dropped: false,
  };
  sim.active++;
  sim.queue.pushAt(msg, at, seq);
}

/** Sends a protocol message between nodes. A crashed or paused sender sends nothing. */
export function send(sim: Sim, from: number, to: number, body: MessageBody): void {
  if ((sim.nodes[from] as NodeState).status !== "up") return;
  dispatch(sim, from, to, -1, -1, body, from === to);
}

/** Sends a client's request from its home region to a node. */
export function sendFromClient(sim: Sim, client: number, to: number, body: MessageBody): void {
  const home = (sim.clients[client] as { home: number }).home;
  dispatch(sim, home, to, client, -1, body, home === to);
}

/** Answers a client operation from `node`; the answer crosses the network back to the client's home. */
export function reply(
  sim: Sim,
  node: number,
  op: PendingOp,
  outcome: "ok" | "fail" | "info",
  output?: Value,
  error?: string,
): void {
  if ((sim.nodes[node] as NodeState).status !== "up") return;
  const body: ClientResponse = { kind: "client-resp", opId: op.id, outcome, output, error };
  const home = (sim.clients[op.client] as { home: number }).home;
  dispatch(sim, node, home, -1, op.client, body, node === home);
}

/** A node's local clock reading: offset + virtual time scaled by its drift. */
export function localNow(sim: Sim, node: number): number {
  const s = sim.nodes[node] as NodeState;
  return s.clockOffsetMs + sim.now * s.clockRate;
}

/** Sets a timer measured on the node's own clock (a fast clock fires early). `node` -1: a cluster-level process. */
export function setTimer(sim: Sim, node: number, delayLocalMs: number, timer: TimerBody, periodic = false): void {
  const tie = sim.tieOffsets === null ? 0 : (sim.tieOffsets[sim.n * sim.n + (node < 0 ? sim.n : node)] as number);
  if (node < 0) {
    scheduleTimer(sim, sim.now + delayLocalMs + tie, node, 0, timer, periodic);
    return;
  }
  const s = sim.nodes[node] as NodeState;
  scheduleTimer(sim, sim.now + delayLocalMs / s.clockRate + tie, node, s.incarnation, timer, periodic);
}

/** The `opId` of an entry no client wrote: a leader's empty entry opening its epoch (Raft §8). */
export const NO_OP = -1;

/** Whether a log entry is an epoch's opening empty entry: it is replicated like any other but changes no key. */
export const isNoOp = (e: LogEntry): boolean => e.opId === NO_OP;

/** Applies entries up to `upTo` (clamped to the log). Keeps: kv reflects exactly the writes in log[0..appliedLsn). */
export function applyUpTo(node: NodeState, upTo: number): void {
  const last = Math.min(upTo, node.log.length);
  for (let i = node.appliedLsn; i < last; i++) {
    const e = node.log[i] as LogEntry;
    if (!isNoOp(e)) node.kv.set(e.key, e);
  }
  if (last > node.appliedLsn) node.appliedLsn = last;
}

/**
 * Discards log entries from `fromLsn` on and returns them. If applied entries
 * are discarded the key-value state is rebuilt from the remaining prefix, so
 * kv still reflects exactly log[0..appliedLsn).
 */
export function truncateFrom(node: NodeState, fromLsn: number): LogEntry[] {
  const removed = node.log.splice(fromLsn - 1);
  if (node.appliedLsn >= fromLsn) {
    node.kv.clear();
    node.appliedLsn = 0;
    applyUpTo(node, fromLsn - 1);
  }
  return removed;
}

export function appendEntry(node: NodeState, e: LogEntry): void {
  node.log.push(e);
}

export function lastLsn(node: NodeState): number {
  return node.log.length;
}

export function entryEpochAt(node: NodeState, at: number): number {
  return at <= 0 ? 0 : (node.log[at - 1]?.epoch ?? -1);
}

export { lsn };
