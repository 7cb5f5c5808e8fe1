/**
 * The cross-topology comparison: one workload and one fault schedule run
 * through every replication topology the engine supports, summarised as one
 * row per topology. Pure and deterministic (same seed ⇒ same table), so the
 * CLI (`npm run sim -- --compare`), the lessons and the lab can share it.
 *
 * The fault: node A (the single leader, the chain's head) is cut off from B
 * and C for `cutMs`, then the network heals. Every topology runs with the same
 * failure-detector settings (used by single-leader failover and by the chain's
 * master; Raft elects its own leader, and it is cut off too) and no fencing, so async failover can lose writes as it
 * does in
 * production without STONITH or fencing tokens.
 */
import { checkerInput } from "./checker-input";
import { createSimulation, runToQuiescence } from "./engine";
import { computeMetrics } from "./metrics";
import { protocols } from "./protocols";
import { parseScenario, type Scenario } from "./scenario";
import type { Operation } from "./history";

export interface CompareOptions {
  readonly seed?: number;
  /** Workload length in ms (default 24 000); the cut starts at a third of it and lasts a third. */
  readonly workloadMs?: number;
  readonly clientsPerNode?: number;
  readonly ratePerClient?: number;
}

export interface CompareRow {
  readonly topology: string;
  readonly protocol: string;
  readonly write: { readonly p50: number; readonly p99: number; readonly count: number };
  readonly read: { readonly p50: number; readonly p99: number; readonly count: number };
  /** Successful operations per virtual second. */
  readonly throughput: number;
  readonly staleReads: number;
  readonly staleReadRate: number;
  /** Conflicts the protocol detected or resolved (LWW overwrites, siblings, certification conflicts). */
  readonly conflicts: number;
  /** Operations refused (`fail`): aborts, fencing, no quorum. */
  readonly failed: number;
  /** Operations that timed out (`info`): indeterminate. */
  readonly timedOut: number;
  readonly lostWrites: number;
  /** Mean per client of the time from each failed or timed-out attempt to the next attempt. */
  readonly unavailableMs: number;
}

export interface CompareResult {
  readonly seed: number;
  readonly workload: string;
  readonly faults: string;
  readonly rows: readonly CompareRow[];
  /** Topologies not run because their protocol is not registered, or their scenario did not validate. */
  readonly skipped: ReadonlyArray<{ readonly topology: string; readonly reason: string }>;
}

const NODES = ["A", "B", "C"] as const;

/** The topologies compared, in table order: name → scenario fields that differ. */
export const COMPARED_TOPOLOGIES: ReadonlyArray<{ readonly name: string; readonly fields: Record<string, unknown> }> = [
  {
    name: "single-leader async",
    fields: { topology: { protocol: "single-leader", leader: "A" }, replication: { mode: "async" } },
  },
  {
    name: "single-leader semi-sync",
    fields: { topology: { protocol: "single-leader", leader: "A" }, replication: { mode: "semi-sync" } },
  },
  {
    name: "single-leader sync",
    fields: { topology: { protocol: "single-leader", leader: "A" }, replication: { mode: "sync" } },
  },
  { name: "multi-master LWW", fields: { topology: { protocol: "multi-master" } } },
  { name: "galera", fields: { topology: { protocol: "galera" } } },
  {
    name: "leaderless N=3 W=2 R=2",
    fields: { topology: { protocol: "leaderless", n: 3, w: 2, r: 2, antiEntropyMs: 1000 } },
  },
  { name: "chain (length 3)", fields: { topology: { protocol: "chain" } } },
  { name: "raft (log reads)", fields: { topology: { protocol: "raft" } } },
];

/** Builds the shared scenario for one topology (as untrusted data, validated by the caller). */
export function comparisonScenario(fields: Record<string, unknown>, options: CompareOptions = {}): unknown {
  const workloadMs = options.workloadMs ?? 24000;
  const cutAt = Math.round(workloadMs / 3);
  const topology = { ...(fields.topology as Record<string, unknown>), nodes: NODES.map((id) => ({ id })) };
  return {
    title: "Topology comparison",
    seed: options.seed ?? 1,
    durationMs: workloadMs + 6000,
    ...fields,
    topology,
    network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 2 } },
    failureDetector: { enabled: true, timeoutMs: 2000, intervalMs: 250, location: "C" },
    clientTimeoutMs: 1000,
    workload: {
      clients: NODES.map((near) => ({ near, count: options.clientsPerNode ?? 2 })),
      ratePerClient: options.ratePerClient ?? 20,
      readFraction: 0.5,
      keys: { count: 10, hotFraction: 0 },
      stopMs: workloadMs,
    },
    faults: [
      { at: cutAt, type: "cut", from: ["A"], to: ["B", "C"] },
      { at: cutAt * 2, type: "heal" },
    ],
    eventLog: false,
  };
}

/**
 * Client-observed unavailability: for each failed or timed-out operation, the
 * time from its invocation to the same client's next attempt (or to its own
 * end for the last one); summed per client and averaged over clients.
 */
export function unavailableMs(history: readonly Operation[], timeoutMs: number): number {
  const byClient = new Map<string, Operation[]>();
  for (const op of history) (byClient.get(op.client) ?? byClient.set(op.client, []).get(op.client))?.push(op);
  if (byClient.size === 0) return 0;
  let total = 0;
  for (const ops of byClient.values()) {
    ops.sort((a, b) => a.invokedAt - b.invokedAt);
    ops.forEach((op, i) => {
      if (op.outcome === "ok") return;
      const next = ops[i + 1];
      total += (next ? next.invokedAt : (op.completedAt ?? op.invokedAt + timeoutMs)) - op.invokedAt;
    });
  }
  return total / byClient.size;
}

/** Runs one topology to quiescence (bounded by its duration) and summarises it. */
export function runComparison(name: string, scenario: Scenario): CompareRow {
  const sim = createSimulation(scenario, { eventLog: false });
  runToQuiescence(sim, scenario.durationMs);
  const m = computeMetrics(sim);
  const counters = sim.protocol.counters?.(sim, sim.protocolState) ?? {};
  const history = checkerInput(sim).history;
  return {
    topology: name,
    protocol: scenario.topology.protocol,
    write: { p50: m.write.p50, p99: m.write.p99, count: m.write.count },
    read: { p50: m.read.p50, p99: m.read.p99, count: m.read.count },
    throughput: m.throughput,
    staleReads: m.staleReads,
    staleReadRate: m.staleReadRate,
    conflicts: (counters.conflicts ?? 0) + (counters.aborts ?? 0),
    failed: m.ops.fail,
    timedOut: m.ops.info,
    lostWrites: m.lostWrites,
    unavailableMs: unavailableMs(history, scenario.clientTimeoutMs),
  };
}

/** Runs the same workload and fault schedule through every registered topology. */
export function compareTopologies(options: CompareOptions = {}): CompareResult {
  const rows: CompareRow[] = [];
  const skipped: Array<{ topology: string; reason: string }> = [];
  for (const t of COMPARED_TOPOLOGIES) {
    const protocol = (t.fields.topology as { protocol: string }).protocol;
    if (!(protocol in protocols)) {
      skipped.push({ topology: t.name, reason: `protocol "${protocol}" is not registered` });
      continue;
    }
    const parsed = parseScenario(comparisonScenario(t.fields, options));
    if (!parsed.success) {
      skipped.push({ topology: t.name, reason: parsed.error.message });
      continue;
    }
    rows.push(runComparison(t.name, parsed.data));
  }
  const w = options.workloadMs ?? 24000;
  return {
    seed: options.seed ?? 1,
    workload: `3 nodes, ${(options.clientsPerNode ?? 2) * 3} closed-loop clients at ${options.ratePerClient ?? 20} ops/s each, 50% reads, 10 keys, for ${w / 1000} s`,
    faults: `A cut off from B and C at ${Math.round(w / 3) / 1000} s, healed at ${Math.round((2 * w) / 3) / 1000} s`,
    rows,
    skipped,
  };
}

/** Renders the comparison as a fixed-width table. */
export function formatCompareTable(r: CompareResult): string {
  const head = [
    "topology",
    "write p50",
    "write p99",
    "read p50",
    "read p99",
    "ops/s",
    "stale",
    "conflicts",
    "failed",
    "timeouts",
    "lost",
    "unavail ms",
  ];
  const body = r.rows.map((x) => [
    x.topology,
    x.write.p50.toFixed(1),
    x.write.p99.toFixed(1),
    x.read.p50.toFixed(1),
    x.read.p99.toFixed(1),
    x.throughput.toFixed(1),
    `${x.staleReads} (${(x.staleReadRate * 100).toFixed(1)}%)`,
    String(x.conflicts),
    String(x.failed),
    String(x.timedOut),
    String(x.lostWrites),
    x.unavailableMs.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  const out = [
    `Topology comparison (seed ${r.seed}): ${r.workload}; ${r.faults}. Latencies in ms.`,
    "",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
  ];
  for (const s of r.skipped) out.push(`  (skipped ${s.topology}: ${s.reason})`);
  return out.join("\n");
}
