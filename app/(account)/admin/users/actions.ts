"use server";

import { revalidatePath } from "next/cache";
import { asForm, formText } from "@/lib/http/form-data";
import { rolesAllowed, type RuleId } from "@/lib/auth/access-rules";
import { requireRole } from "@/lib/session/current-user";
import { env } from "@/lib/env";
import { changeUserRole, issuePasswordReset, setUserActive } from "@/lib/db";

export type AdminActionState = { ok: boolean; message: string } | null;

async function run(
  rule: RuleId,
  action: (actorId: string) => Promise<{ ok: true } | { ok: false; error: string }>,
  done: string,
): Promise<AdminActionState> {
  const auth = await requireRole(rolesAllowed(rule));
  if (!auth.ok) return { ok: false, message: "Only admins can manage users." };
  const result = await action(auth.user.id);
  if (!result.ok) return { ok: false, message: result.error };
  revalidatePath("/admin/users");
  return { ok: true, message: done };
}

export async function changeRoleAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  form = asForm(form);
  const input = { userId: form.get("userId"), role: form.get("role") };
  return run(
    "users.change-role",
    (actorId) => changeUserRole(actorId, input),
    `Role changed to ${formText(form, "role")}.`,
  );
}

export async function setActiveAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  form = asForm(form);
  // Only the form's own two words mean anything; any other value goes on as it came, for the schema to refuse.
  const raw = form.get("active");
  const active = raw === "true" ? true : raw === "false" ? false : raw;
  return run(
    "users.deactivate",
    (actorId) => setUserActive(actorId, { userId: form.get("userId"), active }),
    active === true ? "Account reactivated." : "Account deactivated.",
  );
}

export type ResetLinkState = { ok: true; link: string; expiresAt: string } | { ok: false; message: string } | null;

/**
 * Issues a one-time reset link for an account and returns it to be shown once: on the site's public URL when
 * NEXTAUTH_URL is set, else as a path the page completes with its own address.
 */
export async function issueResetLinkAction(_previous: ResetLinkState, form: FormData): Promise<ResetLinkState> {
  form = asForm(form);
  const auth = await requireRole(rolesAllowed("password-reset.issue"));
  if (!auth.ok) return { ok: false, message: "Only admins can issue reset links." };
  const r = await issuePasswordReset(auth.user.id, formText(form, "userId"), new Date());
  if (!r.ok) return { ok: false, message: "No such user." };
  const path = `/reset/${r.token}`;
  const site = env().NEXTAUTH_URL;
  return { ok: true, link: site ? new URL(path, site).toString() : path, expiresAt: r.expiresAt };
}
