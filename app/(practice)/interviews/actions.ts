"use server";
import { redirect } from "next/navigation";
import { asForm, formText } from "@/lib/http/form-data";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/session/current-user";
import { createInterview, joinInterview } from "@/lib/db";
import type { JoinCodeState } from "@/components/ui/join-code-form";
import { interviewCodeSchema, NO_INTERVIEW_FOR_CODE } from "./join-code";

const createSchema = z.object({
  promptSlug: z.string().min(1),
  mode: z.enum(["solo", "led"]),
  durationMin: z.coerce.number().int().min(5).max(120),
});

export type CreateState = { error: string | null };

const MESSAGES = {
  "unknown-prompt": "Pick a prompt from the list.",
  "not-found": "Only interviewers can lead a session.",
  "bad-duration": "Choose between 5 and 120 minutes.",
} as const;

/** Validate → lib/db → go to the new session. */
export async function createInterviewAction(_state: CreateState, form: FormData): Promise<CreateState> {
  form = asForm(form);
  const user = await getCurrentUser();
  if (!user || !ROLES.includes(user.role)) return { error: "Sign in to start an interview." };
  const input = createSchema.safeParse({
    promptSlug: form.get("promptSlug"),
    mode: form.get("mode") ?? "solo",
    durationMin: form.get("durationMin") ?? 45,
  });
  if (!input.success) return { error: "Pick a prompt and a duration between 5 and 120 minutes." };
  const result = await createInterview({ id: user.id, role: user.role }, input.data);
  if (!result.ok) return { error: MESSAGES[result.error] };
  redirect(`/interviews/${result.id}`);
}

/** The join form on /interviews: takes the seat and opens the interview, or says why not beside the field. */
export async function joinByCodeAction(_state: JoinCodeState, form: FormData): Promise<JoinCodeState> {
  form = asForm(form);
  const raw = formText(form, "code").slice(0, 64);
  const code = interviewCodeSchema.safeParse(raw);
  if (!code.success) return { error: code.error.issues[0]?.message ?? "Enter a join code.", code: raw };
  const user = await getCurrentUser();
  if (!user) return { error: "Sign in again to join the interview.", code: raw };
  const result = await joinInterview({ id: user.id, role: user.role }, code.data);
  if (!result.ok) return { error: result.error === "throttled" ? result.message : NO_INTERVIEW_FOR_CODE, code: raw };
  redirect(`/interviews/${result.id}`);
}
