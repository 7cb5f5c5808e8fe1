"use client";
import { memo } from "react";
import type { Metrics } from "@/lib/sim";

const f = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

/** Latency percentiles, stale-read rate, lost writes and per-node unavailability for the run so far. */
function MetricsPanelImpl({ metrics }: { metrics: Metrics }) {
  const down = Object.entries(metrics.unavailableMs).filter(([, ms]) => ms > 0);
  const rows: Array<[string, string]> = [
    [
      "Write latency p50 / p95 / p99",
      metrics.write.count ? `${f(metrics.write.p50)} / ${f(metrics.write.p95)} / ${f(metrics.write.p99)}` : "—",
    ],
    [
      "Read latency p50 / p95 / p99",
      metrics.read.count ? `${f(metrics.read.p50)} / ${f(metrics.read.p95)} / ${f(metrics.read.p99)}` : "—",
    ],
    ["Operations ok / failed / unknown", `${metrics.ops.ok} / ${metrics.ops.fail} / ${metrics.ops.info}`],
    ["Stale reads", `${metrics.staleReads} (${(metrics.staleReadRate * 100).toFixed(1)} % of reads)`],
    ["Lost acknowledged writes", String(metrics.lostWrites)],
    ["Unavailability", down.length ? down.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(", ") : "none"],
  ];
  return (
    <section aria-labelledby="metrics-h">
      <h3 id="metrics-h" className="text-sm font-semibold">
        Metrics
      </h3>
      <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-3 gap-y-0.5 text-xs">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
            <dd
              className={`text-right font-mono tabular-nums ${k.startsWith("Lost") && metrics.lostWrites > 0 ? "font-bold text-red-700 dark:text-red-300" : ""}`}
            >
              {v}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export const MetricsPanel = memo(MetricsPanelImpl);
