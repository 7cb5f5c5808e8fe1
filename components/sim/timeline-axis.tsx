import { timeTicks } from "@/lib/lab/timeline-view";
import { AXIS_BASELINE, PAD_X, type XScale } from "./timeline-geometry";

/** Tick labels with their unit along the top, and faint grid lines down through the lanes. */
export function TimelineAxis({ scale, height }: { scale: XScale; height: number }) {
  const { ticks, unit } = timeTicks({ from: scale.from, to: scale.to }, scale.width - 2 * PAD_X);
  return (
    <g aria-hidden="true">
      {ticks.map(({ t, label }) => {
        const x = scale.x(t);
        const text = `${label} ${unit}`;
        // Keep the first and last labels inside the plot.
        const anchor = x - PAD_X < 24 ? "start" : scale.width - PAD_X - x < 24 ? "end" : "middle";
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={AXIS_BASELINE + 3} y2={height} className="stroke-slate-200 dark:stroke-slate-700" />
            <text
              x={x}
              y={AXIS_BASELINE}
              textAnchor={anchor}
              className="fill-slate-600 font-mono text-[12px] dark:fill-slate-300"
              data-tick
            >
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
