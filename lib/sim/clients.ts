/**
 * Clients: each has a home node (its region, which decides network latency and
 * partitions), at most one operation in flight (the history contract), and a
 * queue for operations requested while it was busy.
 */
import { accepted, refused, type ActionResult } from "./actions";
import type { OpInput, OpOutcome, Value } from "./history";
import { nodeName, record, scheduleOpTimeout, sendFromClient } from "./kernel";
import { nextInt } from "./rng";
import type { ClientResponse, ClientState, PendingOp, QueuedOp, ReadRouting, Sim } from "./sim-state";

export function addClient(sim: Sim, id: string, home: number, workload: boolean): ClientState {
  const c: ClientState = { id, index: sim.clients.length, home, workload, inFlight: null, queue: [] };
  sim.clients.push(c);
  sim.clientIndex.set(id, c.index);
  return c;
}

/** Picks the node for an operation: explicit target, or the routing policy. */
export function routeOp(sim: Sim, client: ClientState, input: OpInput, routing: ReadRouting, key?: string): number {
  if (input.f !== "read" || routing === "leader-only")
    return sim.protocol.routeToLeader(sim, sim.protocolState, client.home, input.f, key);
  if (routing === "nearest") return client.home;
  return nextInt(sim.workloadRng, sim.n);
}

/** Starts an operation now. Keeps: a client has at most one operation in flight. */
export function invoke(sim: Sim, client: ClientState, key: string, input: OpInput, node: number): PendingOp {
  const op: PendingOp = { id: sim.nextOpId++, client: client.index, node, key, input, invokedAt: sim.now };
  client.inFlight = op;
  scheduleOpTimeout(sim, sim.now + sim.scenario.clientTimeoutMs, client.index, op.id);
  if (sim.logEnabled)
    record(sim, node, {
      source: "core",
      type: "op-invoked",
      kind: "op",
      client: client.id,
      key,
      input,
      target: nodeName(sim, node),
      opId: op.id,
    });
  sendFromClient(sim, client.index, node, { kind: "client-req", op } as import("./sim-state").ClientRequest);
  return op;
}

export function describeInput(key: string, input: OpInput): string {
  switch (input.f) {
    case "read":
      return `read ${key}`;
    case "write":
      return `write ${key}=${String(input.value)}`;
    case "cas":
      return `cas ${key} ${String(input.from)}→${String(input.to)}`;
    default: {
      const never: never = input;
      return never;
    }
  }
}

/** A run-unique integer value for a write (skipping any value an author chose explicitly). */
export function freshValue(sim: Sim, key: string): number {
  const used = sim.usedValues.get(key);
  let v = sim.nextValue++;
  while (used?.has(v)) v = sim.nextValue++;
  return v;
}

/** Queues or starts a user/scripted operation. Refuses values that would break per-key uniqueness. */
export function requestOp(
  sim: Sim,
  client: ClientState,
  key: string,
  kind: "read" | "write",
  value: Value | undefined,
  node: number,
  routing: ReadRouting = "leader-only",
): ActionResult {
  let input: OpInput;
  if (kind === "read") input = { f: "read" };
  else {
    if (value !== undefined) {
      const used = sim.usedValues.get(key);
      if (
        used?.has(value) ||
        (typeof value === "number" && Number.isInteger(value) && value >= 1 && value < sim.nextValue)
      )
        return refused(
          `value ${String(value)} was already written to "${key}" in this run; write values must be unique per key`,
        );
      if (used) used.add(value);
      else sim.usedValues.set(key, new Set([value]));
    }
    input = { f: "write", value: value ?? freshValue(sim, key) };
  }
  const q: QueuedOp = { input, key, node, routing };
  if (client.inFlight !== null) {
    client.queue.push(q);
    return accepted;
  }
  startQueued(sim, client, q);
  return accepted;
}

function startQueued(sim: Sim, client: ClientState, q: QueuedOp): void {
  const node = q.node >= 0 ? q.node : routeOp(sim, client, q.input, q.routing, q.key);
  invoke(sim, client, q.key, q.input, node);
}

/**
 * Records the operation's completion (see `OperationLog.append` for the arguments), frees its client and starts the
 * client's next operation.
 */
function finish(
  sim: Sim,
  client: ClientState,
  op: PendingOp,
  outcome: OpOutcome,
  completedAt: number | null,
  output: Value | undefined,
  error: string | undefined,
): void {
  sim.ops.append(
    op.id,
    client.id,
    nodeName(sim, op.node),
    op.key,
    op.input,
    outcome,
    op.invokedAt,
    completedAt,
    output,
    error,
  );
  if (client.inFlight === op) client.inFlight = null;
  if (sim.logEnabled)
    record(sim, op.node, {
      source: "core",
      type: "op-completed",
      kind: "op",
      client: client.id,
      key: op.key,
      input: op.input,
      outcome,
      output,
      error,
      opId: op.id,
    });
  const next = client.queue.shift();
  if (next) startQueued(sim, client, next);
  else if (client.workload) sim.onClientIdle(sim, client);
}

/** A response reached the client. Late answers to timed-out operations are ignored (already recorded `info`). */
export function completeFromResponse(sim: Sim, clientIndex: number, resp: ClientResponse): void {
  const client = sim.clients[clientIndex] as ClientState;
  const op = client.inFlight;
  if (op === null || op.id !== resp.opId) return;
  // Only a successful read has an output (null for a missing key).
  const output = resp.outcome === "ok" && op.input.f === "read" ? (resp.output ?? null) : undefined;
  finish(sim, client, op, resp.outcome, sim.now, output, resp.error);
}

export function timeoutOp(sim: Sim, clientIndex: number, opId: number): void {
  const client = sim.clients[clientIndex] as ClientState;
  const op = client.inFlight;
  if (op === null || op.id !== opId) return;
  finish(sim, client, op, "info", null, undefined, `timed out after ${sim.scenario.clientTimeoutMs} ms`);
}
