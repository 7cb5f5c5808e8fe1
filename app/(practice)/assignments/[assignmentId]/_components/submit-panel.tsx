"use client";

import { useActionState, useState } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";
import { useHydrated } from "@/components/ui/use-hydrated";
import { submitAssignmentAction, type SubmitState } from "../../actions";

/** Submit with a confirmation step: the consequence (answers lock) is stated before the final click. */
export function SubmitPanel({
  assignmentId,
  notDone,
  openQuizzes,
}: {
  assignmentId: string;
  notDone: number;
  openQuizzes: number;
}) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitAssignmentAction, { error: null });
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Quizzes are graded when you press the Submit button at the end of each quiz; do that before submitting the
        assignment
        {openQuizzes > 0 ? ` (${openQuizzes === 1 ? "one quiz is" : `${openQuizzes} quizzes are`} still open)` : ""}.
      </p>
      {state.error ? (
        <p
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm font-medium text-rose-700 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-300"
        >
          {state.error}
        </p>
      ) : null}
      {!confirming && hydrated ? (
        <button type="button" className={buttonPrimary} onClick={() => setConfirming(true)}>
          Submit assignment…
        </button>
      ) : (
        <div
          role="group"
          aria-labelledby="confirm-submit"
          className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950"
        >
          <p id="confirm-submit" className="text-sm font-medium text-amber-900 dark:text-amber-100">
            Submitting locks your answers: you will not be able to change any item afterwards.
            {notDone > 0
              ? ` ${notDone === 1 ? "One item is" : `${notDone} items are`} not done yet and will be handed in as they are.`
              : ""}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              name="confirm"
              value="yes"
              disabled={pending}
              aria-busy={pending}
              className={buttonPrimary}
            >
              {pending ? "Submitting…" : "Yes, submit and lock"}
            </button>
            {hydrated ? (
              <button type="button" className={buttonSecondary} onClick={() => setConfirming(false)} disabled={pending}>
                Keep working
              </button>
            ) : null}
          </div>
        </div>
      )}
    </form>
  );
}
