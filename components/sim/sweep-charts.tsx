"use client";
import type { LagPoint, QuorumCell } from "@/lib/lab/sweep";

/** Stale-read rate against replica lag: mean with a min–max band over the seeds. */
export function LagChart({ points }: { points: readonly LagPoint[] }) {
  const W = 520;
  const H = 240;
  const L = 48;
  const B = 36;
  const maxLag = Math.max(1, ...points.map((p) => p.lagMs));
  const maxY = Math.max(0.05, ...points.map((p) => p.max));
  const x = (lag: number) => L + ((W - L - 12) * lag) / maxLag;
  const y = (r: number) => H - B - ((H - B - 12) * r) / maxY;
  const line = points.map((p, i) => `${i ? "L" : "M"}${x(p.lagMs)},${y(p.mean)}`).join(" ");
  const band = [
    ...points.map((p) => `${x(p.lagMs)},${y(p.max)}`),
    ...[...points].reverse().map((p) => `${x(p.lagMs)},${y(p.min)}`),
  ].join(" ");
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-auto w-full max-w-xl"
      role="img"
      aria-label={`Stale-read rate by replica lag: ${points.map((p) => `${p.lagMs} ms ${(p.mean * 100).toFixed(1)} %`).join(", ")}`}
    >
      <polygon points={band} className="fill-amber-400/25" />
      <path d={line} className="fill-none stroke-amber-600" strokeWidth={2.5} />
      {points.map((p) => (
        <g key={p.lagMs}>
          <rect x={x(p.lagMs) - 4} y={y(p.mean) - 4} width={8} height={8} className="fill-amber-600" />
          <text
            x={x(p.lagMs)}
            y={H - B + 16}
            textAnchor="middle"
            className="fill-slate-600 text-[10px] dark:fill-slate-300"
          >
            {p.lagMs}
          </text>
        </g>
      ))}
      {[0, 0.5, 1].map((f) => (
        <text
          key={f}
          x={L - 6}
          y={y(maxY * f) + 3}
          textAnchor="end"
          className="fill-slate-600 text-[10px] dark:fill-slate-300"
        >
          {(maxY * f * 100).toFixed(0)}%
        </text>
      ))}
      <line x1={L} x2={W - 8} y1={H - B} y2={H - B} className="stroke-slate-400" />
      <line x1={L} x2={L} y1={8} y2={H - B} className="stroke-slate-400" />
      <text x={(W + L) / 2} y={H - 4} textAnchor="middle" className="fill-current text-[11px]">
        replica apply lag (ms)
      </text>
    </svg>
  );
}

/** W×R grid for one N: each cell's stale-read rate as text and shade; W+R>N cells are outlined. */
export function QuorumHeatmap({ cells, n }: { cells: readonly QuorumCell[]; n: number }) {
  const size = 44;
  const mine = cells.filter((c) => c.n === n);
  const max = Math.max(0.01, ...mine.map((c) => c.mean ?? 0));
  return (
    <figure className="m-0">
      <figcaption className="text-sm font-medium">N = {n}: stale reads by W (rows) × R (columns)</figcaption>
      <svg
        viewBox={`0 0 ${(n + 1) * size} ${(n + 1) * size}`}
        className="h-auto w-full max-w-[280px]"
        role="img"
        aria-label={mine
          .map((c) => `W${c.w} R${c.r}: ${c.mean === null ? "error" : `${(c.mean * 100).toFixed(1)} %`}`)
          .join("; ")}
      >
        {mine.map((c) => (
          <g key={`${c.w}-${c.r}`} transform={`translate(${c.r * size} ${c.w * size})`}>
            <rect
              width={size - 2}
              height={size - 2}
              className={c.w + c.r > n ? "stroke-emerald-600" : "stroke-transparent"}
              strokeWidth={2}
              fill={c.mean === null ? "#999" : `rgba(217,119,6,${0.1 + 0.9 * (c.mean / max)})`}
            />
            <text
              x={size / 2 - 1}
              y={size / 2 + 3}
              textAnchor="middle"
              className="fill-slate-900 text-[10px] dark:fill-white"
            >
              {c.mean === null ? "err" : `${(c.mean * 100).toFixed(0)}%`}
            </text>
          </g>
        ))}
        {Array.from({ length: n }, (_, i) => (
          <g key={i}>
            <text
              x={(i + 1) * size + size / 2}
              y={size / 2 + 4}
              textAnchor="middle"
              className="fill-current text-[11px]"
            >
              R{i + 1}
            </text>
            <text
              x={size / 2}
              y={(i + 1) * size + size / 2 + 4}
              textAnchor="middle"
              className="fill-current text-[11px]"
            >
              W{i + 1}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
