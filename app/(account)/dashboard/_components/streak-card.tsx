import { recentDays, type Streak } from "@/lib/dashboard/streak";
import { dayLabel } from "@/lib/dates";
import { card, muted } from "@/components/ui/class-names";

const STRIP_DAYS = 14;

/** The activity streak: the number, the record, and the last two weeks as a strip of days. */
export function StreakCard({
  streak,
  activityDays,
  today,
}: {
  streak: Streak;
  activityDays: readonly number[];
  today: number;
}) {
  const strip = recentDays(activityDays, today, STRIP_DAYS);
  const activeCount = strip.filter((d) => d.active).length;
  const hint = streak.activeToday
    ? "Done for today."
    : streak.current > 0
      ? "Do something today to keep it going."
      : "Finish a lesson, a quiz or an interview to start one.";
  return (
    <section className={card} aria-labelledby="streak-heading" data-testid="streak-card">
      <h2 id="streak-heading" className="text-sm font-medium text-slate-600 dark:text-slate-300">
        Streak
      </h2>
      <p className="mt-1 text-3xl font-bold tabular-nums" data-testid="streak-current">
        {streak.current} <span className="text-base font-medium">{streak.current === 1 ? "day" : "days"}</span>
      </p>
      <p className={muted}>
        {hint}
        {streak.longest > streak.current ? ` Best: ${streak.longest} days.` : ""}
      </p>
      <ol className="mt-3 flex gap-1" aria-label={`Last ${STRIP_DAYS} days: active on ${activeCount}`}>
        {strip.map((d) => (
          <li
            key={d.day}
            title={`${dayLabel(d.day)}: ${d.active ? "active" : "no activity"}`}
            className={`h-3 flex-1 rounded-sm ${d.active ? "bg-brand-600 dark:bg-brand-500" : "bg-slate-200 dark:bg-slate-700"} ${d.day === today ? "ring-1 ring-slate-500 ring-offset-1 dark:ring-slate-300 dark:ring-offset-slate-900" : ""}`}
          >
            <span className="sr-only">{`${dayLabel(d.day)}: ${d.active ? "active" : "no activity"}`}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
