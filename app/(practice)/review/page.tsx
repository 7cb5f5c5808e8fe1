import type { Metadata } from "next";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { reviewQueue } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";
import { startReviewAction } from "./actions";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Review" };

/** The daily review queue (FSRS): due cards, scenario ones with a fresh seed; practising ahead when none are due. */
export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(ROLES, "/review");
  const [queue, timeZone] = await Promise.all([reviewQueue(user, new Date()), readerTimeZone()]);
  const sp = await searchParams;
  return (
    <Page measure="reading">
      <h1 className="text-2xl font-bold tracking-tight">Review</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300" data-testid="review-count">
        {queue.due} due now, {queue.total} cards in total.
        {queue.nextDue ? (
          <>
            {" "}
            Next one due <LocalTime iso={queue.nextDue} timeZone={timeZone} />.
          </>
        ) : null}
      </p>
      <p className="mt-1 text-sm text-muted">
        Answer each card, see the answer, then rate how well you recalled it (keys 1–4): the rating sets when it comes
        back. Reviews do not count in your quiz score trend.
      </p>
      {sp.empty ? (
        <p role="status" className="mt-2 text-sm">
          Nothing is due right now.
        </p>
      ) : null}
      {queue.due > 0 ? (
        <form action={startReviewAction} className="mt-4">
          <input type="hidden" name="kind" value="due" />
          <button type="submit" className={buttonPrimary}>
            Start today&apos;s review
          </button>
        </form>
      ) : queue.total > 0 ? (
        <form action={startReviewAction} className="mt-4">
          <input type="hidden" name="kind" value="ahead" />
          <button type="submit" className={buttonSecondary}>
            Practise ahead
          </button>
          <span className="ml-3 text-sm text-muted">The cards due soonest, before their day.</span>
        </form>
      ) : null}
      {queue.total === 0 ? (
        <p className="mt-6">No cards yet: every question you answer in a quiz joins this queue.</p>
      ) : (
        <ul className="mt-6 space-y-2 text-sm" data-testid="review-cards">
          {queue.items.map((c) => (
            <li key={c.questionId} className="rounded border border-slate-200 p-2 dark:border-slate-700">
              <span>{c.prompt}</span>{" "}
              <span className="text-muted">
                due <LocalTime iso={c.due} timeZone={timeZone} withTime={false} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
