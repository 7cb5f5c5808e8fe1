import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/class-names";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { getMemberAssignment } from "@/lib/db";
import { startItemAction } from "../actions";
import { formatDuration, relativeTime } from "@/lib/dates";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { ITEM_KIND_LABELS } from "@/lib/assignments/schema";
import { markText } from "@/lib/assignments/table";
import { SequenceProgress } from "@/components/ui/sequence-progress";
import { ItemStatusBadge, NewFeedbackBadge, StatusBadge } from "@/components/assignments/status-badges";
import { assignmentIdSchema, itemHref } from "../params";
import { SubmitPanel } from "./_components/submit-panel";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { assignmentId } = await params;
  const user = await requirePageRole(ROLES, `/assignments/${assignmentId}`);
  if (!assignmentIdSchema.safeParse(assignmentId).success) notFound();
  const now = new Date();
  // This page shows the feedback, so opening it marks the feedback read (see getMemberAssignment).
  const r = await getMemberAssignment({ id: user.id, role: user.role }, assignmentId, now, { markFeedbackSeen: true });
  if (!r.ok) notFound();
  const a = r.data;
  const timeZone = await readerTimeZone();
  const justSubmitted = (await searchParams).submitted === "1";
  const notDone = a.items.filter((i) => i.status !== "done").length;
  const openQuizzes = a.items.filter((i) => i.kind === "quiz" && i.quizAttemptId && i.status !== "done").length;
  return (
    <Page className="space-y-6">
      <p className="text-sm">
        <Link href="/assignments" className="text-slate-600 underline underline-offset-2 dark:text-slate-300">
          All assignments
        </Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-start gap-3">
          <h1 className="min-w-0 flex-1 text-2xl font-bold tracking-tight break-words">{a.title}</h1>
          <StatusBadge status={a.status} />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          From {a.ownerName} ·{" "}
          {a.status === "overdue" ? (
            <strong className="text-rose-700 dark:text-rose-300">was due {relativeTime(a.dueAt, now)}</strong>
          ) : (
            <>due {relativeTime(a.dueAt, now)}</>
          )}{" "}
          (<LocalTime iso={a.dueAt} timeZone={timeZone} />)
          {a.seedMode === "per-candidate" ? " · your own variant of each scenario" : ""}
        </p>
      </header>
      {justSubmitted && a.locked ? (
        <p
          role="status"
          className="rounded-lg border border-violet-300 bg-violet-50 px-3 py-2 text-sm font-medium text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100"
        >
          Submitted. Your answers are locked; {a.ownerName} will review them.
        </p>
      ) : null}
      {a.status === "reviewed" ? (
        <section aria-labelledby="feedback-heading" className={`${card} border-emerald-300 dark:border-emerald-800`}>
          <div className="flex flex-wrap items-center gap-2">
            <h2 id="feedback-heading" className="font-semibold">
              Feedback from {a.ownerName}
            </h2>
            {a.feedbackUnread ? <NewFeedbackBadge label="New" /> : null}
          </div>
          {a.reviewedAt ? (
            <p className="text-xs text-muted">
              Reviewed <LocalTime iso={a.reviewedAt} timeZone={timeZone} />
            </p>
          ) : null}
          <p className="mt-2 whitespace-pre-wrap">
            {a.feedback?.trim() ? a.feedback : "Reviewed without written feedback."}
          </p>
        </section>
      ) : null}
      {a.instructions.trim() ? (
        <section aria-labelledby="instructions-heading" className={card}>
          <h2 id="instructions-heading" className="font-semibold">
            Instructions
          </h2>
          <p className="mt-2 whitespace-pre-wrap text-slate-700 dark:text-slate-200">{a.instructions}</p>
        </section>
      ) : null}
      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          Items, in order
        </h2>
        {a.items.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-300">This assignment has no items.</p>
        ) : (
          <div className="mt-2 max-w-sm">
            <SequenceProgress done={a.items.length - notDone} total={a.items.length} noun="items done" />
          </div>
        )}
        <ol className="mt-2 space-y-2">
          {a.items.map((item) => (
            <li key={item.position} className={`${card} flex flex-wrap items-center gap-3`}>
              <span
                className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold dark:bg-slate-800"
                aria-hidden="true"
              >
                {item.position + 1}
              </span>
              <span className="min-w-0 flex-1 basis-[calc(100%-3rem)] sm:basis-0">
                <span className="block text-xs font-semibold tracking-wide text-muted uppercase">
                  {ITEM_KIND_LABELS[item.kind]}
                </span>
                <span className="block font-medium break-words">{item.title}</span>
                <span className="mt-0.5 block text-xs text-muted">
                  {[
                    item.score !== null && item.maxScore
                      ? `Score ${markText(item.kind, item.score, item.maxScore)}${item.kind === "lab" || item.kind === "interview" ? ` from ${a.ownerName}` : ""}`
                      : null,
                    item.timeSpentMs > 0 ? `${formatDuration(item.timeSpentMs)} spent` : null,
                    item.exists ? null : "No longer available: tell the interviewer.",
                  ]
                    .filter((part) => part !== null)
                    .join(" · ")}
                </span>
              </span>
              <span className="ml-10 flex items-center gap-2 sm:ml-0">
                <ItemStatusBadge status={item.status} />
                {a.locked || item.status !== "not-started" ? (
                  <Link
                    href={itemHref(a.id, item.position)}
                    className={buttonSecondary}
                    aria-label={`${a.locked ? "View" : "Continue"} item ${item.position + 1}: ${item.title}`}
                  >
                    {a.locked ? "View" : "Continue"}
                  </Link>
                ) : (
                  <form action={startItemAction}>
                    <input type="hidden" name="assignmentId" value={a.id} />
                    <input type="hidden" name="item" value={item.position + 1} />
                    <button
                      type="submit"
                      className={buttonPrimary}
                      disabled={!item.exists}
                      aria-label={`Start item ${item.position + 1}: ${item.title}`}
                    >
                      Start
                    </button>
                  </form>
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {a.locked ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {a.submittedAt ? (
            <>
              Submitted <LocalTime iso={a.submittedAt} timeZone={timeZone} />.{" "}
            </>
          ) : null}
          Your answers are locked{a.status === "submitted" ? "; feedback appears here once it is reviewed" : ""}.
        </p>
      ) : (
        <section aria-labelledby="submit-heading" className={card}>
          <h2 id="submit-heading" className="font-semibold">
            Hand it in
          </h2>
          <div className="mt-2">
            <SubmitPanel assignmentId={a.id} notDone={notDone} openQuizzes={openQuizzes} />
          </div>
        </section>
      )}
    </Page>
  );
}
