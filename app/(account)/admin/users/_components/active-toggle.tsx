"use client";

import { useActionState } from "react";
import { setActiveAction, type AdminActionState } from "../actions";

export function ActiveToggle({
  userId,
  deactivated,
  disabled,
  email,
}: {
  userId: string;
  deactivated: boolean;
  disabled: boolean;
  email: string;
}) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(setActiveAction, null);
  return (
    <form
      action={action}
      className="flex items-start gap-1 max-sm:flex-col sm:items-center sm:gap-2"
      onSubmit={(event) => {
        const question = deactivated
          ? `Reactivate ${email}? They can sign in again (their old sessions stay ended).`
          : `Deactivate ${email}? They are signed out everywhere and cannot sign in; their data is kept.`;
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={deactivated ? "true" : "false"} />
      <span className="whitespace-nowrap">{deactivated ? "Deactivated" : "Active"}</span>
      <button
        type="submit"
        disabled={disabled || pending}
        aria-label={`${deactivated ? "Reactivate" : "Deactivate"} ${email}`}
        className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {pending ? "Saving…" : deactivated ? "Reactivate" : "Deactivate"}
      </button>
      {state?.ok === false ? (
        <span role="alert" className="text-rose-600">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
