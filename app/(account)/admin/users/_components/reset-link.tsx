"use client";

import { useActionState, useState } from "react";
import { LocalTime } from "@/components/ui/local-time";
import { issueResetLinkAction, type ResetLinkState } from "../actions";

/**
 * Issues a one-time password reset link for the account and shows it once, with a copy button: only its hash is
 * stored, so closing the page loses it (issue another; that voids this one).
 */
export function ResetLink({ userId, email, timeZone }: { userId: string; email: string; timeZone: string }) {
  const [state, action, pending] = useActionState<ResetLinkState, FormData>(issueResetLinkAction, null);
  const [copied, setCopied] = useState(false);
  const link = state?.ok ? new URL(state.link, window.location.href).toString() : "";
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Issue a password reset link for ${email}`}
        className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {pending ? "Issuing…" : "Reset link"}
      </button>
      {state?.ok ? (
        <div className="space-y-1" data-testid="reset-link">
          <label className="block text-xs">
            Shown once: copy it now and give it to {email}.
            <input
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 block w-full min-w-56 rounded border border-slate-300 bg-white px-1.5 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
            />
          </label>
          <p className="text-xs text-muted">
            Works once, until <LocalTime iso={state.expiresAt} timeZone={timeZone} />.{" "}
            <button
              type="button"
              className="underline"
              onClick={() => void navigator.clipboard.writeText(link).then(() => setCopied(true))}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </p>
        </div>
      ) : state?.ok === false ? (
        <p role="alert" className="text-xs text-rose-600">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
