"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { asForm, asInput, formText } from "@/lib/http/form-data";
import { getCurrentUser } from "@/lib/session/current-user";
import { rateReviewAnswer, startReviewAttempt, type ReviewScope } from "@/lib/db";

const id = z.string().min(1).max(100);
const ScopeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("due") }),
  z.strictObject({ kind: z.literal("ahead") }),
  z.strictObject({ kind: z.literal("concept"), concept: z.string().min(1).max(100) }),
]);
const RateSchema = z.strictObject({ attemptId: id, questionId: id, rating: z.number().int().min(1).max(4) });

async function actor() {
  const user = await getCurrentUser();
  return user && ROLES.includes(user.role) ? user : null;
}

/** Form action: starts a review of the due cards, the next ones (practising ahead) or one concept, and opens it. */
export async function startReviewAction(form: FormData): Promise<void> {
  form = asForm(form);
  const user = await actor();
  if (!user) redirect("/sign-in?callbackUrl=%2Freview");
  const kind = formText(form, "kind") || "due";
  const parsed = ScopeSchema.safeParse(kind === "concept" ? { kind, concept: formText(form, "concept") } : { kind });
  if (!parsed.success) redirect("/review?empty=1");
  const scope: ReviewScope = parsed.data;
  const r = await startReviewAttempt(user, new Date(), scope);
  if (!r.ok) redirect("/review?empty=1");
  redirect(`/review/session/${r.data.attemptId}`);
}

/** Rates recall of the card just answered (1 Again … 4 Easy): the server reschedules it from its own copy. */
export async function rateReviewAction(
  input: unknown,
): Promise<{ ok: true; finished: boolean } | { ok: false; error: string }> {
  const parsed = RateSchema.safeParse(asInput(input));
  if (!parsed.success) return { ok: false, error: "Rate your recall from 1 (Again) to 4 (Easy)." };
  const user = await actor();
  if (!user) return { ok: false, error: "Sign in to continue." };
  const { attemptId, questionId, rating } = parsed.data;
  const r = await rateReviewAnswer(user, attemptId, questionId, rating, new Date());
  if (!r.ok) return { ok: false, error: r.message };
  revalidatePath(`/review/session/${attemptId}`);
  if (r.data.finished) {
    revalidatePath("/review");
    revalidatePath("/dashboard");
  }
  return { ok: true, finished: r.data.finished };
}
