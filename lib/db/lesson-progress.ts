import { lessonSlugs } from "../content/lessons";
import { may, type Actor } from "../auth/access";
import { db } from "./client";

/** A completed lesson as the app sees it. */
export type LessonCompletionDto = { lessonSlug: string; completedAt: string };

export type ProgressResult =
  { ok: true; completion: LessonCompletionDto | null } | { ok: false; error: "unknown-lesson" | "not-found" };

function isLesson(slug: string): boolean {
  return lessonSlugs().includes(slug);
}

/**
 * Marks `slug` complete for the acting user. Idempotent: a second call keeps
 * the first completion time. Only slugs of lessons in content/ are accepted.
 */
export async function markLessonComplete(actor: Actor, slug: string): Promise<ProgressResult> {
  if (!isLesson(slug)) return { ok: false, error: "unknown-lesson" };
  if (!may(actor, "lesson-progress.mark")) return { ok: false, error: "not-found" };
  const row = await db().lessonCompletion.upsert({
    where: { userId_lessonSlug: { userId: actor.id, lessonSlug: slug } },
    create: { userId: actor.id, lessonSlug: slug },
    update: {},
    select: { lessonSlug: true, completedAt: true },
  });
  return { ok: true, completion: { lessonSlug: row.lessonSlug, completedAt: row.completedAt.toISOString() } };
}

/** Removes the acting user's completion of `slug`; removing one that does not exist is not an error. */
export async function unmarkLessonComplete(actor: Actor, slug: string): Promise<ProgressResult> {
  if (!isLesson(slug)) return { ok: false, error: "unknown-lesson" };
  if (!may(actor, "lesson-progress.mark")) return { ok: false, error: "not-found" };
  await db().lessonCompletion.deleteMany({ where: { userId: actor.id, lessonSlug: slug } });
  return { ok: true, completion: null };
}

/** Slugs the acting user has completed that still exist in content/, oldest completion first. */
export async function completedLessonSlugs(actor: Actor): Promise<string[]> {
  if (!may(actor, "lesson-progress.view")) return [];
  const rows = await db().lessonCompletion.findMany({
    where: { userId: actor.id },
    orderBy: { completedAt: "asc" },
    select: { lessonSlug: true },
  });
  const known = new Set(lessonSlugs());
  return rows.map((row) => row.lessonSlug).filter((slug) => known.has(slug));
}
