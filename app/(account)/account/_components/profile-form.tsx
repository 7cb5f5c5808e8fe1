"use client";

import { useActionState } from "react";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { TextField } from "@/components/ui/text-field";
import { buttonPrimary } from "@/components/ui/class-names";
import { updateProfileAction } from "../actions";
import { fieldError, FormStatus } from "./form-status";

/** Name and email. The email must be free: another account's is refused. */
export function ProfileForm({ name, email }: { name: string; email: string }) {
  const [state, action, pending] = useActionState(updateProfileAction, null);
  return (
    <form action={action} className="space-y-4" aria-labelledby="profile-heading" aria-busy={pending}>
      <h2 id="profile-heading" className="text-lg font-semibold">
        Name and email
      </h2>
      <FormStatus state={state} />
      <TextField
        name="name"
        label="Name"
        defaultValue={name}
        required
        maxLength={TEXT_LIMITS.userName}
        autoComplete="name"
        error={fieldError(state, "name")}
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        defaultValue={email}
        required
        maxLength={TEXT_LIMITS.email}
        autoComplete="email"
        hint="You sign in with it."
        error={fieldError(state, "email")}
      />
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {pending ? "Saving…" : "Save name and email"}
      </button>
    </form>
  );
}
