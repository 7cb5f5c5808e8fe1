import { z } from "zod";
import { hasControlCharacters, TEXT_LIMITS } from "@/lib/text-limits";

/**
 * Credential schemas shared by the browser forms and the server, so both give
 * the same messages. Pure: safe to import from client components.
 */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * What the sign-up form says about passwords before anyone types one (lib/auth/password-strength.ts checks the second
 * half).
 */
export const PASSWORD_RULE = `At least ${MIN_PASSWORD_LENGTH} characters, and not easy to guess: no common passwords, single words, names or keyboard patterns. A few unrelated words work well.`;

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(TEXT_LIMITS.email, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like ada@example.com." }))
  .transform((value) => value.toLowerCase());

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(TEXT_LIMITS.userName, `Keep your name under ${TEXT_LIMITS.userName} characters.`)
    .refine((name) => !hasControlCharacters(name), "Use letters, digits and punctuation in your name."),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(TEXT_LIMITS.password, `Use at most ${TEXT_LIMITS.password} characters.`),
  /** From an assignment invitation link: the new account accepts it as it is created. */
  inviteToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, "This invitation link is not valid.")
    .optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(TEXT_LIMITS.password, `Use at most ${TEXT_LIMITS.password} characters.`),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Account settings: the name and email a user may change (the same rules as at sign-up). */
export const profileSchema = signUpSchema.pick({ name: true, email: true });

/** A password change: the current one (as at sign-in) and the new one (as at sign-up, then the strength check). */
export const passwordChangeSchema = z.object({
  currentPassword: signInSchema.shape.password,
  newPassword: signUpSchema.shape.password,
});

/** What a failed sign-in tells the user: never which of the two was wrong. */
export const WRONG_CREDENTIALS = "The email or password is wrong.";
/** Said only to someone who gave the right password, so it reveals nothing a wrong guess could learn. */
export const ACCOUNT_DEACTIVATED =
  "This account has been deactivated, so it cannot sign in. Ask an administrator of this Quorum to reactivate it.";

/** Field errors as the forms show them: the first message per field. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}
