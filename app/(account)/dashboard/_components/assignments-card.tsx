import Link from "next/link";
import type { InboxEntryDto } from "@/lib/db";
import { NewFeedbackBadge } from "@/components/assignments/status-badges";
import { STATUS_LABELS } from "@/lib/assignments/status";
import { formatDateTime, relativeTime } from "@/lib/dates";
import { card, cardTitle, link, muted } from "@/components/ui/class-names";

/**
 * Assignments still to do, soonest due first (listInbox's order); overdue ones say so in words, not only colour.
 * Reviewed ones whose feedback the candidate has not opened yet are listed too, each with a "New feedback" badge.
 */
export function AssignmentsCard({
  open,
  doneCount,
  now,
  timeZone,
  newFeedback = [],
}: {
  open: readonly InboxEntryDto[];
  doneCount: number;
  now: Date;
  timeZone: string;
  newFeedback?: readonly InboxEntryDto[];
}) {
  return (
    <section className={card} aria-labelledby="assignments-heading" data-testid="assignments-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="assignments-heading" className={cardTitle}>
          Open assignments
        </h2>
        <Link href="/assignments" className={`${link} text-sm`}>
          All assignments
        </Link>
      </div>
      {newFeedback.length > 0 ? (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700" aria-label="New feedback">
          {newFeedback.map((a) => (
            <li key={a.assignmentId} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
              {/* Opening the page marks its feedback read, so it is never rendered ahead of a click. */}
              <Link
                href={`/assignments/${a.assignmentId}`}
                prefetch={false}
                className={`${link} min-w-0 flex-1 basis-48 truncate`}
              >
                {a.title}
              </Link>
              <NewFeedbackBadge />
              <span className="w-full text-xs text-muted">
                from {a.ownerName} · {STATUS_LABELS[a.status]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {open.length === 0 ? (
        <p className={`${muted} mt-2`}>
          Nothing to do right now{doneCount > 0 ? `: all ${doneCount} handed in` : ""}.{" "}
          <Link href="/join" className={link}>
            Have a join code?
          </Link>
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700">
          {open.map((a) => {
            const overdue = a.status === "overdue";
            return (
              <li key={a.assignmentId} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                <Link href={`/assignments/${a.assignmentId}`} className={`${link} min-w-0 flex-1 basis-48 truncate`}>
                  {a.title}
                </Link>
                <span className="text-sm tabular-nums text-slate-600 dark:text-slate-300">
                  {a.itemsDone}/{a.itemsTotal} done
                </span>
                <span
                  className={`text-sm ${overdue ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-300"}`}
                  title={formatDateTime(a.dueAt, timeZone)}
                >
                  {overdue
                    ? `${STATUS_LABELS.overdue}, was due ${relativeTime(a.dueAt, now)}`
                    : `Due ${relativeTime(a.dueAt, now)}`}
                </span>
                <span className="w-full text-xs text-muted">
                  from {a.ownerName} · {STATUS_LABELS[a.status]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
