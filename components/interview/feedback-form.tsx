"use client";
import { useEffect, useState } from "react";
import { z } from "zod";
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from "@/components/autosave/local-copy";
import { SaveStatusLine } from "@/components/autosave/save-status";
import { useRetryingSave, type SendOutcome } from "@/components/autosave/use-retrying-save";
import { useWarnBeforeLeaving } from "@/components/autosave/use-warn-before-leaving";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { buttonPrimary, card, inputClass } from "@/components/ui/class-names";

type Texts = { interviewerNotes: string; feedback: string };
const copySchema = z.object({
  interviewerNotes: z.string().max(TEXT_LIMITS.interviewerNotes),
  feedback: z.string().max(TEXT_LIMITS.interviewFeedback),
});

/** One POST of the feedback route: 2xx saved, 4xx refused for good, anything else (5xx, no network) worth retrying. */
async function post(
  sessionId: string,
  body: { interviewerNotes: string; feedback?: string; submit: boolean },
): Promise<SendOutcome> {
  const response = await fetch(`/api/interviews/${sessionId}/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.ok) return { kind: "saved" };
  return response.status >= 400 && response.status < 500
    ? { kind: "refused", message: "the server did not accept it; reload the page." }
    : { kind: "retry" };
}

/**
 * The interviewer's private notes on the candidate's reasoning, and the feedback the candidate reads once
 * submitted. Both save as you type (the candidate sees nothing before Submit); once feedback is submitted,
 * only the private notes autosave: a change to the feedback goes out with Submit again, stays in this
 * browser until then, and leaving with it asks first.
 */
export function FeedbackForm({
  sessionId,
  initialNotes,
  initialFeedback,
  submitted,
}: {
  sessionId: string;
  initialNotes: string;
  initialFeedback: string;
  submitted: boolean;
}) {
  const key = `quorum.interview-feedback.${sessionId}`;
  const [texts, setTexts] = useState<Texts>({ interviewerNotes: initialNotes, feedback: initialFeedback });
  /** The feedback the candidate can read now; null before the first submit. */
  const [releasedFeedback, setReleasedFeedback] = useState<string | null>(submitted ? initialFeedback : null);
  const released = releasedFeedback !== null;
  const { status, queue, flush } = useRetryingSave<Texts>({
    send: async (value) => {
      const outcome = await post(sessionId, {
        interviewerNotes: value.interviewerNotes,
        ...(released ? {} : { feedback: value.feedback }),
        submit: false,
      });
      const allSent = !released || value.feedback === releasedFeedback;
      if (
        outcome.kind === "saved" &&
        allSent &&
        JSON.stringify(readLocalCopy(key, copySchema)) === JSON.stringify(value)
      )
        clearLocalCopy(key);
      return outcome;
    },
    debounceMs: 1_000,
  });
  const edit = (next: Texts) => {
    setTexts(next);
    writeLocalCopy(key, next);
    queue(next);
  };

  // What the server never confirmed (a failed save, then a reload) comes back and is sent again.
  useEffect(() => {
    const unsaved = readLocalCopy(key, copySchema);
    if (!unsaved) return;
    // A one-time read of browser storage, which the server render cannot see.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTexts(unsaved);
    queue(unsaved);
  }, [key, queue]);
  useEffect(() => () => void flush(), [flush]);

  const [submitError, setSubmitError] = useState<string | null>(null);
  const submit = async () => {
    const outcome = await post(sessionId, { ...texts, submit: true }).catch((): SendOutcome => ({ kind: "retry" }));
    setSubmitError(
      outcome.kind === "saved" ? null : "Not submitted: try again in a moment. What you wrote is kept in this browser.",
    );
    if (outcome.kind === "saved") {
      setReleasedFeedback(texts.feedback);
      clearLocalCopy(key);
    }
  };

  const unsubmittedChange = released && texts.feedback !== releasedFeedback;
  useWarnBeforeLeaving(unsubmittedChange);

  return (
    <section className={`${card} space-y-2`} aria-labelledby="feedback-form-heading">
      <h2 id="feedback-form-heading" className="font-semibold">
        Your notes and feedback
      </h2>
      <label className="block text-sm font-medium" htmlFor="interviewer-notes">
        How the candidate reasons (private)
      </label>
      <LimitedTextarea
        id="interviewer-notes"
        maxLength={TEXT_LIMITS.interviewerNotes}
        className={`${inputClass} min-h-24`}
        value={texts.interviewerNotes}
        onChange={(e) => edit({ ...texts, interviewerNotes: e.target.value })}
      />
      <label className="block text-sm font-medium" htmlFor="interviewer-feedback">
        Feedback for the candidate
      </label>
      <LimitedTextarea
        id="interviewer-feedback"
        maxLength={TEXT_LIMITS.interviewFeedback}
        className={`${inputClass} min-h-32`}
        value={texts.feedback}
        onChange={(e) => edit({ ...texts, feedback: e.target.value })}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonPrimary}
          disabled={texts.feedback.trim().length === 0}
          onClick={() => void submit()}
        >
          {released ? "Submit changes" : "Submit feedback"}
        </button>
        {submitError ? (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
            {submitError}
          </p>
        ) : released ? (
          <p role="status" className="text-sm">
            {unsubmittedChange
              ? "Your change to the feedback is kept in this browser: the candidate sees it once you submit it."
              : "Feedback submitted: the candidate can read it."}
          </p>
        ) : null}
      </div>
      <SaveStatusLine
        status={status}
        savedText={released ? "Notes saved." : "Saved: the candidate sees the feedback only once you submit it."}
      />
    </section>
  );
}
