import type { AttemptDto } from "@/lib/db";
import { FeedbackPanel } from "./feedback-panel";
import { ScenarioSetup } from "./scenario-setup";

/**
 * A submitted attempt: score, then each question with its explanation, witness and buttons.
 * `startQuiz` (the route's start action) is for the attempt's own taker: a reviewer reading someone else's answers gets no practice buttons.
 */
export function AttemptResults({ attempt, startQuiz }: { attempt: AttemptDto; startQuiz?: (form: FormData) => Promise<void> }) {
  return (
    <div className="mt-4">
      <p className="text-lg" data-testid="score">
        Score: {(attempt.score ?? 0).toFixed(1).replace(/\.0$/, "")} / {attempt.maxScore ?? 0}
      </p>
      <ol className="mt-4 space-y-6">
        {attempt.questions.map(({ question: q, answer, feedback }) => (
          <li key={q.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700" data-testid={`result-${q.id}`}>
            <p className="font-semibold">{q.prompt}</p>
            {q.scenario ? <ScenarioSetup scenario={q.scenario} /> : null}
            {feedback ? <FeedbackPanel feedback={feedback} answer={answer} /> : null}
            {startQuiz && q.scenario && attempt.quizId !== "review" ? (
              <form action={startQuiz} className="mt-2">
                <input type="hidden" name="quizId" value={attempt.quizId} />
                <input type="hidden" name="questionId" value={q.id} />
                <input type="hidden" name="feedback" value="deferred" />
                <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm">
                  Try a fresh variant
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
