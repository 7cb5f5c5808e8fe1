"use client";

import { useActionState } from "react";
import { buttonPrimary, inputClass } from "@/components/ui/class-names";
import { joinCohortAction, type JoinState } from "../actions";

export function JoinForm({ initialError, initialCode }: { initialError: string | null; initialCode: string }) {
  const [state, action, pending] = useActionState<JoinState, FormData>(joinCohortAction, {
    error: initialError,
    code: initialCode,
  });
  return (
    <form action={action} className="space-y-3" noValidate>
      <div>
        <label htmlFor="join-code" className="block text-sm font-medium">
          Join code
        </label>
        <input
          id="join-code"
          name="code"
          defaultValue={state.code}
          key={state.code}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "join-code-error" : "join-code-hint"}
          className={`${inputClass} mt-1 max-w-xs font-mono tracking-widest uppercase`}
        />
        {state.error ? (
          <p id="join-code-error" role="alert" className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
            {state.error}
          </p>
        ) : (
          <p id="join-code-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            8 letters and digits, like K7PM2QXD. Capitals and spaces do not matter.
          </p>
        )}
      </div>
      <button type="submit" className={buttonPrimary} disabled={pending} aria-busy={pending}>
        {pending ? "Joining…" : "Join the cohort"}
      </button>
    </form>
  );
}
