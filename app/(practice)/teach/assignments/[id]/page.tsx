import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonSecondary, card } from "@/components/ui/class-names";
import { idSchema } from "@/lib/assignments/schema";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { getAssignmentTable } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { ClearDraft } from "../../_components/clear-draft";
import { CopyLink } from "../../_components/copy-link";
import { NEW_ASSIGNMENT_DRAFT_KEY } from "../../_components/draft-key";
import { LocalTime } from "@/components/ui/local-time";
import { AddMembersForm } from "./_components/add-members-form";
import { CandidateTable } from "./_components/candidate-table";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const created = (await searchParams).created === "1";
  const user = await requirePageRole(rolesAllowed("assignment.view-table"), `/teach/assignments/${id}`);
  if (!idSchema.safeParse(id).success) notFound();
  const result = await getAssignmentTable({ id: user.id, role: user.role }, id, new Date());
  if (!result.ok) notFound();
  const t = result.table;
  const timeZone = await readerTimeZone();
  const invited = t.rows.filter((r) => r.inviteToken !== null);
  return (
    <Page className="space-y-5">
      {created ? <ClearDraft storageKey={NEW_ASSIGNMENT_DRAFT_KEY} /> : null}
      <p className="text-sm">
        <Link href="/teach/assignments" className="underline">
          All assignments
        </Link>
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-bold tracking-tight break-words">{t.title}</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Due <LocalTime iso={t.dueAt} timeZone={timeZone} /> ·{" "}
            {t.seedMode === "pinned" ? `everyone gets seed ${t.pinnedSeed ?? "—"}` : "a different seed per candidate"}
            {t.cohort ? (
              <>
                {" "}
                · cohort{" "}
                <Link href={`/teach/cohorts/${t.cohort.id}`} className="underline">
                  {t.cohort.name}
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <a href={`/teach/assignments/${t.id}/export.csv`} download className={buttonSecondary}>
          Export CSV
        </a>
      </div>
      {created ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
        >
          Assignment created.{" "}
          {invited.length > 0 ? "Send the invitation links below to the people without an account." : ""}
        </p>
      ) : null}
      {t.instructions ? (
        <p className="whitespace-pre-wrap text-slate-700 dark:text-slate-200">{t.instructions}</p>
      ) : null}
      {t.rows.length === 0 ? (
        <div className={card}>
          <p className="font-medium">No candidates yet.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Add them by email below
            {t.cohort ? ", or share the cohort's join link: people who join get this assignment" : ""}.
          </p>
        </div>
      ) : (
        <CandidateTable assignmentId={t.id} items={t.items} rows={t.rows} />
      )}
      {invited.length > 0 ? (
        <section className={`${card} space-y-2`} aria-labelledby="invites-heading">
          <h2 id="invites-heading" className="text-lg font-semibold">
            Invitations not yet accepted
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Quorum sends no email. Send each person their link; it enrols them when they sign up or sign in.
          </p>
          <ul className="space-y-2">
            {invited.map((r) => (
              <li key={r.memberId} className="space-y-1 text-sm">
                <span className="font-medium">{r.email}</span>
                <CopyLink path={`/invitations/${r.inviteToken ?? ""}`} label={`Invitation link for ${r.email}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AddMembersForm assignmentId={t.id} />
    </Page>
  );
}
