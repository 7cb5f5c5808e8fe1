"use server";

import { redirect } from "next/navigation";
import { asForm } from "@/lib/http/form-data";
import { z } from "zod";
import type { ConfirmState } from "@/components/confirm-form";
import { getCurrentUser } from "@/lib/session/current-user";
import { joinInterview } from "@/lib/db";

// Join codes are 8 letters and digits; lib/db checks the exact shape, this only bounds the input.
const codeSchema = z.string().trim().min(1).max(32);

/**
 * Takes the candidate's seat of the led interview the code belongs to, then opens it; otherwise says there is nothing
 * to join.
 */
export async function joinInterviewAction(_state: ConfirmState, form: FormData): Promise<ConfirmState> {
  form = asForm(form);
  const code = codeSchema.safeParse(form.get("code"));
  const user = await getCurrentUser();
  if (!user) return { error: "Sign in again to join the interview." };
  const result = code.success ? await joinInterview({ id: user.id, role: user.role }, code.data) : null;
  if (result && !result.ok && result.error === "throttled") return { error: result.message };
  if (!result?.ok)
    return {
      error:
        "There is no interview waiting for a candidate with this code. It may have been taken already: ask the interviewer for a new link.",
    };
  redirect(`/interviews/${result.id}`);
}
