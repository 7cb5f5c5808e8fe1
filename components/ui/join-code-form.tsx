"use client";

import { useActionState, useId } from "react";
import { buttonPrimary, inputClass } from "./class-names";

/** What a join action answers when it does not redirect: the reason, beside the field, and the code as typed. */
export type JoinCodeState = { error: string | null; code: string };

/**
 * A join-code field and its button, shared by cohorts and mock interviews so a
 * wrong code reads the same in both: the reason under the field (role=alert,
 * aria-invalid), the code kept as typed, nothing changed on the server.
 */
export function JoinCodeForm({
  action,
  initial = { error: null, code: "" },
  submitLabel,
  hint = "8 letters and digits, like K7PM2QXD. Capitals and spaces do not matter.",
}: {
  action: (state: JoinCodeState, form: FormData) => Promise<JoinCodeState>;
  initial?: JoinCodeState;
  submitLabel: string;
  hint?: string;
}) {
  const [state, formAction, pending] = useActionState<JoinCodeState, FormData>(action, initial);
  const id = useId();
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div>
        <label htmlFor={`${id}-code`} className="block text-sm font-medium">
          Join code
        </label>
        <input
          id={`${id}-code`}
          name="code"
          defaultValue={state.code}
          key={state.code}
          required
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={`${id}-${state.error ? "error" : "hint"}`}
          className={`${inputClass} mt-1 max-w-xs font-mono tracking-widest uppercase`}
        />
        {state.error ? (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
            {state.error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {hint}
          </p>
        )}
      </div>
      <button type="submit" className={buttonPrimary} disabled={pending} aria-busy={pending}>
        {pending ? "Joining…" : submitLabel}
      </button>
    </form>
  );
}
