import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { getQuizAttempt, getQuizDraft, REVIEW_QUIZ_ID } from "@/lib/db";
import { startQuizAction } from "../../actions";
import { quizActions } from "../../form-actions";
import { reviewDayFor } from "../../review-date";
import { AttemptForm } from "@/components/quiz/attempt-form";
import { AttemptResults } from "@/components/quiz/attempt-results";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Quiz attempt" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageRole(ROLES, `/quiz/attempts/${attemptId}`);
  const attempt = await getQuizAttempt(user, attemptId);
  if (!attempt) notFound();
  // A review session is answered and rated one card at a time, on its own page.
  if (attempt.quizId === REVIEW_QUIZ_ID) redirect(`/review/session/${attempt.id}`);
  return (
    <Page measure="reading">
      <p className="text-sm text-muted">
        {attempt.lesson ? (
          <Link href={`/learn/${attempt.lesson}`} className="underline">
            Back to the lesson
          </Link>
        ) : (
          <Link href="/review" className="underline">
            Back to review
          </Link>
        )}
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{attempt.title}</h1>
      {attempt.status === "open" ? (
        <AttemptForm attempt={attempt} savedDraft={await getQuizDraft(user, attempt.id)} actions={quizActions} />
      ) : (
        <AttemptResults attempt={attempt} startQuiz={startQuizAction} reviewOn={await reviewDayFor(user, attempt)} />
      )}
    </Page>
  );
}
