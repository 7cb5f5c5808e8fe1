"use client";

import { useActionState } from "react";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { NewPasswordField } from "@/components/ui/new-password-field";
import { TextField } from "@/components/ui/text-field";
import { buttonPrimary } from "@/components/ui/class-names";
import { changePasswordAction } from "../actions";
import { fieldError, FormStatus } from "./form-status";

/** A new password, with the current one as proof; the same strength rule as at sign-up. */
export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  return (
    <form
      action={action}
      className="space-y-4"
      aria-labelledby="password-heading"
      aria-busy={pending}
      key={state?.ok ? "done" : "open"}
    >
      <h2 id="password-heading" className="text-lg font-semibold">
        Password
      </h2>
      <FormStatus state={state} />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        required
        maxLength={TEXT_LIMITS.password}
        autoComplete="current-password"
        error={fieldError(state, "currentPassword")}
      />
      <NewPasswordField name="newPassword" label="New password" error={fieldError(state, "newPassword")} />
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
