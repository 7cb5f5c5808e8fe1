"use server";

import { revalidatePath } from "next/cache";
import { asForm, asInput } from "@/lib/http/form-data";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/session/current-user";
import {
  addTimeSpent,
  completeLessonItem,
  MAX_ANSWER_LENGTH,
  MAX_HEARTBEAT_MS,
  saveLabWork,
  startItem,
  submitAssignment,
} from "@/lib/db";
import { MAX_SHARE_CODE_LENGTH } from "@/lib/sim/limits";
import { assignmentIdSchema, itemHref, itemNumberSchema } from "./params";

async function actor() {
  const user = await getCurrentUser();
  return user && ROLES.includes(user.role) ? { id: user.id, role: user.role } : null;
}

const itemSchema = z.strictObject({ assignmentId: assignmentIdSchema, item: itemNumberSchema });

function refresh(assignmentId: string): void {
  revalidatePath("/assignments");
  revalidatePath(`/assignments/${assignmentId}`, "layout");
}

/** Form action: starts or continues an item (creating its quiz attempt or interview once), then opens it. */
export async function startItemAction(form: FormData): Promise<void> {
  form = asForm(form);
  const parsed = itemSchema.safeParse({ assignmentId: form.get("assignmentId"), item: form.get("item") });
  if (!parsed.success) redirect("/assignments");
  const { assignmentId, item } = parsed.data;
  const user = await actor();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/assignments/${assignmentId}`)}`);
  const r = await startItem(user, assignmentId, item - 1, new Date());
  if (!r.ok && r.error === "not-found") redirect("/assignments");
  refresh(assignmentId);
  redirect(`${itemHref(assignmentId, item - 1)}${r.ok ? "" : `?error=${r.error}`}`);
}

/** Form action: marks a lesson item done. */
export async function completeLessonAction(form: FormData): Promise<void> {
  form = asForm(form);
  const parsed = itemSchema.safeParse({ assignmentId: form.get("assignmentId"), item: form.get("item") });
  if (!parsed.success) redirect("/assignments");
  const { assignmentId, item } = parsed.data;
  const user = await actor();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(itemHref(assignmentId, item - 1))}`);
  const r = await completeLessonItem(user, assignmentId, item - 1, new Date());
  if (!r.ok && r.error === "not-found") redirect("/assignments");
  refresh(assignmentId);
  redirect(`${itemHref(assignmentId, item - 1)}${r.ok ? "" : `?error=${r.error}`}`);
}

export type SaveLabResult =
  { ok: true; savedAt: string; done: boolean } | { ok: false; error: string; locked: boolean };

const labSchema = z.strictObject({
  assignmentId: assignmentIdSchema,
  item: itemNumberSchema,
  labRun: z.string().max(MAX_SHARE_CODE_LENGTH).optional(),
  answer: z
    .string()
    .max(MAX_ANSWER_LENGTH, `Keep your answer under ${MAX_ANSWER_LENGTH.toLocaleString("en-GB")} characters.`)
    .optional(),
});

/** Autosave of a lab item's run and answer. Bad input changes nothing and says why. */
export async function saveLabAction(input: unknown): Promise<SaveLabResult> {
  const parsed = labSchema.safeParse(asInput(input));
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? "This could not be saved.", locked: false };
  const user = await actor();
  if (!user)
    return {
      ok: false,
      error:
        "You are signed out. Sign in again in another tab, then keep typing: nothing here is lost until you leave.",
      locked: false,
    };
  const { assignmentId, item, labRun, answer } = parsed.data;
  const r = await saveLabWork(
    user,
    assignmentId,
    item - 1,
    { ...(labRun !== undefined ? { labRun } : {}), ...(answer !== undefined ? { answer } : {}) },
    new Date(),
  );
  if (!r.ok) return { ok: false, error: r.message, locked: r.error === "locked" };
  revalidatePath(`/assignments/${assignmentId}`);
  revalidatePath("/assignments");
  return { ok: true, savedAt: r.data.savedAt, done: r.data.status === "done" };
}

const heartbeatSchema = z.strictObject({
  assignmentId: assignmentIdSchema,
  item: itemNumberSchema,
  ms: z.number().int().min(0).max(MAX_HEARTBEAT_MS),
});

/**
 * Time spent on a visible item page: the page's figure is only an upper bound; the data layer counts by the server's
 * clock.
 */
export async function heartbeatAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = heartbeatSchema.safeParse(asInput(input));
  if (!parsed.success) return { ok: false };
  const user = await actor();
  if (!user) return { ok: false };
  const r = await addTimeSpent(user, parsed.data.assignmentId, parsed.data.item - 1, parsed.data.ms, new Date());
  return { ok: r.ok };
}

export type SubmitState = { error: string | null };

/** Submits and locks the assignment. */
export async function submitAssignmentAction(_state: SubmitState, form: FormData): Promise<SubmitState> {
  form = asForm(form);
  const parsed = z
    .strictObject({ assignmentId: assignmentIdSchema, confirm: z.literal("yes") })
    .safeParse({ assignmentId: form.get("assignmentId"), confirm: form.get("confirm") });
  if (!parsed.success) return { error: "Confirm that you want to submit: your answers are locked afterwards." };
  const user = await actor();
  if (!user) return { error: "Sign in again to submit." };
  const r = await submitAssignment(user, parsed.data.assignmentId, new Date());
  if (!r.ok) return { error: r.message };
  refresh(parsed.data.assignmentId);
  redirect(`/assignments/${parsed.data.assignmentId}?submitted=1`);
}
