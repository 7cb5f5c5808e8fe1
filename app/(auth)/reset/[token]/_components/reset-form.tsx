"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "@/components/ui/new-password-field";
import { link } from "@/components/ui/class-names";
import { resetPasswordAction } from "../actions";

/** The new password for the account the link was issued for; on success, the way to sign in. */
export function ResetForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  if (state?.ok)
    return (
      <p role="status" className="text-sm">
        Your password is set, and any other session of this account has ended.{" "}
        <Link href="/sign-in" className={link}>
          Sign in
        </Link>{" "}
        with it.
      </p>
    );
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <FormAlert message={state?.message} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordField name="password" label="New password" error={state?.password} />
      <SubmitButton pending={pending} pendingLabel="Setting…">
        Set new password
      </SubmitButton>
    </form>
  );
}
