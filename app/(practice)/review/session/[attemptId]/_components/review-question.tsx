"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AttemptDto, AttemptQuestionDto } from "@/lib/db";
import type { AttemptDraft } from "@/lib/quiz/draft";
import { toResponse } from "@/lib/quiz/draft";
import { SaveStatusLine } from "@/components/autosave/save-status";
import { QuestionField } from "@/components/quiz/question-field";
import { ScenarioSetup } from "@/components/quiz/scenario-setup";
import { useQuizDrafts } from "@/components/quiz/use-quiz-drafts";
import { useHydrated } from "@/components/ui/use-hydrated";
import { buttonPrimary } from "@/components/ui/class-names";
import { quizActions } from "../../../../quiz/form-actions";

/**
 * The card to answer: its question and answer field (saved as you type, like a quiz), and "Show answer", which
 * grades it once and reveals the key and the rating buttons.
 */
export function ReviewQuestion({
  attempt,
  card,
  savedDraft,
}: {
  attempt: AttemptDto;
  card: AttemptQuestionDto;
  savedDraft: AttemptDraft | null;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const { drafts, setDraft, status, hasSaved } = useQuizDrafts(attempt, savedDraft, quizActions.saveDraft);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const q = card.question;

  const reveal = async () => {
    const d = drafts[q.id];
    const response = d ? toResponse(q, d) : null;
    if (!response) return setError("Choose or type an answer first.");
    setPending(true);
    const r = await quizActions
      .answer({ attemptId: attempt.id, expectedTries: 0, answer: { questionId: q.id, response } })
      .catch(() => ({ ok: false as const, error: "The answer did not reach the server: try again." }));
    setPending(false);
    setError(r.ok ? null : r.error);
    if (r.ok) router.refresh();
  };

  return (
    <form
      className="mt-4 rounded-xl border border-slate-200 p-4 dark:border-slate-700"
      data-testid="review-question"
      onSubmit={(e) => {
        e.preventDefault();
        void reveal();
      }}
      aria-busy={pending}
    >
      <fieldset aria-describedby={error ? "review-error" : undefined}>
        <legend className="font-semibold [overflow-wrap:anywhere]">{q.prompt}</legend>
        {q.scenario ? <ScenarioSetup scenario={q.scenario} /> : null}
        <div className="mt-3">
          <QuestionField
            question={q}
            draft={drafts[q.id] ?? {}}
            disabled={pending}
            onChange={(d) => setDraft(q.id, d)}
          />
        </div>
      </fieldset>
      {error ? (
        <p id="review-error" role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={!hydrated || pending} className={buttonPrimary}>
          Show answer
        </button>
        <SaveStatusLine status={status} idleText={hasSaved ? "Saved." : "Answers save as you type."} />
      </div>
    </form>
  );
}
