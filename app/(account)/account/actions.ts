"use server";

import { revalidatePath } from "next/cache";
import { ROLES } from "@/lib/auth/roles";
import { asForm, formText } from "@/lib/http/form-data";
import { getCurrentUser } from "@/lib/session/current-user";
import { changePassword, updateAccountProfile, type AccountResult } from "@/lib/db";

export type AccountFormState = AccountResult | null;

async function actor() {
  const user = await getCurrentUser();
  return user && ROLES.includes(user.role) ? user : null;
}

const SIGNED_OUT: AccountResult = { ok: false, fieldErrors: { form: "You are signed out: sign in again." } };

/** Name and email: validated and checked for a taken email in lib/db; nothing changes on a refusal. */
export async function updateProfileAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  form = asForm(form);
  const user = await actor();
  if (!user) return SIGNED_OUT;
  const r = await updateAccountProfile(user, { name: formText(form, "name"), email: formText(form, "email") });
  if (r.ok) revalidatePath("/", "layout");
  return r;
}

/** A new password, with the current one. */
export async function changePasswordAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  form = asForm(form);
  const user = await actor();
  if (!user) return SIGNED_OUT;
  return changePassword(
    user,
    { currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword") },
    new Date(),
  );
}
