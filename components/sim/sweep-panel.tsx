"use client";
import { useEffect, useRef, useState } from "react";
import type { Scenario } from "@/lib/sim";
import {
  DEFAULT_LAGS,
  hasLeaderless,
  type LagPoint,
  type QuorumCell,
  type SweepMessage,
  type SweepRequest,
} from "@/lib/lab/sweep";
import { LagChart, QuorumHeatmap } from "./sweep-charts";
import { buttonCompact } from "@/components/ui/class-names";

const SEEDS = 8;

/** Many seeded runs in a Web Worker, with progress and cancel, plotted as SVG. */
export function SweepPanel({ scenario, singleLeader }: { scenario: Scenario; singleLeader: boolean }) {
  const worker = useRef<Worker | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [points, setPoints] = useState<readonly LagPoint[] | null>(null);
  const [cells, setCells] = useState<readonly QuorumCell[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const leaderless = hasLeaderless();

  useEffect(() => () => worker.current?.terminate(), []);

  function start(req: SweepRequest) {
    worker.current?.terminate();
    const w = new Worker(new URL("./sweep.worker.ts", import.meta.url));
    worker.current = w;
    setError(null);
    setProgress({ done: 0, total: 1 });
    w.onmessage = (e: MessageEvent<SweepMessage>) => {
      const m = e.data;
      if (m.type === "progress") setProgress({ done: m.done, total: m.total });
      else {
        if (m.type === "lag-result") setPoints(m.points);
        else if (m.type === "quorum-result") setCells(m.cells);
        else setError(m.message);
        setProgress(null);
        w.terminate();
        worker.current = null;
      }
    };
    w.postMessage(req);
  }

  function cancel() {
    worker.current?.terminate();
    worker.current = null;
    setProgress(null);
  }

  return (
    <section aria-labelledby="sweep-h" className="space-y-2">
      <h3 id="sweep-h" className="text-sm font-semibold">
        Sweep: what does a parameter do across many runs?
      </h3>
      <div className="flex flex-wrap items-center gap-2">
        {singleLeader ? (
          <button
            type="button"
            className={buttonCompact}
            disabled={progress !== null}
            onClick={() => start({ kind: "lag", scenario, lags: DEFAULT_LAGS, seeds: SEEDS })}
          >
            Stale reads vs replica lag ({DEFAULT_LAGS.length} lags × {SEEDS} seeds)
          </button>
        ) : null}
        {leaderless ? (
          <button
            type="button"
            className={buttonCompact}
            disabled={progress !== null}
            onClick={() => start({ kind: "quorum", sizes: [3, 5], seeds: 3 })}
          >
            Leaderless W×R heatmap (N = 3 and 5)
          </button>
        ) : null}
        {progress ? (
          <>
            <progress value={progress.done} max={progress.total} aria-label="Sweep progress" className="w-40" />
            <span className="text-xs tabular-nums">
              {progress.done}/{progress.total} runs
            </span>
            <button type="button" className={buttonCompact} onClick={cancel}>
              Cancel
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {points ? <LagChart points={points} /> : null}
      {cells ? (
        <div className="flex flex-wrap gap-6">
          <QuorumHeatmap cells={cells} n={3} />
          <QuorumHeatmap cells={cells} n={5} />
        </div>
      ) : null}
    </section>
  );
}
