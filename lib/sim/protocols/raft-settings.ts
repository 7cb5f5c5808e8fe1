/**
 * Raft settings the lab changes mid-run, as actions in the run's log (so a
 * rewind, a branch or a share link replays them): the read mode, pre-vote, and
 * a node's clock drift. Also the lease arithmetic the lab shows beside them.
 *
 * Modelling choice: a clock's new rate applies from the moment it is set, and
 * its reading does not jump. Timers already running keep the real-time length
 * they were set with; the election timer checks its deadline on the new clock
 * when it fires, so a clock slowed down never campaigns early.
 */
import { accepted, refused, type ActionResult, type RaftReadMode, type SettingAction } from "../actions";
import type { LogRecord } from "../log-event";
import type { Sim } from "../sim-state";
import { describeDrift, type RaftEvent } from "./raft-events";
import { log, nodeOf, type RaftState } from "./raft-state";

/** The settings and lease figures the lab's Raft controls show. */
export interface RaftSettings {
  readonly readMode: RaftReadMode;
  readonly preVote: boolean;
  /** The lease a leader takes from one acknowledged heartbeat round, on its own clock. */
  readonly leaseMs: number;
  /** Followers never elect anyone sooner than this after hearing from the leader, on their own clocks. */
  readonly electionMinMs: number;
  /** Each node's clock drift (-0.3: 30% slow), by node id. */
  readonly drift: Readonly<Record<string, number>>;
}

/** The current settings of a Raft run, or null for any other protocol. */
export function raftSettings(sim: Sim): RaftSettings | null {
  if (sim.protocol.name !== "raft") return null;
  const st = sim.protocolState as RaftState;
  return {
    readMode: st.params.readMode,
    preVote: st.params.preVote,
    leaseMs: st.leaseMs,
    electionMinMs: st.params.electionMinMs,
    drift: Object.fromEntries(sim.nodes.map((s) => [s.id, s.clockRate - 1])),
  };
}

/**
 * The lease margin: how much slower than its followers' clocks a leader's clock may run before a lease read can be
 * stale. The lease lasts `leaseMs / (1 + leader drift)` of real time; followers wait at least `electionMinMs / (1 +
 * follower drift)`. Safe while the first is shorter: while (1 + leader drift) / (1 + follower drift) ≥ leaseMs /
 * electionMinMs.
 */
export const leaseMargin = (s: Pick<RaftSettings, "leaseMs" | "electionMinMs">): number =>
  1 - s.leaseMs / s.electionMinMs;

/**
 * Whether a lease read on `leader` can outlive the lease's promise: its clock runs slower, relative to the fastest
 * other clock, than the margin allows.
 */
export function leaseUnsafe(s: RaftSettings, leader: string): boolean {
  const own = 1 + (s.drift[leader] ?? 0);
  const fastest = Math.max(
    ...Object.entries(s.drift)
      .filter(([id]) => id !== leader)
      .map(([, d]) => 1 + d),
  );
  return own / fastest < 1 - leaseMargin(s) - 1e-12;
}

/** Applies a setting action to a Raft run. Keeps the clock reading continuous when its rate changes. */
export function onRaftSetting(sim: Sim, st: RaftState, a: SettingAction): ActionResult {
  switch (a.type) {
    case "set-read-mode":
      st.params = { ...st.params, readMode: a.mode };
      log(sim, -1, () => ({ source: "raft", type: "read-mode-set", kind: "mode", mode: a.mode }));
      return accepted;
    case "set-pre-vote":
      st.params = { ...st.params, preVote: a.enabled };
      log(sim, -1, () => ({ source: "raft", type: "pre-vote-set", kind: "mode", enabled: a.enabled }));
      return accepted;
    case "set-clock-drift": {
      const i = sim.nodeIndex.get(a.node);
      if (i === undefined) return refused(`unknown node "${a.node}"`);
      const s = nodeOf(sim, i);
      const rate = 1 + a.drift;
      s.clockOffsetMs += sim.now * (s.clockRate - rate);
      s.clockRate = rate;
      log(sim, i, () => ({ source: "raft", type: "clock-drift-set", kind: "fault", drift: a.drift }));
      return accepted;
    }
    default: {
      const never: never = a;
      return never;
    }
  }
}

type ReadServed = Extract<RaftEvent, { type: "read-served" }>;
const isReadServed = (r: LogRecord): r is LogRecord & { event: ReadServed } =>
  r.event.source === "raft" && r.event.type === "read-served";

/**
 * Why a Raft node's answer to a read can be stale, in words, for the read modes that allow it (lease, follower); null
 * for the modes that cannot be (a stale read through the log or ReadIndex would be a bug the checkers report).
 */
export function staleReadCause(e: ReadServed, node: string, settings: RaftSettings): string | null {
  const margin = Math.round(leaseMargin(settings) * 100);
  switch (e.mode) {
    case "lease": {
      const left = `${node} answered alone under its lease, with ${Math.round(e.leaseLeftMs ?? 0)} ms of it left on its own clock`;
      return e.drift < -leaseMargin(settings)
        ? `${left}; that clock runs ${describeDrift(e.drift)}, beyond the lease's ${margin}% margin, so the lease outlived the followers' ${settings.electionMinMs} ms election timeout and a new leader had already taken writes`
        : `${left}; a lease is safe only while clocks drift apart by less than its ${margin}% margin`;
    }
    case "follower":
      return `${node} answered a follower read from what it had applied (up to entry ${e.index}) without asking the leader`;
    case "log":
    case "read-index":
      return null;
    default: {
      const never: never = e.mode;
      return never;
    }
  }
}

/** Causes already collected from a run's event log, so each record is read once (the log only grows). */
const collected = new WeakMap<readonly LogRecord[], { scanned: number; causes: Record<number, string> }>();

/** Why each lease or follower read of a Raft run could be stale, by operation id; empty for other protocols. */
export function staleReadCauses(sim: Sim): Readonly<Record<number, string>> {
  const settings = raftSettings(sim);
  if (!settings) return {};
  const seen = collected.get(sim.events);
  const entry = seen && seen.scanned <= sim.events.length ? seen : { scanned: 0, causes: {} };
  for (let k = entry.scanned; k < sim.events.length; k++) {
    const r = sim.events[k] as LogRecord;
    if (!isReadServed(r)) continue;
    const cause = staleReadCause(r.event, r.node ?? "?", settings);
    if (cause !== null) entry.causes[r.event.opId] = cause;
  }
  entry.scanned = sim.events.length;
  collected.set(sim.events, entry);
  return entry.causes;
}
