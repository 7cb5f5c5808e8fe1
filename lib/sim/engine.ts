/**
 * The discrete-event engine: drivers (`createSimulation`, `step`, `runUntil`,
 * `runToQuiescence`, `inject`, `replay`) around one mutable working state.
 *
 * Determinism: every choice comes from the seeded PRNG inside the state and
 * events pop in (time, insertion sequence) order, so the same scenario, seed
 * and action log always produce the same event log and history.
 */
import { accepted, refused, type Action, type ActionResult, type ScheduledAction } from "./actions";
import { addClient, completeFromResponse, requestOp, timeoutOp } from "./clients";
import type { LatencySpec } from "./distributions";
import { describeDuration, RUN_LIMITS, type RunLimits } from "./limits";
import { epoch, nodeId } from "./ids";
import type { CoreEvent } from "./log-event";
import { isCut, newEventQueue, nodeName, record, reply, schedule, scheduledActionEvent } from "./kernel";
import { OperationLog, withHistoryView } from "./operation-log";
import { unsupportedOpReason, unsupportedSettingReason } from "./protocol";
import { protocols } from "./protocols";
import { createRng, hiddenRng, tieOffsets, type HiddenInputs } from "./rng";
import { defaultNodeName, type Scenario } from "./scenario";
import type {
  ActionLogEntry,
  ClientRequest,
  ClientResponse,
  ClientState,
  Envelope,
  NodeState,
  PendingOp,
  Sim,
  SimEvent,
} from "./sim-state";
import { issueGenerated, onWorkloadClientIdle, startWorkload, workloadKeys } from "./workload";

export interface SimOptions {
  /** Record the human-readable event log (default: the scenario's `eventLog`). Off for benchmarks. */
  readonly eventLog?: boolean;
  /** How far the run may go (default RUN_LIMITS); past it the drivers process nothing more. */
  readonly limits?: RunLimits;
  /** Inputs the scenario does not fix (see HiddenInputs); left out, the run is exactly the scenario's default. */
  readonly hidden?: HiddenInputs;
}

/** Builds the initial state: nodes, network, clients, scheduled faults. Time 0, nothing processed. */
export function createSimulation(scenario: Scenario, options: SimOptions = {}): Sim {
  const ids = scenario.topology.nodes.map((x) => x.id);
  const n = ids.length;
  const nodeIndex = new Map(ids.map((id, i) => [id, i] as const));
  const nodes: NodeState[] = ids.map((id, index) => {
    const clock = scenario.clocks[id];
    return {
      id: nodeId(id),
      index,
      status: "up",
      incarnation: 0,
      role: "replica",
      epoch: epoch(0),
      leader: -1,
      log: [],
      appliedLsn: 0,
      kv: new Map(),
      applyLagMs: scenario.applyLagMs[id] ?? 0,
      clockOffsetMs: clock?.offsetMs ?? 0,
      clockRate: 1 + (clock?.drift ?? 0),
      pausedInbox: [],
      downSince: -1,
      downMs: 0,
    };
  });
  const latency: LatencySpec[] = new Array<LatencySpec>(n * n).fill(scenario.network.latency);
  for (const link of scenario.network.links) {
    for (const f of link.from)
      for (const t of link.to) {
        const a = nodeIndex.get(f) ?? 0;
        const b = nodeIndex.get(t) ?? 0;
        latency[a * n + b] = link.latency;
        if (link.bidirectional) latency[b * n + a] = link.latency;
      }
  }
  const protocol = protocols[scenario.topology.protocol];
  const rng = createRng(scenario.seed);
  const hidden = options.hidden ?? {};
  // The protocol's state is built from the core state: fill it in right after.
  const sim: Sim = withHistoryView({
    scenario,
    n,
    nodes,
    nodeIndex,
    now: 0,
    steps: 0,
    seq: 0,
    queue: newEventQueue(),
    limits: options.limits ?? RUN_LIMITS,
    active: 0,
    rng,
    netRng: hidden.jitterSeed === undefined ? rng : hiddenRng(hidden.jitterSeed),
    workloadRng: hidden.workloadSeed === undefined ? rng : hiddenRng(hidden.workloadSeed),
    tieOffsets: hidden.tieSeed === undefined ? null : tieOffsets(hidden.tieSeed, n * n + n + 1),
    cut: new Uint8Array(n * n),
    latency,
    lastDeliver: new Float64Array(n * n),
    lossProbability: scenario.network.lossProbability,
    nextMessageId: 1,
    clients: [],
    clientIndex: new Map(),
    ops: new OperationLog(),
    nextOpId: 0,
    nextValue: 1,
    usedValues: new Map(),
    keys: workloadKeys(scenario.workload?.keys.count ?? 1),
    logEnabled: options.eventLog ?? scenario.eventLog,
    events: [],
    actionLog: [],
    protocol,
    protocolState: undefined as Sim["protocolState"],
    onClientIdle: onWorkloadClientIdle,
    stats: { delivered: 0, dropped: 0, rejectedActions: 0, byAction: {} },
  } satisfies Omit<Sim, "history">);
  (sim as { protocolState: Sim["protocolState"] }).protocolState = protocol.init(sim);
  protocol.start(sim, sim.protocolState);
  scenario.faults.forEach((action, index) => schedule(sim, scheduledActionEvent(sim, action.at, action, index)));
  startWorkload(sim);
  return sim;
}

/** Messages sent and not yet delivered or dropped, in send order (scans the queue: for the UI, not the hot path). */
export function inflightMessages(sim: Sim): Envelope[] {
  const out: Envelope[] = [];
  for (const e of sim.queue.toArray()) if (e.kind === "deliver" && !e.dropped) out.push(e);
  return out.sort((a, b) => a.id - b.id);
}

function markDown(node: NodeState, now: number): void {
  if (node.downSince < 0) node.downSince = now;
}
function markUp(node: NodeState, now: number): void {
  if (node.downSince >= 0) node.downMs += now - node.downSince;
  node.downSince = -1;
}

/**
 * A client request reached an up node. Keeps: a protocol only ever sees the
 * operation kinds it declares in `ops` (its `onClientRequest` is typed for
 * those alone); every other kind fails here, with one reason for all protocols.
 */
function clientRequest(sim: Sim, node: number, op: PendingOp): void {
  const p = sim.protocol;
  if (p.ops.includes(op.input.f)) p.onClientRequest(sim, sim.protocolState, node, op);
  else reply(sim, node, op, "fail", undefined, unsupportedOpReason(p, op.input.f));
}

function handleAtNode(sim: Sim, node: NodeState, ev: SimEvent): void {
  if (ev.kind === "deliver") {
    const msg = ev;
    sim.stats.delivered++;
    if (msg.body.kind === "client-req") clientRequest(sim, node.index, (msg.body as ClientRequest).op);
    else sim.protocol.onMessage(sim, sim.protocolState, msg);
  } else if (ev.kind === "timer") sim.protocol.onTimer(sim, sim.protocolState, node.index, ev.timer);
}

function handleDeliver(sim: Sim, msg: Envelope): void {
  if (msg.dropped) return;
  if (msg.from !== msg.to && isCut(sim, msg.from, msg.to)) {
    sim.stats.dropped++;
    if (sim.logEnabled)
      record(sim, msg.to, {
        source: "core",
        type: "arrival-dropped",
        kind: "drop",
        message: msg.body.kind,
        from: nodeName(sim, msg.from),
        cause: "cut",
      });
    return;
  }
  if (msg.toClient >= 0) {
    sim.stats.delivered++;
    completeFromResponse(sim, msg.toClient, msg.body as ClientResponse);
    return;
  }
  const node = sim.nodes[msg.to] as NodeState;
  if (node.status === "crashed") {
    sim.stats.dropped++;
    if (sim.logEnabled)
      record(sim, msg.to, {
        source: "core",
        type: "arrival-dropped",
        kind: "drop",
        message: msg.body.kind,
        from: nodeName(sim, msg.from),
        cause: "crashed",
      });
    return;
  }
  if (node.status === "paused") {
    node.pausedInbox.push(msg);
    return;
  }
  if (sim.logEnabled && msg.body.kind !== "client-req")
    record(sim, msg.to, {
      source: "core",
      type: "delivered",
      kind: "msg",
      message: msg.body.kind,
      from: nodeName(sim, msg.from),
      messageId: msg.id,
    });
  handleAtNode(sim, node, msg);
}

/**
 * Why the run can go no further, or undefined while it can. Keeps: once this
 * is set, `step` processes nothing and no driver moves the clock past
 * `limits.maxTimeMs`, whatever time or log it is asked to reach.
 */
export function runLimitReached(sim: Sim): string | undefined {
  const { maxSteps, maxTimeMs } = sim.limits;
  if (sim.steps >= maxSteps)
    return `the run stopped after ${maxSteps.toLocaleString("en-GB")} events, the most one run may process`;
  if (sim.now >= maxTimeMs)
    return `the run stopped at ${describeDuration(maxTimeMs)} of simulated time, the furthest one run may go`;
  return undefined;
}

/**
 * Processes exactly one event. Returns false when the queue is empty or the
 * next event lies past the run's limits (time or steps). Never throws for user parameters.
 */
export function step(sim: Sim): boolean {
  if (sim.steps >= sim.limits.maxSteps || sim.queue.size === 0 || sim.queue.peekTime() > sim.limits.maxTimeMs)
    return false;
  process(sim, sim.queue.popDue(Infinity));
  return true;
}

/**
 * Processes an event just taken from the queue (`EventQueue.popDue`); the caller has checked that the run's limits
 * allow it. null: a client timeout from the queue's FIFO lane, handled from its numbers, with no event object.
 */
function process(sim: Sim, ev: SimEvent | null | undefined): void {
  const q = sim.queue;
  if (ev === null) {
    sim.now = q.poppedT;
    sim.steps++;
    sim.active--;
    timeoutOp(sim, q.poppedA, q.poppedB);
    return;
  }
  if (ev === undefined) return;
  sim.now = q.poppedT;
  sim.steps++;
  switch (ev.kind) {
    case "deliver":
      sim.active--;
      handleDeliver(sim, ev);
      break;
    case "timer": {
      if (!ev.periodic) sim.active--;
      if (ev.node < 0) {
        sim.protocol.onTimer(sim, sim.protocolState, -1, ev.timer);
        break;
      }
      const node = sim.nodes[ev.node] as NodeState;
      if (node.incarnation !== ev.incarnation || node.status === "crashed") break;
      if (node.status === "paused") node.pausedInbox.push(ev);
      else handleAtNode(sim, node, ev);
      break;
    }
    case "scheduled": {
      sim.active--;
      const { at: _at, ...action } = ev.action;
      const result = applyAction(sim, action);
      if (!result.ok) rejectAction(sim, action, result.reason);
      break;
    }
    case "client-issue":
      sim.active--;
      issueGenerated(sim, ev.client);
      break;
    case "op-timeout":
      sim.active--;
      timeoutOp(sim, ev.client, ev.opId);
      break;
    default: {
      const never: never = ev;
      return never;
    }
  }
}

/**
 * Processes every event with time ≤ t, then sets the clock to t (if later).
 * Within the run's limits: returns false, with the clock where the run
 * stopped (at most `limits.maxTimeMs`), when they cut it short.
 */
export function runUntil(sim: Sim, t: number): boolean {
  const q = sim.queue;
  // The time limit is folded into `end` once; only the step count changes as events run.
  const end = Math.min(t, sim.limits.maxTimeMs);
  const maxSteps = sim.limits.maxSteps;
  for (;;) {
    const ev = sim.steps < maxSteps ? q.popDue(end) : undefined;
    if (ev === undefined) {
      // Stopped by the step limit with an event due, or (`end` +Infinity, unbounded) by an empty queue.
      if (q.peekTime() <= end) return false;
      break;
    }
    process(sim, ev);
  }
  if (sim.now < end) sim.now = end;
  return end === t;
}

/**
 * Runs until nothing but periodic timers remain and the protocol reports the
 * cluster converged, or until `maxTime`. Returns whether quiescence was reached.
 */
export function runToQuiescence(sim: Sim, maxTime: number): { quiescent: boolean; at: number } {
  const q = sim.queue;
  const end = Math.min(maxTime, sim.limits.maxTimeMs);
  for (;;) {
    if (sim.active === 0 && sim.protocol.settled(sim, sim.protocolState)) return { quiescent: true, at: sim.now };
    const next = q.peek();
    if (next === undefined) return { quiescent: sim.protocol.settled(sim, sim.protocolState), at: sim.now };
    if (next.t > end) break;
    if (!step(sim)) return { quiescent: false, at: sim.now };
  }
  if (sim.now < end) sim.now = end;
  return { quiescent: false, at: sim.now };
}

function rejectAction(sim: Sim, action: Action, reason: string): void {
  sim.stats.rejectedActions++;
  if (sim.logEnabled)
    record(sim, -1, { source: "core", type: "action-refused", kind: "reject", action: action.type, reason });
}

function lookup(sim: Sim, name: string): number {
  return sim.nodeIndex.get(name) ?? -1;
}

function setLinks(
  sim: Sim,
  from: readonly string[],
  to: readonly string[],
  oneWay: boolean,
  value: 0 | 1,
): ActionResult {
  const a = from.map((x) => lookup(sim, x));
  const b = to.map((x) => lookup(sim, x));
  const bad = [...from, ...to].find((x) => lookup(sim, x) < 0);
  if (bad !== undefined) return refused(`unknown node "${bad}"`);
  for (const f of a)
    for (const t of b) {
      if (f === t) continue;
      sim.cut[f * sim.n + t] = value;
      if (!oneWay) sim.cut[t * sim.n + f] = value;
    }
  return accepted;
}

function clientFor(sim: Sim, name: string | undefined, near: number, target: number): ClientState {
  const id = name ?? "ui";
  const existing = sim.clientIndex.get(id);
  if (existing !== undefined) return sim.clients[existing] as ClientState;
  const home = near >= 0 ? near : target >= 0 ? target : lookup(sim, defaultNodeName(sim.scenario));
  return addClient(sim, id, home < 0 ? 0 : home, false);
}

/** Applies one action now. Impossible actions are refused with a reason; nothing is thrown. */
export function applyAction(sim: Sim, action: Action): ActionResult {
  sim.stats.byAction[action.type] = (sim.stats.byAction[action.type] ?? 0) + 1;
  const log = (event: Extract<CoreEvent, { kind: "fault" }>) => {
    if (sim.logEnabled)
      record(sim, "node" in action && typeof action.node === "string" ? lookup(sim, action.node) : -1, event);
  };
  switch (action.type) {
    case "cut": {
      const r = setLinks(sim, action.from, action.to, action.oneWay ?? false, 1);
      if (r.ok)
        log({
          source: "core",
          type: "network-cut",
          kind: "fault",
          from: [...action.from],
          to: [...action.to],
          oneWay: action.oneWay ?? false,
        });
      return r;
    }
    case "heal": {
      if (action.from === undefined || action.to === undefined) {
        sim.cut.fill(0);
        log({ source: "core", type: "network-healed", kind: "fault" });
        return accepted;
      }
      const r = setLinks(sim, action.from, action.to, action.oneWay ?? false, 0);
      if (r.ok)
        log({
          source: "core",
          type: "links-healed",
          kind: "fault",
          from: [...action.from],
          to: [...action.to],
          oneWay: action.oneWay ?? false,
        });
      return r;
    }
    case "crash":
    case "restart":
    case "pause":
    case "resume": {
      const i = lookup(sim, action.node);
      const node = sim.nodes[i];
      if (!node) return refused(`unknown node "${action.node}"`);
      if (action.type === "crash") {
        if (node.status === "crashed") return refused(`${action.node} is already crashed`);
        node.status = "crashed";
        node.incarnation++;
        node.pausedInbox = [];
        markDown(node, sim.now);
        log({ source: "core", type: "node-status", kind: "fault", node: action.node, change: "crashed" });
      } else if (action.type === "restart") {
        if (node.status !== "crashed") return refused(`${action.node} is not crashed`);
        node.status = "up";
        markUp(node, sim.now);
        log({ source: "core", type: "node-status", kind: "fault", node: action.node, change: "restarted" });
      } else if (action.type === "pause") {
        if (node.status !== "up") return refused(`${action.node} is ${node.status}`);
        node.status = "paused";
        markDown(node, sim.now);
        log({ source: "core", type: "node-status", kind: "fault", node: action.node, change: "paused" });
        return accepted;
      } else {
        if (node.status !== "paused") return refused(`${action.node} is not paused`);
        node.status = "up";
        markUp(node, sim.now);
        log({ source: "core", type: "node-status", kind: "fault", node: action.node, change: "resumed" });
        const inbox = node.pausedInbox;
        node.pausedInbox = [];
        for (const ev of inbox) {
          if (node.status !== "up") break;
          handleAtNode(sim, node, ev);
        }
      }
      return sim.protocol.onAction(sim, sim.protocolState, action);
    }
    case "set-lag": {
      const node = sim.nodes[lookup(sim, action.node)];
      if (!node) return refused(`unknown node "${action.node}"`);
      if (!(action.lagMs >= 0) || !Number.isFinite(action.lagMs))
        return refused(`lag must be a finite number of ms ≥ 0, got ${action.lagMs}`);
      node.applyLagMs = action.lagMs;
      log({ source: "core", type: "apply-lag", kind: "fault", node: action.node, lagMs: action.lagMs });
      return sim.protocol.onAction(sim, sim.protocolState, action);
    }
    case "promote":
      if (lookup(sim, action.node) < 0) return refused(`unknown node "${action.node}"`);
      return sim.protocol.onAction(sim, sim.protocolState, action);
    case "set-fencing":
    case "set-mode":
      return sim.protocol.onAction(sim, sim.protocolState, action);
    case "set-read-mode":
    case "set-pre-vote":
    case "set-clock-drift":
      return (
        sim.protocol.onSetting?.(sim, sim.protocolState, action) ??
        refused(unsupportedSettingReason(sim.protocol, action))
      );
    case "set-loss":
      if (!(action.probability >= 0 && action.probability <= 1))
        return refused(`loss probability must be between 0 and 1, got ${action.probability}`);
      sim.lossProbability = action.probability;
      log({ source: "core", type: "loss", kind: "fault", probability: action.probability });
      return accepted;
    case "write":
    case "read": {
      const target = action.node === undefined ? -1 : lookup(sim, action.node);
      if (action.node !== undefined && target < 0) return refused(`unknown node "${action.node}"`);
      const near = action.near === undefined ? -1 : lookup(sim, action.near);
      if (action.near !== undefined && near < 0) return refused(`unknown node "${action.near}"`);
      const client = clientFor(sim, action.client, near, target);
      return requestOp(
        sim,
        client,
        action.key,
        action.type,
        action.type === "write" ? action.value : undefined,
        target,
        action.type === "read" ? action.routing : undefined,
      );
    }
    case "drop": {
      const msg = inflightMessages(sim).find((m) => m.id === action.messageId);
      if (!msg) return refused(`no message #${action.messageId} is in flight`);
      msg.dropped = true;
      sim.stats.dropped++;
      if (sim.logEnabled)
        record(sim, msg.to, {
          source: "core",
          type: "dropped-by-hand",
          kind: "drop",
          message: msg.body.kind,
          messageId: msg.id,
        });
      return accepted;
    }
    default: {
      const never: never = action;
      return never;
    }
  }
}

/**
 * Injects an action at the current virtual time and appends it to the action
 * log, so `replay(scenario, sim.actionLog)` reproduces this run exactly.
 * A log already holding `limits.maxActions` entries takes nothing more.
 */
export function inject(sim: Sim, action: Action): ActionResult {
  if (sim.actionLog.length >= sim.limits.maxActions)
    return refused(
      `this run already holds ${sim.limits.maxActions.toLocaleString("en-GB")} actions, the most one run may`,
    );
  sim.actionLog.push({ at: sim.now, step: sim.steps, action });
  const result = applyAction(sim, action);
  if (!result.ok) rejectAction(sim, action, result.reason);
  return result;
}

/**
 * Rebuilds a run from its scenario and action log: same seed, same steps, same
 * injections ⇒ same state. Stops at the run's limits (`runLimitReached` says why).
 */
export function replay(scenario: Scenario, actionLog: readonly ActionLogEntry[], options: SimOptions = {}): Sim {
  const sim = createSimulation(scenario, options);
  for (const entry of actionLog) {
    while (sim.steps < entry.step && step(sim));
    const cutShort = sim.steps < entry.step && sim.steps >= sim.limits.maxSteps;
    if (cutShort || entry.at > sim.limits.maxTimeMs || sim.actionLog.length >= sim.limits.maxActions) break;
    if (sim.now < entry.at) sim.now = entry.at;
    inject(sim, entry.action);
  }
  return sim;
}

export type { ScheduledAction };
