import type { InputHTMLAttributes } from "react";
import { MIN_PASSWORD_LENGTH, PASSWORD_RULE } from "@/lib/auth/schemas";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { TextField } from "./text-field";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { name: string; label: string; error?: string };

/**
 * Where a person chooses a password (sign-up, reset link, account settings): the same length bounds and rule as the
 * server's, said beside it, and marked for password managers as a new password.
 */
export function NewPasswordField(props: Props) {
  return (
    <TextField
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={TEXT_LIMITS.password}
      hint={PASSWORD_RULE}
      {...props}
    />
  );
}
