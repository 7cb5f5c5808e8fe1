"use server";

import { asForm, formText } from "@/lib/http/form-data";
import { RESET_REFUSALS, resetPassword } from "@/lib/db";

export type ResetFormState = { ok: true } | { ok: false; message?: string; password?: string } | null;

/** Sets the new password through the link; the token is bounded and checked in lib/db, nothing changes on a refusal. */
export async function resetPasswordAction(_previous: ResetFormState, form: FormData): Promise<ResetFormState> {
  form = asForm(form);
  const r = await resetPassword(formText(form, "token"), { password: formText(form, "password") }, new Date());
  if (r.ok) return { ok: true };
  if ("reason" in r) return { ok: false, message: RESET_REFUSALS[r.reason] };
  return { ok: false, ...(r.fieldErrors.password ? { password: r.fieldErrors.password } : {}) };
}
