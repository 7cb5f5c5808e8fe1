import type { AttemptDto } from "@/lib/db";
import { summarise } from "@/lib/quiz/results-summary";
import { verdictOf } from "@/lib/quiz/verdict";
import { FeedbackPanel } from "./feedback-panel";
import { ResultsSummaryView } from "./results-summary";
import { ScenarioSetup } from "./scenario-setup";
import { VerdictBadge } from "./verdict-badge";

/**
 * A submitted attempt: a summary first (score, right / partly right / wrong, by concept, what next), then
 * each question as one line with its verdict, opened where it was not fully right.
 * `startQuiz` (the route's start action) is for the attempt's own taker: a reviewer reading someone else's
 * answers gets no practice buttons. `reviewOn` is the day, in words, the missed questions come back.
 */
export function AttemptResults({
  attempt,
  startQuiz,
  reviewOn = null,
}: {
  attempt: AttemptDto;
  startQuiz?: (form: FormData) => Promise<void>;
  reviewOn?: string | null;
}) {
  const summary = summarise(
    attempt.questions.map(({ question, answer, feedback }) => ({
      questionId: question.id,
      concepts: question.concepts,
      answer,
      feedback,
    })),
  );
  const score = (Math.round((attempt.score ?? 0) * 10) / 10).toLocaleString("en-GB");
  return (
    <div className="mt-4 space-y-4">
      <ResultsSummaryView summary={summary} score={score} maxScore={attempt.maxScore ?? 0} reviewOn={reviewOn} />
      <h2 className="text-lg font-semibold">Question by question</h2>
      <ol className="space-y-2">
        {attempt.questions.map(({ question: q, answer, feedback }, index) => {
          const verdict = verdictOf(answer);
          return (
            <li
              key={q.id}
              id={`result-${q.id}`}
              className="scroll-mt-4 rounded-xl border border-slate-200 dark:border-slate-700"
              data-testid={`result-${q.id}`}
            >
              <details open={verdict.tone !== "right"} className="group">
                <summary className="flex cursor-pointer flex-col items-start gap-2 p-3">
                  <VerdictBadge tone={verdict.tone} label={`${verdict.word}: ${verdict.marks}`} />
                  <span className="font-medium [overflow-wrap:anywhere]">
                    {index + 1}. {q.prompt}
                  </span>
                </summary>
                <div className="px-4 pb-4">
                  {q.scenario ? <ScenarioSetup scenario={q.scenario} /> : null}
                  {feedback ? (
                    <FeedbackPanel
                      feedback={feedback}
                      answer={answer}
                      showVerdict={false}
                      labOrigin={{ from: "quiz", title: q.prompt, back: `/quiz/attempts/${attempt.id}#result-${q.id}` }}
                    />
                  ) : null}
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
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
