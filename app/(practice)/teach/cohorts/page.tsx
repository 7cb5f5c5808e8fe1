import type { Metadata } from "next";
import Link from "next/link";
import { card } from "@/components/ui/class-names";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { listCohorts } from "@/lib/db";
import { CopyLink } from "../_components/copy-link";
import { CreateCohortForm } from "./_components/create-cohort-form";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const user = await requirePageRole(rolesAllowed("cohort.view"), "/teach/cohorts");
  const cohorts = await listCohorts({ id: user.id, role: user.role });
  return (
    <Page className="space-y-4">
      <p className="text-sm">
        <Link href="/teach" className="underline">
          Teaching
        </Link>{" "}
        ·{" "}
        <Link href="/teach/assignments" className="underline">
          Assignments
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">Cohorts</h1>
      <p className="text-slate-600 dark:text-slate-300">
        Candidates join a cohort with its link or code. Assignments you give the cohort reach everyone in it, including
        people who join later.
      </p>
      <CreateCohortForm />
      {cohorts.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">No cohorts yet.</p>
      ) : (
        <ul className="space-y-2">
          {cohorts.map((c) => (
            <li key={c.id} className={`${card} space-y-2`}>
              <div className="flex flex-wrap items-baseline gap-x-3">
                <Link
                  href={`/teach/cohorts/${c.id}`}
                  className="font-semibold text-brand-700 underline dark:text-brand-300"
                >
                  {c.name}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  {c.memberCount} {c.memberCount === 1 ? "member" : "members"} · {c.assignmentCount}{" "}
                  {c.assignmentCount === 1 ? "assignment" : "assignments"} · code{" "}
                  <span className="font-mono">{c.joinCode}</span>
                </span>
              </div>
              <CopyLink path={`/join/${c.joinCode}`} label={`Join link for ${c.name}`} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
