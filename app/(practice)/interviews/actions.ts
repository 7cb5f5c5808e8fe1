"use server";
import { redirect } from "next/navigation";
import { asForm, formText } from "@/lib/http/form-data";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/session/current-user";
import { createInterview } from "@/lib/db";

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

/** The join form on /interviews: go to the code's join page. */
export async function joinByCodeAction(form: FormData): Promise<void> {
  form = asForm(form);
  const code = formText(form, "code")
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  redirect(`/interviews/join/${code || "-"}`);
}
