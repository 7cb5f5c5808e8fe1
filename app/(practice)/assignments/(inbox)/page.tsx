import type { Metadata } from "next";
import Link from "next/link";
import { buttonSecondary, card } from "@/components/ui/class-names";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { listInbox } from "@/lib/db";
import { relativeTime } from "@/lib/dates";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { NewFeedbackBadge, StatusBadge } from "@/components/assignments/status-badges";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(ROLES, "/assignments");
  const now = new Date();
  const [inbox, timeZone] = await Promise.all([listInbox({ id: user.id, role: user.role }, now), readerTimeZone()]);
  const joined = typeof (await searchParams).joined === "string";
  return (
    <Page className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Assignments</h1>
        <Link href="/join" className={`${buttonSecondary} ml-auto`}>
          Join a cohort
        </Link>
      </div>
      {joined ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100"
        >
          You joined the cohort. Its assignments are in your list
          {inbox.length === 0 ? " as soon as the interviewer sets one" : ""}.
        </p>
      ) : null}
      {inbox.length === 0 ? (
        <div className={`${card} space-y-2`}>
          <h2 className="font-semibold">Nothing assigned to you yet</h2>
          <p className="text-slate-600 dark:text-slate-300">
            Assignments come from an interviewer: they add you by your email (it appears here at once), send you an
            invitation link, or give you a cohort join code.
          </p>
          <p>
            <Link href="/join" className="font-medium text-brand-600 underline underline-offset-2 dark:text-brand-500">
              Have a join code? Enter it here.
            </Link>
          </p>
        </div>
      ) : (
        <ul className="space-y-3" aria-label="Your assignments">
          {inbox.map((a) => (
            <li key={a.assignmentId}>
              <Link
                href={`/assignments/${a.assignmentId}`}
                // Opening the page marks its feedback read, so it is never rendered ahead of a click.
                prefetch={a.feedbackUnread ? false : undefined}
                className={`${card} block hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${a.status === "overdue" ? "border-rose-300 dark:border-rose-800" : ""}`}
              >
                <span className="flex flex-wrap items-start gap-2">
                  <span className="min-w-0 flex-1 font-semibold break-words">{a.title}</span>
                  {a.feedbackUnread ? <NewFeedbackBadge /> : null}
                  <StatusBadge status={a.status} />
                </span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">
                  From {a.ownerName} ·{" "}
                  {a.status === "overdue" ? (
                    <strong className="font-semibold text-rose-700 dark:text-rose-300">
                      was due {relativeTime(a.dueAt, now)}
                    </strong>
                  ) : (
                    <>due {relativeTime(a.dueAt, now)}</>
                  )}{" "}
                  (<LocalTime iso={a.dueAt} timeZone={timeZone} />)
                </span>
                <span className="mt-2 flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
                  <span
                    className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                    aria-hidden="true"
                  >
                    <span
                      className="block h-full bg-brand-600"
                      style={{ width: `${a.itemsTotal ? Math.round((100 * a.itemsDone) / a.itemsTotal) : 0}%` }}
                    />
                  </span>
                  {a.itemsDone} of {a.itemsTotal} items done
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
