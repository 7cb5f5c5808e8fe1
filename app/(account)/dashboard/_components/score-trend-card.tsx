import Link from "next/link";
import { ChartBox } from "@/components/charts/chart-box";
import { LazyScoreTrendChart } from "@/components/charts/lazy";
import type { ScorePoint } from "@/lib/dashboard/scores";
import { formatShortDate } from "@/lib/dates";
import { card, cardTitle, link, muted } from "@/components/ui/class-names";

/** Quiz scores over time. One score is a number, not a trend: the chart appears from the second submitted quiz. */
export function ScoreTrendCard({ points, timeZone }: { points: readonly ScorePoint[]; timeZone: string }) {
  const last = points[points.length - 1];
  const first = points[0];
  const change = first && last && points.length > 1 ? last.percent - first.percent : null;
  return (
    <section className={card} aria-labelledby="scores-heading" data-testid="score-trend-card">
      <h2 id="scores-heading" className={cardTitle}>
        Quiz scores
      </h2>
      {!last ? (
        <p className={`${muted} mt-2`}>No quiz submitted yet. Your scores appear here over time.</p>
      ) : (
        <p className={muted}>
          Latest {last.percent}% ({last.title})
          {change !== null
            ? `; ${change >= 0 ? "+" : "−"}${Math.abs(change)} points since the first of these ${points.length}`
            : ""}
          .
        </p>
      )}
      {points.length > 1 ? (
        <>
          <ChartBox height={180} className="mt-3">
            <LazyScoreTrendChart
              data={points.map((p) => ({
                id: p.id,
                label: formatShortDate(p.submittedAt, timeZone),
                title: p.title,
                percent: p.percent,
              }))}
              summary={`Quiz scores, oldest to newest: ${points.map((p) => `${p.percent}%`).join(", ")}.`}
            />
          </ChartBox>
          <table className="sr-only">
            <caption>Quiz scores, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Submitted</th>
                <th scope="col">Quiz</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <td>{formatShortDate(p.submittedAt, timeZone)}</td>
                  <td>{p.title}</td>
                  <td>{p.percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : last ? (
        <p className="mt-2 text-sm">
          Submit another quiz to see a trend.{" "}
          <Link href="/learn" className={link}>
            Pick a lesson
          </Link>
        </p>
      ) : null}
    </section>
  );
}
