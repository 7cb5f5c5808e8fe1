import Link from "next/link";
import type { RecentAttemptDto } from "@/lib/db";
import { relativeTime } from "@/lib/dates";
import { card, cardTitle, link } from "@/components/ui/class-names";

/** The latest quiz attempts; an open one says it can be finished. */
export function RecentAttemptsCard({ attempts, now }: { attempts: readonly RecentAttemptDto[]; now: Date }) {
  if (attempts.length === 0) return null;
  return (
    <section className={card} aria-labelledby="recent-heading" data-testid="recent-attempts">
      <h2 id="recent-heading" className={cardTitle}>
        Recent attempts
      </h2>
      <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-700">
        {attempts.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-0.5 py-2 text-sm">
            <Link href={`/quiz/attempts/${a.id}`} className={`${link} min-w-0 truncate`}>
              {a.title}
            </Link>
            <span className="tabular-nums text-slate-600 dark:text-slate-300">
              {a.status === "open" ? (
                <>In progress · started {relativeTime(a.createdAt, now)}</>
              ) : (
                <>
                  {a.score !== null && a.maxScore ? `${Math.round((Math.max(0, a.score) / a.maxScore) * 100)}% · ` : ""}
                  {relativeTime(a.submittedAt ?? a.createdAt, now)}
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
