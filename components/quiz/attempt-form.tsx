"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { answerQuestionAction, submitAttemptAction } from "@/app/(practice)/quiz/actions";
import type { AttemptDto } from "@/lib/db";
import { CERTAINTIES, type Certainty } from "@/lib/quiz/schema";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialDraft, toResponse, type Draft } from "./draft";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionField } from "./question-field";
import { ScenarioSetup } from "./scenario-setup";

/** Taking an attempt: immediate mode checks each question, deferred mode submits all at the end. */
export function AttemptForm({ attempt }: { attempt: AttemptDto }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(attempt.questions.map((q) => [q.question.id, initialDraft(q.question)])));
  const [certainty, setCertainty] = useState<Record<string, Certainty>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const answerOf = (id: string) => {
    const q = attempt.questions.find((x) => x.question.id === id)?.question;
    const d = drafts[id];
    const response = q && d ? toResponse(q, d) : null;
    return response ? { questionId: id, response, ...(attempt.certainty ? { certainty: certainty[id] ?? "low" } : {}) } : null;
  };

  const check = (id: string, tries: number) => {
    const answer = answerOf(id);
    if (!answer) return setErrors({ ...errors, [`question:${id}`]: "Choose or type an answer first." });
    startTransition(async () => {
      const r = await answerQuestionAction({ attemptId: attempt.id, expectedTries: tries, answer });
      if (!r.ok) setErrors({ ...errors, ...(r.fieldErrors ?? {}), [`question:${id}`]: r.fieldErrors?.[`question:${id}`] ?? r.error });
      else {
        setErrors({ ...errors, [`question:${id}`]: "" });
        router.refresh();
      }
    });
  };

  const submit = () => {
    const answers = attempt.questions.flatMap((q) => (q.answer?.final ? [] : [answerOf(q.question.id)].filter((a) => a !== null)));
    startTransition(async () => {
      const r = await submitAttemptAction({ attemptId: attempt.id, answers });
      if (!r.ok) {
        setFormError(r.error);
        setErrors(r.fieldErrors ?? {});
      } else router.refresh();
    });
  };

  return (
    <form
      className="mt-6 space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-busy={pending}
    >
      {formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {formError}
        </p>
      ) : null}
      {attempt.questions.map(({ question: q, answer, feedback }, index) => {
        const locked = answer?.final === true;
        const error = errors[`question:${q.id}`];
        return (
          <fieldset key={q.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700" data-testid={`question-${q.id}`} aria-describedby={error ? `err-${q.id}` : undefined}>
            <legend className="px-1 font-semibold">
              {index + 1}. {q.prompt}
            </legend>
            {q.scenario ? <ScenarioSetup scenario={q.scenario} /> : null}
            <div className="mt-3">
              <QuestionField question={q} draft={drafts[q.id] ?? {}} disabled={locked || pending} onChange={(d) => setDrafts({ ...drafts, [q.id]: d })} />
            </div>
            {attempt.certainty ? (
              <label className="mt-2 flex items-center gap-2 text-sm">
                How sure are you?
                <select value={certainty[q.id] ?? "low"} disabled={locked} onChange={(e) => setCertainty({ ...certainty, [q.id]: e.target.value as Certainty })} className="rounded border px-1 dark:bg-slate-900">
                  {CERTAINTIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {error ? (
              <p id={`err-${q.id}`} role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
                {error}
              </p>
            ) : null}
            {attempt.feedback === "immediate" && !locked ? (
              <div className="mt-3 flex items-center gap-3">
                <button type="button" disabled={!hydrated || pending} onClick={() => check(q.id, answer?.tries ?? 0)} className="rounded border border-sky-700 px-3 py-1 text-sky-800 disabled:opacity-50 dark:text-sky-300">
                  Check answer
                </button>
                {answer && !answer.correct ? <span className="text-sm">Not quite: one more try, for half credit.</span> : null}
              </div>
            ) : null}
            {locked && feedback ? <FeedbackPanel feedback={feedback} answer={answer} /> : null}
          </fieldset>
        );
      })}
      <button type="submit" disabled={!hydrated || pending} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50">
        {pending ? "Saving…" : attempt.feedback === "immediate" ? "Finish the quiz" : "Submit answers"}
      </button>
    </form>
  );
}
