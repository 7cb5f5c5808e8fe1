import type { Metadata } from "next";
import Link from "next/link";
import { buttonPrimary, card } from "@/components/ui/class-names";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { listAssignments } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Assignments you set" };

export default async function AssignmentsPage() {
  const user = await requirePageRole(rolesAllowed("assignment.list"), "/teach/assignments");
  const [assignments, timeZone] = await Promise.all([
    listAssignments({ id: user.id, role: user.role }, new Date()),
    readerTimeZone(),
  ]);
  return (
    <Page className="space-y-4">
      <p className="text-sm">
        <Link href="/teach" className="underline">
          Teaching
        </Link>{" "}
        ·{" "}
        <Link href="/teach/cohorts" className="underline">
          Cohorts
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Assignments you set</h1>
        <Link href="/teach/assignments/new" className={`${buttonPrimary} ml-auto`}>
          New assignment
        </Link>
      </div>
      {assignments.length === 0 ? (
        <div className={card}>
          <p className="font-medium">No assignments yet.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Create one to give candidates lessons, quizzes, lab tasks and mock interviews with a due date, then review
            what they submit here.
          </p>
        </div>
      ) : (
        <ul className="space-y-2">
          {assignments.map((a) => (
            <li key={a.id}>
              <Link
                href={`/teach/assignments/${a.id}`}
                className={`${card} block hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600`}
              >
                <span className="block font-semibold">{a.title}</span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">
                  Due <LocalTime iso={a.dueAt} timeZone={timeZone} /> · {a.itemCount}{" "}
                  {a.itemCount === 1 ? "item" : "items"}
                  {a.cohortName ? ` · cohort ${a.cohortName}` : ""}
                </span>
                <span className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <span>
                    {a.counts.total} {a.counts.total === 1 ? "candidate" : "candidates"}
                  </span>
                  <span className="text-amber-800 dark:text-amber-300">{a.counts.submitted} to review</span>
                  <span className="text-emerald-800 dark:text-emerald-300">{a.counts.reviewed} reviewed</span>
                  <span>{a.counts["in-progress"]} in progress</span>
                  <span>{a.counts["not-started"]} not started</span>
                  {a.counts.overdue > 0 ? (
                    <span className="font-medium text-rose-700 dark:text-rose-300">{a.counts.overdue} overdue</span>
                  ) : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
