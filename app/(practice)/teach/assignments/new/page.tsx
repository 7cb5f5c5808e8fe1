import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { itemCatalog, listCohorts } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { AssignmentForm } from "./_components/assignment-form";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({
  searchParams,
}: {
  searchParams: Promise<{ cohort?: string | string[] }>;
}) {
  const user = await requirePageRole(rolesAllowed("assignment.create"), "/teach/assignments/new");
  const actor = { id: user.id, role: user.role };
  const [catalog, cohorts, timeZone] = [itemCatalog(actor), await listCohorts(actor), await readerTimeZone()];
  if (!catalog.ok) notFound();
  // From a cohort's page: preselect it, but only if it is one of this interviewer's cohorts.
  const wanted = (await searchParams).cohort;
  const cohortId = cohorts.find((c) => c.id === wanted)?.id;
  return (
    <Page className="space-y-4">
      <p className="text-sm">
        <Link href="/teach/assignments" className="underline">
          All assignments
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">New assignment</h1>
      <p className="text-slate-600 dark:text-slate-300">
        Pick lessons, quizzes, lab scenarios and mock interviews; choose who gets them and by when.
      </p>
      <AssignmentForm
        catalog={catalog.catalog}
        cohorts={cohorts}
        timeZone={timeZone}
        {...(cohortId ? { cohortId } : {})}
      />
    </Page>
  );
}
