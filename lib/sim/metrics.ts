/**
 * Run metrics computed from the history and node state: latency percentiles,
 * throughput, stale-read rate, per-node unavailability and lost writes.
 */
import { lostWrites } from "./checker-input";
import type { Operation, Value } from "./history";
import type { Sim } from "./sim-state";

export interface LatencyStats {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

export interface Metrics {
  readonly durationMs: number;
  readonly read: LatencyStats;
  readonly write: LatencyStats;
  /** Successful operations per virtual second. */
  readonly throughput: number;
  readonly ops: { readonly ok: number; readonly fail: number; readonly info: number };
  readonly staleReads: number;
  /** Stale successful reads / successful reads (0 when there are none). */
  readonly staleReadRate: number;
  /** Virtual ms each node spent crashed or paused. */
  readonly unavailableMs: Readonly<Record<string, number>>;
  readonly lostWrites: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

function latencyStats(ops: readonly Operation[]): LatencyStats {
  const xs = ops.map((o) => (o.completedAt ?? o.invokedAt) - o.invokedAt).sort((a, b) => a - b);
  return { count: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) };
}

/**
 * A successful read is stale when it returned null or the value of a write that
 * finished before the latest write acknowledged before the read began was even
 * invoked: in every linearization that value had already been overwritten.
 */
export function staleReads(history: readonly Operation[]): Operation[] {
  const writes = new Map<string, Operation[]>();
  for (const op of history)
    if (op.outcome === "ok" && op.input.f === "write")
      (writes.get(op.key) ?? writes.set(op.key, []).get(op.key))?.push(op);
  const stale: Operation[] = [];
  for (const r of history) {
    if (r.outcome !== "ok" || r.input.f !== "read") continue;
    const ws = writes.get(r.key);
    if (!ws) continue;
    let latest: Operation | undefined;
    for (const w of ws)
      if ((w.completedAt ?? Infinity) < r.invokedAt && (!latest || (w.completedAt ?? 0) > (latest.completedAt ?? 0)))
        latest = w;
    if (!latest) continue;
    const out: Value | undefined = r.output;
    if (out === null || out === undefined) {
      stale.push(r);
      continue;
    }
    const src = ws.find((w) => w.input.f === "write" && w.input.value === out);
    if (src && (src.completedAt ?? Infinity) < latest.invokedAt) stale.push(r);
  }
  return stale;
}

/** Computes all metrics for the run so far. */
export function computeMetrics(sim: Sim): Metrics {
  const h = sim.history;
  const okReads = h.filter((o) => o.outcome === "ok" && o.input.f === "read");
  const okWrites = h.filter((o) => o.outcome === "ok" && o.input.f === "write");
  const stale = staleReads(h).length;
  const unavailableMs: Record<string, number> = {};
  for (const s of sim.nodes) unavailableMs[s.id] = s.downMs + (s.downSince >= 0 ? sim.now - s.downSince : 0);
  const ok = okReads.length + okWrites.length;
  return {
    durationMs: sim.now,
    read: latencyStats(okReads),
    write: latencyStats(okWrites),
    throughput: sim.now > 0 ? (ok * 1000) / sim.now : 0,
    ops: {
      ok: h.filter((o) => o.outcome === "ok").length,
      fail: h.filter((o) => o.outcome === "fail").length,
      info: h.filter((o) => o.outcome === "info").length,
    },
    staleReads: stale,
    staleReadRate: okReads.length > 0 ? stale / okReads.length : 0,
    unavailableMs,
    lostWrites: lostWrites(sim).length,
  };
}
