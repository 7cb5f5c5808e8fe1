import Link from "next/link";
import { ChartBox } from "@/components/charts/chart-box";
import { LazyTrackProgressChart } from "@/components/charts/lazy";
import type { TrackProgress } from "@/lib/dashboard/progress";
import { card, cardTitle, link, muted } from "@/components/ui/class-names";

/** Lessons done per track: a bar chart, the same numbers in a table for screen readers, and the next lesson to read. */
export function TrackProgressCard({
  tracks,
  next,
}: {
  tracks: readonly TrackProgress[];
  next: { slug: string; title: string } | null;
}) {
  const done = tracks.reduce((n, t) => n + t.done, 0);
  const total = tracks.reduce((n, t) => n + t.total, 0);
  const summary = tracks.map((t) => `${t.label} ${t.done} of ${t.total}`).join(", ");
  return (
    <section className={card} aria-labelledby="lessons-progress" data-testid="track-progress-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="lessons-progress" className={cardTitle}>
          Lessons
        </h2>
        <p className={muted} data-testid="dashboard-lessons-progress">
          {done} of {total} lessons completed
        </p>
      </div>
      <ChartBox height={tracks.length * 34 + 8} className="mt-3">
        <LazyTrackProgressChart
          data={tracks.map((t) => ({ label: t.label, done: t.done, total: t.total }))}
          summary={`Lessons completed per track: ${summary}.`}
        />
      </ChartBox>
      <table className="sr-only">
        <caption>Lessons completed per track</caption>
        <thead>
          <tr>
            <th scope="col">Track</th>
            <th scope="col">Completed</th>
            <th scope="col">Lessons</th>
          </tr>
        </thead>
        <tbody>
          {tracks.map((t) => (
            <tr key={t.track}>
              <th scope="row">{t.label}</th>
              <td>{t.done}</td>
              <td>{t.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm">
        {next ? (
          <>
            Next:{" "}
            <Link href={`/learn/${next.slug}`} className={link}>
              {next.title}
            </Link>
          </>
        ) : (
          <>
            All lessons complete.{" "}
            <Link href="/learn" className={link}>
              Revisit the track
            </Link>
          </>
        )}
      </p>
    </section>
  );
}
