"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AnswerDto, AttemptDto } from "@/lib/db";
import { toResponse, type AttemptDraft } from "@/lib/quiz/draft";
import { CERTAINTIES, type Certainty, type Response } from "@/lib/quiz/schema";
import { SaveStatusLine } from "@/components/autosave/save-status";
import { useRetryingSave, type SendOutcome } from "@/components/autosave/use-retrying-save";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";
import { SequenceProgress } from "@/components/ui/sequence-progress";
import { useHydrated } from "@/components/ui/use-hydrated";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionField } from "./question-field";
import { ScenarioSetup } from "./scenario-setup";
import { useQuizDrafts, type SaveDraft } from "./use-quiz-drafts";

/**
 * What the form sends: one question checked (immediate feedback), or everything
 * submitted. A submit supersedes a check still waiting. Answers are read when
 * the request goes out, so a retry carries what the page shows by then.
 */
type Request = { kind: "check"; id: string; tries: number } | { kind: "submit" };

type OneAnswer = { questionId: string; response: Response; certainty?: Certainty };
type Refusal = { ok: false; error: string; fieldErrors?: Record<string, string> };

/** The server actions the form calls, passed in by the route (components never import app/). */
export interface QuizActions {
  readonly answer: (input: {
    attemptId: string;
    expectedTries: number;
    answer: OneAnswer;
  }) => Promise<{ ok: true; data: AnswerDto } | Refusal>;
  readonly submit: (input: { attemptId: string; answers: OneAnswer[] }) => Promise<{ ok: true } | Refusal>;
  readonly saveDraft: SaveDraft;
}

/**
 * Taking an attempt: immediate mode checks each question, deferred mode submits
 * all at the end. Typed answers save as you type (useQuizDrafts: this browser
 * at once, the server after a pause); Check and Submit send the answers
 * themselves, retried with backoff when a request fails, and say so.
 */
export function AttemptForm({
  attempt,
  savedDraft,
  actions,
}: {
  attempt: AttemptDto;
  savedDraft: AttemptDraft | null;
  actions: QuizActions;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const {
    drafts,
    certainty,
    setDraft,
    setCertainty,
    forget,
    status: draftStatus,
    hasSaved,
  } = useQuizDrafts(attempt, savedDraft, actions.saveDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const send = async (request: Request): Promise<SendOutcome> => {
    if (request.kind === "check") {
      const answer = answerOf(request.id);
      if (!answer) return { kind: "refused", message: "Choose or type an answer first." };
      const r = await actions.answer({ attemptId: attempt.id, expectedTries: request.tries, answer });
      const key = `question:${request.id}`;
      setErrors((e) => ({
        ...e,
        ...(r.ok ? {} : (r.fieldErrors ?? {})),
        [key]: r.ok ? "" : (r.fieldErrors?.[key] ?? r.error),
      }));
      if (!r.ok) return { kind: "refused", message: r.error };
      router.refresh();
      return { kind: "saved" };
    }
    const answers = attempt.questions.flatMap((q) =>
      q.answer?.final ? [] : [answerOf(q.question.id)].filter((a) => a !== null),
    );
    const r = await actions.submit({ attemptId: attempt.id, answers });
    setFormError(r.ok ? null : r.error);
    setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
    if (!r.ok) return { kind: "refused", message: r.error };
    forget();
    router.refresh();
    return { kind: "saved" };
  };
  const { status, queue, flush } = useRetryingSave<Request>({
    send,
    merge: (waiting, newer) => (waiting.kind === "submit" && newer.kind === "check" ? waiting : newer),
  });
  const pending = status.kind === "saving";

  const answerOf = (id: string) => {
    const q = attempt.questions.find((x) => x.question.id === id)?.question;
    const d = drafts[id];
    const response = q && d ? toResponse(q, d) : null;
    return response
      ? { questionId: id, response, ...(attempt.certainty ? { certainty: certainty[id] ?? "low" } : {}) }
      : null;
  };

  const check = (id: string, tries: number) => {
    const answer = answerOf(id);
    if (!answer) return setErrors({ ...errors, [`question:${id}`]: "Choose or type an answer first." });
    queue({ kind: "check", id, tries });
    void flush();
  };

  const submit = () => {
    queue({ kind: "submit" });
    void flush();
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
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {formError}
        </p>
      ) : null}
      <SequenceProgress
        done={
          attempt.questions.filter(({ question, answer }) => answer?.final === true || answerOf(question.id)).length
        }
        total={attempt.questions.length}
        noun="questions answered"
      />
      {attempt.questions.map(({ question: q, answer, feedback }, index) => {
        const locked = answer?.final === true;
        const error = errors[`question:${q.id}`];
        return (
          <fieldset
            key={q.id}
            className="rounded-xl border border-slate-200 p-4 dark:border-slate-700"
            data-testid={`question-${q.id}`}
            aria-describedby={error ? `err-${q.id}` : undefined}
          >
            <legend className="px-1 font-semibold [overflow-wrap:anywhere]">
              {index + 1}. {q.prompt}
            </legend>
            {q.scenario ? <ScenarioSetup scenario={q.scenario} /> : null}
            <div className="mt-3">
              <QuestionField
                question={q}
                draft={drafts[q.id] ?? {}}
                disabled={locked || pending}
                onChange={(d) => setDraft(q.id, d)}
              />
            </div>
            {attempt.certainty ? (
              <label className="mt-2 flex items-center gap-2 text-sm">
                How sure are you?
                <select
                  value={certainty[q.id] ?? "low"}
                  disabled={locked}
                  onChange={(e) => setCertainty(q.id, e.target.value as Certainty)}
                  className="rounded border px-1 dark:bg-slate-900"
                >
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
                <button
                  type="button"
                  disabled={!hydrated || pending}
                  onClick={() => check(q.id, answer?.tries ?? 0)}
                  className={buttonSecondary}
                >
                  Check answer
                </button>
                {answer && !answer.correct ? (
                  <span className="text-sm">Not quite: one more try, for half credit.</span>
                ) : null}
              </div>
            ) : null}
            {locked && feedback ? <FeedbackPanel feedback={feedback} answer={answer} /> : null}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={!hydrated || pending} className={buttonPrimary}>
          Submit answers
        </button>
        {/* One line: a Check or Submit on its way speaks for itself; otherwise the autosave of what is typed. */}
        <SaveStatusLine
          status={status.kind === "saving" || status.kind === "retrying" ? status : draftStatus}
          idleText={hasSaved ? "Saved." : "Answers save as you type."}
        />
      </div>
    </form>
  );
}
