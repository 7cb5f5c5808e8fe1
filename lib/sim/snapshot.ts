/**
 * `snapshot(sim)`: the full visible state as plain, JSON-serialisable data for
 * the UI and tests. It copies; the working state is never exposed.
 */
import type { Value } from "./history";
import type { LogRecord, Sim } from "./sim-state";
import { describeInput } from "./clients";
import { recordText } from "./event-text";
import { inflightMessages } from "./engine";
import { rngState } from "./rng";

export interface NodeSnapshot {
  readonly id: string;
  readonly region: string | undefined;
  readonly status: "up" | "crashed" | "paused";
  readonly role: string;
  readonly epoch: number;
  readonly leader: string | null;
  readonly note: string | undefined;
  /** Last LSN in the durable log (relay log for replicas). */
  readonly logLsn: number;
  readonly appliedLsn: number;
  /** Entries the authoritative leader has that this node has not applied. */
  readonly lagEntries: number;
  /** Age of the oldest leader entry this node has not applied, in ms (0 when caught up). */
  readonly lagMs: number;
  readonly applyLagMs: number;
  readonly clockOffsetMs: number;
  /** The protocol's own position line and running timer, when it has them (see ProtocolNodeView). */
  readonly position?: string;
  readonly timer?: { readonly label: string; readonly leftMs: number; readonly totalMs: number };
  readonly data?: Readonly<Record<string, { readonly value: Value; readonly version: number; readonly epoch: number }>>;
}

export interface MessageSnapshot {
  readonly id: number;
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly toClient: string | null;
  readonly fromClient: string | null;
  readonly sentAt: number;
  readonly deliverAt: number;
}

export interface SimSnapshot {
  readonly time: number;
  readonly steps: number;
  readonly nodes: readonly NodeSnapshot[];
  readonly messages: readonly MessageSnapshot[];
  /** Directed cut links. */
  readonly partitions: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  readonly clients: ReadonlyArray<{
    readonly id: string;
    readonly home: string;
    readonly pending: {
      readonly opId: number;
      readonly op: string;
      readonly node: string;
      readonly invokedAt: number;
    } | null;
    readonly queued: number;
  }>;
  readonly leader: string | null;
  readonly rngState: readonly number[];
  readonly events: readonly LogRecord[];
}

export interface SnapshotOptions {
  /** Include each node's key-value data (off by default: it can be large). */
  readonly data?: boolean;
  /** Include only the last N event log records (default: all). */
  readonly lastEvents?: number;
}

/** Copies the visible state. Pure with respect to `sim`: reading a snapshot never changes the run. */
export function snapshot(sim: Sim, options: SnapshotOptions = {}): SimSnapshot {
  const leaderIx = sim.protocol.authoritativeNode(sim, sim.protocolState);
  const leader = leaderIx >= 0 ? sim.nodes[leaderIx] : undefined;
  const nodes = sim.nodes.map((s, i): NodeSnapshot => {
    const view = sim.protocol.nodeView(sim, sim.protocolState, i);
    let lagEntries = 0;
    let lagMs = 0;
    if (leader && leader !== s) {
      lagEntries = Math.max(0, leader.log.length - s.appliedLsn);
      const oldest = leader.log[s.appliedLsn];
      if (lagEntries > 0 && oldest) lagMs = sim.now - oldest.at;
    }
    const base: NodeSnapshot = {
      id: s.id,
      region: sim.scenario.topology.nodes[i]?.region,
      status: s.status,
      role: view.role,
      epoch: s.epoch,
      leader: s.leader >= 0 ? (sim.nodes[s.leader]?.id ?? null) : null,
      note: view.note,
      logLsn: s.log.length,
      appliedLsn: s.appliedLsn,
      lagEntries,
      lagMs,
      applyLagMs: s.applyLagMs,
      clockOffsetMs: s.clockOffsetMs,
      ...(view.position === undefined ? {} : { position: view.position }),
      ...(view.timer === undefined ? {} : { timer: { ...view.timer } }),
    };
    if (!options.data) return base;
    const data: Record<string, { value: Value; version: number; epoch: number }> = {};
    for (const [k, e] of [...s.kv].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      data[k] = { value: e.value, version: e.lsn, epoch: e.epoch };
    return { ...base, data };
  });
  const name = (i: number) => sim.nodes[i]?.id ?? "?";
  const messages = inflightMessages(sim).map((m) => ({
    id: m.id,
    kind: m.body.kind,
    from: name(m.from),
    to: name(m.to),
    toClient: m.toClient >= 0 ? (sim.clients[m.toClient]?.id ?? null) : null,
    fromClient: m.fromClient >= 0 ? (sim.clients[m.fromClient]?.id ?? null) : null,
    sentAt: m.sentAt,
    deliverAt: m.deliverAt,
  }));
  const partitions: Array<{ from: string; to: string }> = [];
  for (let f = 0; f < sim.n; f++)
    for (let t = 0; t < sim.n; t++) if (sim.cut[f * sim.n + t] === 1) partitions.push({ from: name(f), to: name(t) });
  const clients = sim.clients.map((c) => ({
    id: c.id,
    home: name(c.home),
    pending: c.inFlight
      ? {
          opId: c.inFlight.id,
          op: describeInput(c.inFlight.key, c.inFlight.input),
          node: name(c.inFlight.node),
          invokedAt: c.inFlight.invokedAt,
        }
      : null,
    queued: c.queue.length,
  }));
  const events =
    options.lastEvents === undefined
      ? sim.events.slice()
      : sim.events.slice(Math.max(0, sim.events.length - options.lastEvents));
  return {
    time: sim.now,
    steps: sim.steps,
    nodes,
    messages,
    partitions,
    clients,
    leader: leader?.id ?? null,
    rngState: [...rngState(sim.rng)],
    events,
  };
}

/** Renders one event log record as a timeline line: `  5000.0 ms  A      text`. */
export function formatEvent(r: LogRecord): string {
  return `${r.at.toFixed(1).padStart(10)} ms  ${(r.node ?? "*").padEnd(6)} ${recordText(r)}`;
}
