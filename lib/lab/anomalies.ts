/**
 * Anomalies the lab highlights: the checkers' violations, stale reads, and
 * intervals where two nodes acted as leader at once (from the leader log).
 */
import { checkerInput, staleReads, type Operation, type Sim, type Value } from "@/lib/sim";
import { runCheckers, type Violation } from "@/lib/sim/checkers";
import { staleReadCauses } from "@/lib/sim/protocols/raft-settings";
import type { LeaderChange } from "./lab-run";

export type AnomalyKind =
  "stale-read" | "lost-write" | "two-leaders" | "conflict" | "linearizability" | "read-your-writes" | "monotonic-reads";

export interface Anomaly {
  readonly id: string;
  readonly kind: AnomalyKind;
  readonly title: string;
  /** Virtual time the anomaly became visible: the cluster view jumps here. */
  readonly at: number;
  readonly end?: number;
  readonly opIds: readonly number[];
  readonly explanation: string;
}

export const ANOMALY_LABELS: Record<AnomalyKind, string> = {
  "stale-read": "Stale read",
  "lost-write": "Lost acknowledged write",
  "two-leaders": "Two leaders (split brain)",
  conflict: "Conflict / divergence",
  linearizability: "Not linearizable",
  "read-your-writes": "Read-your-writes broken",
  "monotonic-reads": "Monotonic reads broken",
};

const ms = (t: number) => `${(t / 1000).toFixed(t % 1000 === 0 ? 1 : 3)} s`;
const show = (v: Value | undefined) => (v === null || v === undefined ? "nothing" : String(v));

function describeOp(op: Operation): string {
  if (op.input.f === "write") return `${op.client}'s write ${op.key}=${show(op.input.value)} on ${op.node ?? "?"}`;
  return `${op.client}'s read of ${op.key} on ${op.node ?? "?"}`;
}

const epochOf = (c: LeaderChange, id: string) => c.leaders.find((l) => l.id === id)?.epoch ?? 0;

/** Intervals with two or more leaders, and the writes each leader acknowledged meanwhile. */
export function twoLeaderIntervals(
  leaderLog: readonly LeaderChange[],
  history: readonly Operation[],
  now: number,
  fencing = false,
): Anomaly[] {
  const out: Anomaly[] = [];
  leaderLog.forEach((change, i) => {
    if (change.leaders.length < 2) return;
    const end = leaderLog[i + 1]?.at;
    const stop = end ?? now;
    const names = change.leaders.map((l) => `${l.id} (epoch ${l.epoch})`).join(" and ");
    const acked = change.leaders.map((l) => {
      const ws = history.filter(
        (o) =>
          o.input.f === "write" &&
          o.outcome === "ok" &&
          o.node === l.id &&
          (o.completedAt ?? Infinity) >= change.at &&
          (o.completedAt ?? Infinity) <= stop,
      );
      return { id: l.id, writes: ws };
    });
    const both = acked.filter((a) => a.writes.length > 0);
    // With fencing a deposed leader may still call itself leader until its lease runs out; it is only a split
    // brain if the acknowledgements interleave (the newer leader acknowledged before the older one stopped).
    const sorted = [...acked].sort((a, b) => epochOf(change, a.id) - epochOf(change, b.id));
    const oldLast = Math.max(...(sorted[0]?.writes.map((w) => w.completedAt ?? 0) ?? []), -Infinity);
    const newFirst = Math.min(
      ...sorted.slice(1).flatMap((a) => a.writes.map((w) => w.completedAt ?? Infinity)),
      Infinity,
    );
    if (fencing && !(both.length >= 2 && newFirst <= oldLast)) return;
    const writes = acked.flatMap((a) => a.writes.map((w) => w.id));
    const detail =
      both.length >= 2
        ? ` Both accepted writes: ${both.map((a) => `${a.id} acknowledged ${a.writes.map((w) => (w.input.f === "write" ? `${w.key}=${show(w.input.value)}` : w.key)).join(", ")}`).join("; ")}. When they meet again, one side's writes will be thrown away.`
        : both.length === 1
          ? ` Only ${both[0]?.id} acknowledged writes so far; a write sent to the other leader would also be accepted.`
          : " Neither has acknowledged a write yet, but both would.";
    out.push({
      id: `two-leaders@${change.at}`,
      kind: "two-leaders",
      title: ANOMALY_LABELS["two-leaders"],
      at: change.at,
      ...(end === undefined ? {} : { end }),
      opIds: writes,
      explanation: `${names} both acted as leader from ${ms(change.at)}${end === undefined ? " until now" : ` to ${ms(end)}`}.${detail}`,
    });
  });
  return out;
}

function checkerKind(v: Violation): AnomalyKind {
  switch (v.checker) {
    case "lost-writes":
      return "lost-write";
    case "divergence":
      return "conflict";
    case "linearizability":
      return "linearizability";
    case "read-your-writes":
      return "read-your-writes";
    case "monotonic-reads":
      return "monotonic-reads";
    default: {
      const never: never = v.checker;
      return never;
    }
  }
}

/**
 * Stale successful reads, explained against the write they missed, and by why the node answered when the protocol
 * says (`causes`, by operation id: a Raft lease or follower read); otherwise by replication lag.
 */
export function staleReadAnomalies(
  history: readonly Operation[],
  causes: Readonly<Record<number, string>> = {},
): Anomaly[] {
  return staleReads(history).map((r) => {
    const latest = history
      .filter(
        (w) =>
          w.key === r.key && w.input.f === "write" && w.outcome === "ok" && (w.completedAt ?? Infinity) < r.invokedAt,
      )
      .sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0))[0];
    const missed = latest
      ? ` although ${describeOp(latest)} had been acknowledged at ${ms(latest.completedAt ?? latest.invokedAt)}`
      : "";
    return {
      id: `stale@${r.id}`,
      kind: "stale-read" as const,
      title: ANOMALY_LABELS["stale-read"],
      at: r.completedAt ?? r.invokedAt,
      opIds: latest ? [r.id, latest.id] : [r.id],
      explanation: `${describeOp(r)} returned ${show(r.output)} at ${ms(r.completedAt ?? r.invokedAt)}${missed}: ${causes[r.id] ?? "the node had not applied it yet"}.`,
    };
  });
}

/** Fencing as last set: the scenario's setting, overridden by any set-fencing action. */
export function fencingOn(sim: Sim): boolean {
  let on = sim.scenario.fencing.enabled;
  for (const f of sim.scenario.faults) if (f.type === "set-fencing" && f.at <= sim.now) on = f.enabled;
  for (const e of sim.actionLog) if (e.action.type === "set-fencing") on = e.action.enabled;
  return on;
}

/** Why a run with fencing on can still lose an acknowledged write: what fencing does not cover. */
export const FENCED_LOSS =
  "Fencing was on, and it did its part: it stops two leaders acknowledging writes at once. It cannot bring back a " +
  "write that was never shipped: with asynchronous replication a leader acknowledges before any replica has the " +
  "write, so when a leader elected without it takes over, the write is gone. Only waiting for replicas " +
  "(semi-sync or sync replication) prevents that.";

/** Everything the anomaly search needs, as plain data: built on the main thread, searched anywhere (a Web Worker). */
export interface AnomalyInput {
  readonly history: readonly Operation[];
  readonly survivingWrites: ReadonlyArray<{ readonly key: string; readonly value: Value }>;
  /** Only when the protocol has settled (divergence is meaningless mid-flight). */
  readonly replicaStates?: Record<string, Record<string, Value>>;
  readonly leaderLog: readonly LeaderChange[];
  readonly now: number;
  readonly fencing: boolean;
  /** A deposed leader cannot acknowledge writes: fencing is on, or the protocol commits by majority (Raft). */
  readonly leadersFenced: boolean;
  readonly maxSteps: number;
  /** Why a read could be stale, by operation id, where the protocol says (Raft lease and follower reads). */
  readonly readCauses?: Readonly<Record<number, string>>;
}

/** Cheap: copies what the checkers read out of the run. */
export function anomalyInput(
  sim: Sim,
  leaderLog: readonly LeaderChange[],
  options: { maxSteps?: number } = {},
): AnomalyInput {
  const input = checkerInput(sim);
  const settled = sim.protocol.settled(sim, sim.protocolState);
  return {
    history: input.history,
    survivingWrites: input.survivingWrites,
    ...(settled ? { replicaStates: input.replicaStates } : {}),
    leaderLog: leaderLog.slice(),
    now: sim.now,
    fencing: fencingOn(sim),
    leadersFenced: fencingOn(sim) || sim.protocol.majorityCommit === true,
    maxSteps: options.maxSteps ?? 20_000,
    readCauses: { ...staleReadCauses(sim) },
  };
}

/**
 * Every anomaly in the input, sorted by time. The expensive part (the
 * linearizability search, with a step budget), so the lab runs it in a worker.
 */
export function anomaliesFrom(input: AnomalyInput): Anomaly[] {
  const report = runCheckers({
    history: input.history,
    survivingWrites: input.survivingWrites,
    ...(input.replicaStates ? { replicaStates: input.replicaStates } : {}),
    maxSteps: input.maxSteps,
  });
  const stale = staleReadAnomalies(input.history, input.readCauses);
  const staleIds = new Set(stale.map((a) => a.opIds[0]));
  const fromCheckers = report.violations
    .filter((v) => !(v.checker === "linearizability" && v.opIds.some((id) => staleIds.has(id))))
    .map((v, i): Anomaly => {
      const kind = checkerKind(v);
      return {
        id: `${v.checker}@${v.at}#${i}`,
        kind,
        title: ANOMALY_LABELS[kind],
        at: v.at,
        opIds: v.opIds,
        explanation: kind === "lost-write" && input.fencing ? `${v.explanation} ${FENCED_LOSS}` : v.explanation,
      };
    });
  return [
    ...stale,
    ...fromCheckers,
    ...twoLeaderIntervals(input.leaderLog, input.history, input.now, input.leadersFenced),
  ].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** Every anomaly in the run so far, sorted by time (synchronously). */
export function extractAnomalies(
  sim: Sim,
  leaderLog: readonly LeaderChange[],
  options: { maxSteps?: number } = {},
): Anomaly[] {
  return anomaliesFrom(anomalyInput(sim, leaderLog, options));
}
