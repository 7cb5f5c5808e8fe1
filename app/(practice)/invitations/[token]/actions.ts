"use server";

import { revalidatePath } from "next/cache";
import { asForm } from "@/lib/http/form-data";
import { redirect } from "next/navigation";
import type { ConfirmState } from "@/components/confirm-form";
import { getCurrentUser } from "@/lib/session/current-user";
import { claimInvitation } from "@/lib/db";
import { tokenSchema } from "./token";

const NOT_VALID = "This invitation link is not valid. Check that you copied all of it.";

/** Accepts the invitation for the signed-in account (holding the token is the proof) and opens the assignment. */
export async function acceptInvitationAction(_state: ConfirmState, form: FormData): Promise<ConfirmState> {
  form = asForm(form);
  const token = tokenSchema.safeParse(form.get("token"));
  if (!token.success) return { error: NOT_VALID };
  const user = await getCurrentUser();
  if (!user) return { error: "Sign in again to accept the invitation." };
  const result = await claimInvitation({ id: user.id, role: user.role }, token.data);
  if (!result.ok) return { error: result.message };
  revalidatePath("/assignments");
  redirect(`/assignments/${result.data.assignmentId}`);
}
