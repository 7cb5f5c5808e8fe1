import type { Metadata } from "next";
import Link from "next/link";
import { buttonPrimary, buttonSecondary, card, focusRing } from "@/components/ui/class-names";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { interviewerOverview, type InterviewerOverviewDto } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Teaching" };

type AssignmentRow = InterviewerOverviewDto["assignments"][number];
const linkClass = `font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white ${focusRing}`;
const muted = "text-sm text-slate-600 dark:text-slate-300";

/**
 * The interviewer's home: what waits for review first, then assignments with their progress, then cohorts and their
 * join codes.
 */
export default async function TeachPage() {
  const user = await requirePageRole(rolesAllowed("assignment.list"), "/teach");
  const now = new Date();
  const [overview, timeZone] = await Promise.all([
    interviewerOverview({ id: user.id, role: user.role }, now),
    readerTimeZone(),
  ]);
  const { cohorts, assignments, awaitingReview } = overview;
  return (
    <Page className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Teaching</h1>
        <div className="ml-auto flex flex-wrap gap-2">
          <Link href="/teach/cohorts" className={buttonSecondary}>
            Cohorts
          </Link>
          <Link href="/teach/assignments/new" className={buttonPrimary}>
            New assignment
          </Link>
        </div>
      </div>

      <section className={card} aria-labelledby="review-heading" data-testid="awaiting-review">
        <h2 id="review-heading" className="text-lg font-semibold">
          Awaiting review{" "}
          {awaitingReview.length > 0 ? <span className="tabular-nums">({awaitingReview.length})</span> : null}
        </h2>
        {awaitingReview.length === 0 ? (
          <p className={`${muted} mt-1`}>
            {assignments.length === 0
              ? "Submissions appear here once candidates hand in assigned work."
              : "Nothing to review: every submission has feedback."}
          </p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
            {awaitingReview.map((w) => (
              <li key={w.memberId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <span className="min-w-0">
                  <Link href={`/teach/assignments/${w.assignmentId}/members/${w.memberId}`} className={linkClass}>
                    {w.candidateName}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-300"> · {w.assignmentTitle}</span>
                </span>
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  submitted <LocalTime iso={w.submittedAt} timeZone={timeZone} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assignments-heading" data-testid="teach-assignments">
        <h2 id="assignments-heading" className="text-lg font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <div className={`${card} mt-2`}>
            <p className={muted}>
              No assignments yet. Pick lessons, quizzes, lab scenarios or a mock interview, and choose who gets them and
              by when.
            </p>
            <p className="mt-3">
              <Link href="/teach/assignments/new" className={linkClass}>
                Create your first assignment
              </Link>
            </p>
          </div>
        ) : (
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {assignments.map((a) => (
              <li key={a.id}>
                <AssignmentCard assignment={a} now={now} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cohorts-heading" data-testid="teach-cohorts">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="cohorts-heading" className="text-lg font-semibold">
            Cohorts
          </h2>
          <Link href="/teach/cohorts" className={`${linkClass} text-sm`}>
            Manage cohorts
          </Link>
        </div>
        {cohorts.length === 0 ? (
          <div className={`${card} mt-2`}>
            <p className={muted}>
              A cohort is a group of candidates who join with a code; assign work to the whole group at once.
            </p>
            <p className="mt-3">
              <Link href="/teach/cohorts" className={linkClass}>
                Create a cohort
              </Link>
            </p>
          </div>
        ) : (
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {cohorts.map((c) => (
              <li key={c.id} className={`${card} space-y-2`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/teach/cohorts/${c.id}`} className={linkClass}>
                    {c.name}
                  </Link>
                  <span className={muted}>
                    {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
                  </span>
                </div>
                <p className="text-sm">
                  Join code{" "}
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono font-semibold tracking-wider dark:bg-slate-800">
                    {c.joinCode}
                  </span>
                </p>
                <p className={muted}>
                  Candidates enter it at{" "}
                  <Link href="/join" className={linkClass}>
                    /join
                  </Link>
                  , or open <span className="whitespace-nowrap font-mono text-xs">/join/{c.joinCode}</span>.
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

/**
 * One assignment: due date, and a bar split into reviewed / submitted / overdue / still working, with the numbers in
 * words beside it.
 */
function AssignmentCard({ assignment: a, now, timeZone }: { assignment: AssignmentRow; now: Date; timeZone: string }) {
  const waiting = a.submittedCount - a.reviewedCount;
  const working = Math.max(0, a.memberCount - a.submittedCount - a.overdueCount);
  const past = new Date(a.dueAt).getTime() < now.getTime();
  const segments = [
    { n: a.reviewedCount, cls: "bg-emerald-600 dark:bg-emerald-500" },
    { n: waiting, cls: "bg-amber-500 dark:bg-amber-400" },
    { n: a.overdueCount, cls: "bg-rose-600 dark:bg-rose-500" },
    { n: working, cls: "bg-slate-300 dark:bg-slate-600" },
  ];
  return (
    <article className={`${card} h-full space-y-2`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={`/teach/assignments/${a.id}`} className={`${linkClass} min-w-0 break-words`}>
          {a.title}
        </Link>
        <span className={`text-sm ${past ? "text-muted" : "text-slate-600 dark:text-slate-300"}`}>
          {past ? "was due" : "due"} <LocalTime iso={a.dueAt} timeZone={timeZone} withTime={false} />
        </span>
      </div>
      {a.memberCount === 0 ? (
        <p className={muted}>No candidates yet: add them from the assignment page.</p>
      ) : (
        <>
          <div aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
            {segments.map((s, i) =>
              s.n > 0 ? <div key={i} className={s.cls} style={{ width: `${(s.n / a.memberCount) * 100}%` }} /> : null,
            )}
          </div>
          <p className="text-sm tabular-nums text-slate-700 dark:text-slate-200">
            {a.submittedCount}/{a.memberCount} submitted · {a.reviewedCount} reviewed
            {waiting > 0 ? (
              <>
                {" "}
                · <span className="font-semibold text-amber-800 dark:text-amber-300">{waiting} to review</span>
              </>
            ) : null}
            {a.overdueCount > 0 ? (
              <>
                {" "}
                · <span className="font-semibold text-rose-700 dark:text-rose-300">{a.overdueCount} overdue</span>
              </>
            ) : null}
          </p>
        </>
      )}
    </article>
  );
}
