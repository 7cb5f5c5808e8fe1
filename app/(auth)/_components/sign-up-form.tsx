"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { fieldErrorsOf, signUpSchema, WRONG_CREDENTIALS, type FieldErrors } from "@/lib/auth/schemas";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "@/components/ui/new-password-field";
import { TextField } from "@/components/ui/text-field";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { UNREACHABLE } from "./messages";

// The strength check's dictionaries (about 1 MB) load when the password field is first focused, not with the page.
let strength: Promise<typeof import("@/lib/auth/password-strength")> | undefined;
const loadStrength = () =>
  (strength ??= import("@/lib/auth/password-strength").catch((error: unknown) => {
    strength = undefined; // a failed download is tried again on the next submit
    throw error;
  }));

const ALREADY_AN_ACCOUNT =
  "You could not be signed in with this email and password. If you already have an account, sign in with the password you chose for it.";

/** `inviteToken`: signing up from an assignment invitation link accepts it with the new account. */
export function SignUpForm({ inviteToken }: { inviteToken?: string } = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      ...(inviteToken ? { inviteToken } : {}),
    };
    const basic = signUpSchema.safeParse(input);
    if (!basic.success) {
      setErrors(fieldErrorsOf(basic.error));
      return;
    }
    setPending(true);
    setErrors({});
    try {
      // The same strength check the server runs.
      const { strongSignUpSchema } = await loadStrength();
      const parsed = strongSignUpSchema.safeParse(input);
      if (!parsed.success) {
        setErrors(fieldErrorsOf(parsed.error));
        setPending(false);
        return;
      }
      const response = await fetch("/api/account", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(parsed.data),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { fieldErrors?: FieldErrors; error?: string };
        setErrors(
          body.fieldErrors ?? { form: body.error ?? "Your account could not be created. Try again in a moment." },
        );
        setPending(false);
        return;
      }
      const accepted = (await response.json().catch(() => ({}))) as { assignmentId?: string };
      // The server answers a taken email like a new account (so the answer does not reveal it); signing in tells them
      // apart.
      const result = await signIn("credentials", {
        email: parsed.data.email,
        password: parsed.data.password,
        redirect: false,
      });
      if (!result?.ok || result.error) {
        const reason =
          result?.error && result.error !== "CredentialsSignin" && result.error !== WRONG_CREDENTIALS
            ? result.error
            : ALREADY_AN_ACCOUNT;
        setErrors({ form: reason });
        setPending(false);
        return;
      }
      // An accepted invitation lands on its assignment; one that could not be accepted on the page that says why.
      window.location.assign(
        accepted.assignmentId
          ? `/assignments/${encodeURIComponent(accepted.assignmentId)}`
          : inviteToken
            ? `/invitations/${inviteToken}`
            : "/dashboard",
      );
    } catch {
      setErrors({ form: UNREACHABLE });
      setPending(false);
    }
  }

  return (
    <form noValidate method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      <FormAlert message={errors.form} />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={TEXT_LIMITS.userName}
        error={errors.name}
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={TEXT_LIMITS.email}
        error={errors.email}
      />
      <NewPasswordField name="password" label="Password" onFocus={() => void loadStrength()} error={errors.password} />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
