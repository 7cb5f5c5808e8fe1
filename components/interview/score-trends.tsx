import type { DimensionTrend } from "@/lib/interview/history";
import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { card } from "@/components/ui/class-names";

const W = 160;
const H = 40;

function Sparkline({ trend, label }: { trend: DimensionTrend; label: string }) {
  const n = trend.points.length;
  const x = (i: number) => (n <= 1 ? W / 2 : 6 + (i * (W - 12)) / (n - 1));
  const y = (level: number) => H - 6 - ((level - 1) * (H - 12)) / 3;
  const path = trend.points
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.level).toFixed(1)}`)
    .join(" ");
  const summary =
    n === 0
      ? "no scores yet"
      : `levels ${trend.points.map((p) => p.level).join(", ")}, latest ${trend.latest ?? "-"} of 4`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-10 w-40" role="img" aria-label={`${label}: ${summary}`}>
      <line x1={0} x2={W} y1={y(1)} y2={y(1)} className="stroke-slate-200 dark:stroke-slate-700" />
      <line x1={0} x2={W} y1={y(4)} y2={y(4)} className="stroke-slate-200 dark:stroke-slate-700" />
      {n > 1 ? <path d={path} fill="none" className="stroke-brand-600" strokeWidth={2} /> : null}
      {trend.points.map((p, i) => (
        <circle key={p.sessionId} cx={x(i)} cy={y(p.level)} r={3} className="fill-brand-600" />
      ))}
    </svg>
  );
}

/** Score trends per rubric dimension: a sparkline each, with the numbers in its accessible name and beside it. */
export function ScoreTrends({
  trends,
  rubric,
}: {
  trends: readonly DimensionTrend[];
  rubric: readonly Pick<RubricEntry, "dimension" | "label">[];
}) {
  return (
    <section className={card} aria-labelledby="trends-heading" data-testid="score-trends">
      <h2 id="trends-heading" className="text-lg font-semibold">
        Score trends
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Levels 1–4 per rubric dimension, oldest to newest; an interviewer&apos;s score replaces your own for that
        session.
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {trends.map((trend) => {
          const label = rubric.find((r) => r.dimension === trend.dimension)?.label ?? trend.dimension;
          return (
            <li key={trend.dimension} className="flex items-center justify-between gap-2">
              <span className="text-sm">
                <span className="block font-medium">{label}</span>
                <span className="text-xs text-muted">
                  {trend.latest === null ? "—" : `${trend.latest}/4`}
                  {trend.change !== null && trend.change !== 0
                    ? ` (${trend.change > 0 ? "+" : ""}${trend.change})`
                    : ""}
                </span>
              </span>
              <Sparkline trend={trend} label={label} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
