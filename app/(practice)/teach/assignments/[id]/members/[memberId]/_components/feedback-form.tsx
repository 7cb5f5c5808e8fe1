"use client";
import { useActionState, useEffect, useRef } from "react";
import { useFormDraft } from "@/components/autosave/use-form-draft";
import { buttonPrimary, inputClass } from "@/components/ui/class-names";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import { saveFeedbackAction, type FeedbackState } from "../../../../../actions";
import { ScoreFields, type ScoreRow } from "./score-fields";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { TEXT_LIMITS } from "@/lib/text-limits";

const INITIAL: FeedbackState = { error: null, saved: false, fieldErrors: {}, values: null };

/**
 * The review: points for lab items, a rubric for interview items and written feedback, saved together; saving marks
 * it reviewed. The candidate reads what is saved, so nothing goes to the server before Save: a draft (the chosen
 * levels included) stays in this browser, back after a reload, and leaving with one asks first.
 */
export function FeedbackForm({
  assignmentId,
  memberId,
  initial,
  scores = [],
}: {
  assignmentId: string;
  memberId: string;
  initial: string;
  scores?: readonly ScoreRow[];
}) {
  const [state, action, pending] = useActionState<FeedbackState, FormData>(
    saveFeedbackAction.bind(null, { assignmentId, memberId }),
    INITIAL,
  );
  const hydrated = useHydrated();
  const feedbackError = state.fieldErrors.feedback;
  // React resets the form after every action; on a failed save the boxes come back with what was typed (see values).
  const feedbackValue = state.values?.feedback ?? initial;
  const form = useRef<HTMLFormElement>(null);
  const draft = useFormDraft(form, `quorum.member-feedback.${memberId}`);
  const { clear } = draft;
  useEffect(() => {
    if (state.saved) clear();
  }, [state, clear]);
  return (
    <form ref={form} action={action} onInput={draft.onInput} className="space-y-4">
      {scores.length > 0 ? <ScoreFields rows={scores} values={state.values} errors={state.fieldErrors} /> : null}
      <div>
        <label className="block text-sm font-medium">
          Your feedback <span className="font-normal text-muted">(the candidate reads it)</span>
          <LimitedTextarea
            key={feedbackValue}
            name="feedback"
            defaultValue={feedbackValue}
            rows={6}
            maxLength={TEXT_LIMITS.memberFeedback}
            required
            aria-invalid={feedbackError ? true : undefined}
            aria-describedby={feedbackError ? "feedback-error" : undefined}
            className={`${inputClass} mt-1 aria-invalid:border-rose-500`}
          />
        </label>
        {feedbackError ? (
          <p id="feedback-error" className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
            {feedbackError}
          </p>
        ) : null}
      </div>
      <FormAlert message={state.error ?? undefined} />
      {draft.kept && !pending ? (
        <p
          role="status"
          data-testid="save-status"
          data-status="local"
          className="text-sm text-slate-600 dark:text-slate-300"
        >
          Draft saved in this browser only: the candidate sees it once you press{" "}
          {initial ? "Update feedback" : "Save feedback"}.
        </p>
      ) : state.saved ? (
        <p
          role="status"
          data-testid="save-status"
          data-status="saved"
          className="text-sm font-medium text-emerald-700 dark:text-emerald-300"
        >
          Saved. The submission is marked reviewed.
        </p>
      ) : null}
      <button type="submit" className={buttonPrimary} disabled={pending || !hydrated}>
        {pending ? "Saving…" : initial ? "Update feedback" : "Save feedback"}
      </button>
    </form>
  );
}
