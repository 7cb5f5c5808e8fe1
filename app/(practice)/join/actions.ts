"use server";

import { revalidatePath } from "next/cache";
import { asForm, formText } from "@/lib/http/form-data";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/session/current-user";
import { joinCohort } from "@/lib/db";

import type { JoinCodeState as JoinState } from "@/components/ui/join-code-form";

const codeSchema = z
  .string()
  .trim()
  .min(1, "Enter the join code your interviewer gave you.")
  .max(32, "Join codes are 8 letters and digits: check what you typed.");

/** Joins the cohort and opens the inbox; a bad or unknown code is an error beside the field and changes nothing. */
export async function joinCohortAction(_state: JoinState, form: FormData): Promise<JoinState> {
  form = asForm(form);
  const raw = formText(form, "code");
  const parsed = codeSchema.safeParse(raw);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a join code.", code: raw };
  const user = await getCurrentUser();
  if (!user || !ROLES.includes(user.role)) return { error: "Sign in again to join.", code: raw };
  const r = await joinCohort({ id: user.id, role: user.role }, parsed.data);
  if (!r.ok) return { error: r.message, code: raw };
  revalidatePath("/assignments");
  redirect(`/assignments?joined=${encodeURIComponent(r.data.cohortId)}`);
}
