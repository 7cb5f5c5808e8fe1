import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonSecondary, card } from "@/components/ui/class-names";
import { idSchema } from "@/lib/assignments/schema";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { getCohort } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { CopyLink } from "../../_components/copy-link";
import { LocalTime } from "@/components/ui/local-time";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Cohort" };

export default async function CohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const created = (await searchParams).created === "1";
  const user = await requirePageRole(rolesAllowed("cohort.view"), `/teach/cohorts/${id}`);
  if (!idSchema.safeParse(id).success) notFound();
  const result = await getCohort({ id: user.id, role: user.role }, id);
  if (!result.ok) notFound();
  const c = result.cohort;
  const timeZone = await readerTimeZone();
  return (
    <Page className="space-y-5">
      <p className="text-sm">
        <Link href="/teach/cohorts" className="underline">
          All cohorts
        </Link>
      </p>
      <h1 className="break-words text-2xl font-bold tracking-tight">{c.name}</h1>
      {created ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
        >
          Cohort created. Share the join link below — Quorum sends no email.
        </p>
      ) : null}
      <section className={`${card} space-y-2`} aria-labelledby="join-heading">
        <h2 id="join-heading" className="text-lg font-semibold">
          Join link
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Code <span className="font-mono font-semibold">{c.joinCode}</span>. Whoever opens the link and signs in joins,
          and gets this cohort&apos;s assignments.
        </p>
        <CopyLink path={`/join/${c.joinCode}`} label="Join link" />
      </section>
      <section className="space-y-2" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members ({c.members.length})
        </h2>
        {c.members.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">Nobody has joined yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {c.members.map((m) => (
              <li key={m.id} className="flex flex-wrap items-baseline gap-x-3 px-3 py-2 text-sm">
                <span className="font-medium">{m.name}</span>
                <span className="min-w-0 break-all text-slate-600 dark:text-slate-300">{m.email}</span>
                <span className="ml-auto text-xs text-muted">
                  joined <LocalTime iso={m.joinedAt} timeZone={timeZone} withTime={false} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-2" aria-labelledby="assignments-heading">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            Assignments given to this cohort
          </h2>
          <Link href={`/teach/assignments/new?cohort=${c.id}`} className={`${buttonSecondary} ml-auto`}>
            New assignment
          </Link>
        </div>
        {c.assignments.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            None yet. Choose this cohort when you create an assignment.
          </p>
        ) : (
          <ul className="space-y-2">
            {c.assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/teach/assignments/${a.id}`} className={`${card} block hover:border-brand-600`}>
                  <span className="font-medium">{a.title}</span>
                  <span className="block text-sm text-slate-600 dark:text-slate-300">
                    Due <LocalTime iso={a.dueAt} timeZone={timeZone} /> · {a.memberCount}{" "}
                    {a.memberCount === 1 ? "candidate" : "candidates"}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
