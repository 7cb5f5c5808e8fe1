import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { getQuiz } from "@/lib/content/lessons";
import { StartQuizForm } from "@/components/quiz/start-quiz-form";
import { ASSIGNED_ONLY } from "@/lib/db";
import { startQuizAction } from "../actions";
import { Page } from "@/components/ui/page";

/** The quiz's own title in the tab; an unknown id gets the page's 404 and a plain title. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const quiz = getQuiz((await params).id);
  return { title: quiz ? `${quiz.title}: quiz` : "Quiz" };
}

export default async function QuizStartPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await requirePageRole(ROLES, `/quiz/${id}`);
  const quiz = getQuiz(id);
  if (!quiz) notFound();
  const sp = await searchParams;
  const scenarios = quiz.questions.filter((q) => q.type === "scenario").length;
  return (
    <Page measure="reading">
      <p className="text-sm text-muted">
        <Link href={`/learn/${quiz.lesson}`} className="underline">
          Back to the lesson
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{quiz.title}: quiz</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        {quiz.questions.length} questions, {scenarios} of them scenario questions whose answers are computed by the
        simulator for your variant.
      </p>
      {sp.error ? (
        <p
          role="alert"
          className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {sp.error === "held-by-assignment" ? ASSIGNED_ONLY : `This quiz could not be started (${String(sp.error)}).`}
        </p>
      ) : null}
      {quiz.questions.length === 0 ? (
        <p className="mt-6">This quiz has no graded questions yet.</p>
      ) : (
        <StartQuizForm quizId={quiz.id} startQuiz={startQuizAction} />
      )}
    </Page>
  );
}
