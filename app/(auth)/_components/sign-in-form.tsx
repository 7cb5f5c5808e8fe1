"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { fieldErrorsOf, signInSchema, WRONG_CREDENTIALS, type FieldErrors } from "@/lib/auth/schemas";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { UNREACHABLE } from "./messages";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    const result = await signIn("credentials", { ...parsed.data, redirect: false }).catch(() => null);
    if (result === null) {
      setPending(false);
      setErrors({ form: UNREACHABLE });
      return;
    }
    if (result?.ok && !result.error) {
      // A full navigation: a client push can land on a redirect prefetched while signed out.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setErrors({ form: result?.error && result.error !== "CredentialsSignin" ? result.error : WRONG_CREDENTIALS });
  }

  return (
    <form noValidate method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      <FormAlert message={errors.form} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={TEXT_LIMITS.email}
        error={errors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
