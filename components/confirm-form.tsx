"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/class-names";

export type ConfirmState = { error: string | null };

/**
 * The button of a confirmation page: links that used to act on GET (join a
 * cohort or an interview, accept an invitation) now show what will happen,
 * and only this POST does it. The server action redirects on success and
 * returns the reason otherwise.
 */
export function ConfirmForm({
  action,
  fields,
  label,
  pendingLabel,
}: {
  action: (state: ConfirmState, form: FormData) => Promise<ConfirmState>;
  fields: Readonly<Record<string, string>>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.error ? (
        <p role="alert" className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {state.error}
        </p>
      ) : null}
      <button type="submit" className={buttonPrimary} disabled={pending} aria-busy={pending}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
