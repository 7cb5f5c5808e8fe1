import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/class-names";
import { AttemptForm } from "@/components/quiz/attempt-form";
import { AttemptResults } from "@/components/quiz/attempt-results";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { getInterview, getQuizAttempt, getQuizDraft, MAX_ANSWER_LENGTH, openItem, type MemberItemDto } from "@/lib/db";
import { startQuizAction } from "../../../../quiz/actions";
import { quizActions } from "../../../../quiz/form-actions";
import { reviewDayFor } from "../../../../quiz/review-date";
import { completeLessonAction, startItemAction } from "../../../actions";
import { ITEM_KIND_LABELS } from "@/lib/assignments/schema";
import { markText } from "@/lib/assignments/table";
import { interviewPrompt } from "@/lib/content/interviews";
import { RubricLevels } from "@/components/interview/rubric-levels";
import { Page } from "@/components/ui/page";
import { ItemStatusBadge } from "@/components/assignments/status-badges";
import { readerTimeZone } from "@/lib/request/time-zone";
import { assignmentIdSchema, itemHref, itemNumberSchema } from "../../../params";
import { Heartbeat } from "./_components/heartbeat";
import { LabItem } from "./_components/lab-item";

export const metadata: Metadata = { title: "Assignment item" };

const ERRORS: Record<string, string> = {
  locked: "You have submitted this assignment, so its answers can no longer change.",
  "missing-content": "This item's content is no longer available. Tell the interviewer who set it.",
  invalid: "That action does not apply to this item.",
};

function StartForm({ assignmentId, item, label }: { assignmentId: string; item: MemberItemDto; label: string }) {
  return (
    <form action={startItemAction}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="item" value={item.position + 1} />
      <button type="submit" className={buttonPrimary} disabled={!item.exists}>
        {label}
      </button>
    </form>
  );
}

export default async function ItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string; position: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { assignmentId, position } = await params;
  const user = await requirePageRole(ROLES, `/assignments/${assignmentId}/items/${position}`);
  const id = assignmentIdSchema.safeParse(assignmentId);
  const number = itemNumberSchema.safeParse(position);
  if (!id.success || !number.success) notFound();
  const actor = { id: user.id, role: user.role };
  const r = await openItem(actor, id.data, number.data - 1, new Date());
  if (!r.ok) notFound();
  const { assignment: a, item, previous, next } = r.data;
  const errorKey = (await searchParams).error;
  const error = typeof errorKey === "string" ? (ERRORS[errorKey] ?? "That did not work. Try again.") : null;
  const attempt = item.kind === "quiz" && item.quizAttemptId ? await getQuizAttempt(actor, item.quizAttemptId) : null;
  const session =
    item.kind === "interview" && item.interviewSessionId ? await getInterview(actor, item.interviewSessionId) : null;
  const counting = !a.locked && item.status !== "not-started";
  const timeZone = await readerTimeZone();

  return (
    <Page measure={item.kind === "lab" ? "full" : "reading"} className="space-y-5">
      {counting ? <Heartbeat assignmentId={a.id} item={item.position + 1} /> : null}
      <nav aria-label="Assignment" className="flex flex-wrap items-center gap-2 text-sm">
        <Link
          href={`/assignments/${a.id}`}
          className="min-w-0 truncate text-slate-600 underline underline-offset-2 dark:text-slate-300"
        >
          {a.title}
        </Link>
        <span aria-hidden="true" className="text-slate-400">
          /
        </span>
        <span>
          Item {item.position + 1} of {a.items.length}
        </span>
      </nav>
      <header className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">{ITEM_KIND_LABELS[item.kind]}</p>
          <h1 className="text-2xl font-bold tracking-tight break-words">{item.title}</h1>
        </div>
        <ItemStatusBadge status={item.status} />
      </header>
      {a.locked ? (
        <p
          role="status"
          className="rounded-lg border border-violet-300 bg-violet-50 px-3 py-2 text-sm text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100"
        >
          Submitted: this is a read-only view of what you handed in.
        </p>
      ) : null}
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm font-medium text-rose-700 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-300"
        >
          {error}
        </p>
      ) : null}
      {!item.exists ? (
        <p className={card}>
          This item&apos;s content is no longer available. Tell {a.ownerName}, who set the assignment.
        </p>
      ) : item.kind === "lab" ? (
        item.status === "not-started" && a.locked ? (
          <p className={card}>You did not open this lab before submitting.</p>
        ) : item.status === "not-started" ? (
          <div className={`${card} space-y-3`}>
            <p>
              Run the scenario in the lab, then answer the task. Your run uses{" "}
              {a.seedMode === "pinned" ? "the same seed as everyone else" : "your own seed"} ({a.seed}), and it saves as
              you go.
            </p>
            <StartForm assignmentId={a.id} item={item} label="Open the lab" />
          </div>
        ) : (
          <LabItem
            assignmentId={a.id}
            item={item.position + 1}
            scenario={item.ref}
            seed={a.seed}
            task={item.task}
            labRun={item.labRun}
            answer={item.answer}
            savedAt={item.updatedAt}
            locked={a.locked}
            maxLength={MAX_ANSWER_LENGTH}
            timeZone={timeZone}
          />
        )
      ) : item.kind === "quiz" ? (
        attempt ? (
          attempt.status === "open" && !a.locked ? (
            <>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Your answers save as you type; they are graded when you press Submit at the end. Scenario questions use
                your variant.
              </p>
              <AttemptForm attempt={attempt} savedDraft={await getQuizDraft(actor, attempt.id)} actions={quizActions} />
            </>
          ) : (
            <AttemptResults
              attempt={attempt}
              startQuiz={startQuizAction}
              reviewOn={await reviewDayFor(actor, attempt)}
            />
          )
        ) : a.locked ? (
          <p className={card}>You did not start this quiz before submitting.</p>
        ) : (
          <div className={`${card} space-y-3`}>
            <p>
              Answer every question, then press Submit at the end of the quiz: it is graded then, and answers cannot
              change afterwards.
            </p>
            <StartForm assignmentId={a.id} item={item} label="Start the quiz" />
          </div>
        )
      ) : item.kind === "interview" ? (
        <>
          <div className={`${card} space-y-3`}>
            {session?.ok ? (
              <>
                <p>
                  A solo mock interview, timed and saved as you go.{" "}
                  {session.session.status === "finished"
                    ? "You finished it."
                    : a.locked
                      ? "It was ended when you submitted."
                      : "Finish it in the interview room; this item is done when it ends."}
                </p>
                <Link href={`/interviews/${session.session.id}`} className={`${buttonPrimary} inline-block`}>
                  {session.session.status === "finished" || a.locked
                    ? "Open the interview"
                    : "Continue in the interview room"}
                </Link>
              </>
            ) : a.locked ? (
              <p>You did not start this interview before submitting.</p>
            ) : (
              <>
                <p>
                  A solo mock interview on this prompt: a timer, phases and notes that save as you type. This item is
                  done when you finish it.
                </p>
                <StartForm assignmentId={a.id} item={item} label="Start the interview" />
              </>
            )}
          </div>
          {item.interviewerLevels.length > 0 ? (
            <section aria-labelledby="rubric-heading" className={`${card} space-y-3`}>
              <h2 id="rubric-heading" className="text-lg font-semibold">
                {a.ownerName}&apos;s rubric: {markText(item.kind, item.score, item.maxScore) ?? "not scored"}
              </h2>
              <RubricLevels rubric={interviewPrompt(item.ref)?.rubric ?? []} scores={item.interviewerLevels} />
            </section>
          ) : null}
        </>
      ) : (
        <div className={`${card} space-y-3`}>
          <p>Read the lesson, then mark it done here. {item.status === "done" ? "You have read it." : ""}</p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/learn/${item.ref}`} className={buttonSecondary}>
              Read the lesson
            </Link>
            {item.status === "done" ? (
              <span className="inline-flex items-center rounded-lg px-3 py-2 text-sm font-semibold text-emerald-700 dark:text-emerald-300">
                ✓ Done
              </span>
            ) : a.locked ? null : (
              <form action={completeLessonAction}>
                <input type="hidden" name="assignmentId" value={a.id} />
                <input type="hidden" name="item" value={item.position + 1} />
                <button type="submit" className={buttonPrimary}>
                  Mark done
                </button>
              </form>
            )}
          </div>
        </div>
      )}
      <nav
        aria-label="Items"
        className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4 dark:border-slate-800"
      >
        {previous !== null ? (
          <Link href={itemHref(a.id, previous)} className={buttonSecondary}>
            ← Previous item
          </Link>
        ) : (
          <span />
        )}
        {next !== null ? (
          <Link href={itemHref(a.id, next)} className={buttonSecondary}>
            Next item →
          </Link>
        ) : (
          <Link href={`/assignments/${a.id}`} className={buttonSecondary}>
            Back to the assignment
          </Link>
        )}
      </nav>
    </Page>
  );
}
