"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/session/current-user";
import { completedLessonSlugs, markLessonComplete, unmarkLessonComplete } from "@/lib/db";
import { slugSchema } from "@/lib/content/frontmatter";

export type CompletionState = { signedIn: false } | { signedIn: true; complete: boolean };
export type SetCompletionResult = { ok: true; complete: boolean } | { ok: false; error: string };

const setCompletionSchema = z.strictObject({ slug: slugSchema, complete: z.boolean() });

export async function loadCompletion(slug: string): Promise<CompletionState> {
  const user = await getCurrentUser();
  if (!user) return { signedIn: false };
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return { signedIn: true, complete: false };
  return { signedIn: true, complete: (await completedLessonSlugs(user)).includes(parsed.data) };
}

export async function setLessonCompletion(input: unknown): Promise<SetCompletionResult> {
  const parsed = setCompletionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That lesson could not be found." };
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Sign in to track your progress." };
  const { slug, complete } = parsed.data;
  const result = complete ? await markLessonComplete(user, slug) : await unmarkLessonComplete(user, slug);
  if (!result.ok) return { ok: false, error: "That lesson could not be found." };
  revalidatePath("/learn");
  revalidatePath("/dashboard");
  return { ok: true, complete };
}
