"use server";

import { redirect } from "next/navigation";
import { asForm } from "@/lib/http/form-data";
import type { ConfirmState } from "@/components/confirm-form";
import { getCurrentUser } from "@/lib/session/current-user";
import { joinInterview } from "@/lib/db";
import { interviewCodeSchema, NO_INTERVIEW_FOR_CODE } from "../../join-code";

/**
 * Takes the candidate's seat of the led interview the code belongs to, then opens it; otherwise says there is nothing
 * to join.
 */
export async function joinInterviewAction(_state: ConfirmState, form: FormData): Promise<ConfirmState> {
  form = asForm(form);
  const code = interviewCodeSchema.safeParse(form.get("code"));
  const user = await getCurrentUser();
  if (!user) return { error: "Sign in again to join the interview." };
  const result = code.success ? await joinInterview({ id: user.id, role: user.role }, code.data) : null;
  if (result && !result.ok && result.error === "throttled") return { error: result.message };
  if (!result?.ok) return { error: NO_INTERVIEW_FOR_CODE };
  redirect(`/interviews/${result.id}`);
}
