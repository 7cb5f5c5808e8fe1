import Link from "next/link";
import type { ComponentProps } from "@/lib/content/component-registry";
import { getQuiz } from "@/lib/content/lessons";

/** The quiz's review prompts as a "Check your understanding" list, and a link to its graded quiz. */
export function QuizEmbed({ id }: ComponentProps<"Quiz">) {
  const quiz = getQuiz(id);
  if (!quiz) throw new Error(`Unknown quiz ${id}`);
  const headingId = `quiz-${quiz.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="my-8 rounded-xl border border-slate-200 p-5 dark:border-slate-700 print:break-inside-avoid"
    >
      <p id={headingId} className="text-lg font-semibold">
        Check your understanding
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {quiz.title}: answer each in a few sentences, out loud or on paper.
      </p>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {quiz.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ol>
      {quiz.questions.length > 0 ? (
        <p className="mt-4 print:hidden">
          <Link href={`/quiz/${quiz.id}`} className="font-medium text-sky-800 underline dark:text-sky-300">
            Take the graded quiz ({quiz.questions.length} questions)
          </Link>
        </p>
      ) : null}
    </section>
  );
}
