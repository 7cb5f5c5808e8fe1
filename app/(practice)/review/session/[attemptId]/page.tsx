import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ROLES } from "@/lib/auth/roles";
import { getQuizDraft, getReviewSession } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { requirePageRole } from "@/lib/session/current-user";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { ScenarioSetup } from "@/components/quiz/scenario-setup";
import { link } from "@/components/ui/class-names";
import { RatingButtons } from "./_components/rating-buttons";
import { ReviewProgress } from "./_components/review-progress";
import { ReviewQuestion } from "./_components/review-question";
import { ReviewSummary } from "./_components/review-summary";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Review session" };

/** One card at a time: answer, see the key, rate recall (1–4); the summary once every card is rated. */
export default async function ReviewSessionPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageRole(ROLES, `/review/session/${attemptId}`);
  const [session, timeZone] = await Promise.all([getReviewSession(user, attemptId, new Date()), readerTimeZone()]);
  if (!session) notFound();
  const { current } = session;
  return (
    <Page measure="reading">
      <p className="text-sm">
        <Link href="/review" className={link}>
          Back to the review queue
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Review session</h1>
      {current ? <ReviewProgress position={current.position} done={session.done} total={session.total} /> : null}
      {current && !current.choices ? (
        <ReviewQuestion
          attempt={session.attempt}
          card={current.card}
          savedDraft={await getQuizDraft(user, session.attempt.id)}
        />
      ) : null}
      {current?.choices && current.card.feedback ? (
        <div className="mt-4 rounded-xl border border-slate-200 p-4 dark:border-slate-700" data-testid="review-answer">
          <h2 className="font-semibold [overflow-wrap:anywhere]">{current.card.question.prompt}</h2>
          {current.card.question.scenario ? <ScenarioSetup scenario={current.card.question.scenario} /> : null}
          <FeedbackPanel feedback={current.card.feedback} answer={current.card.answer} />
          <RatingButtons
            attemptId={session.attempt.id}
            questionId={current.card.question.id}
            choices={current.choices}
          />
        </div>
      ) : null}
      {session.summary ? <ReviewSummary summary={session.summary} total={session.total} timeZone={timeZone} /> : null}
    </Page>
  );
}
