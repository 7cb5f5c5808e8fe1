import { lessonSlugs } from "../content/lessons";
import { db } from "./client";

/** A completed lesson as the app sees it. */
export type LessonCompletionDto = { lessonSlug: string; completedAt: string };

export type ProgressResult = { ok: true; completion: LessonCompletionDto | null } | { ok: false; error: "unknown-lesson" };

function isLesson(slug: string): boolean {
  return lessonSlugs().includes(slug);
}

/**
 * Marks `slug` complete for the acting user. Idempotent: a second call keeps
 * the first completion time. Only slugs of lessons in content/ are accepted.
 */
export async function markLessonComplete(userId: string, slug: string): Promise<ProgressResult> {
  if (!isLesson(slug)) return { ok: false, error: "unknown-lesson" };
  const row = await db().lessonCompletion.upsert({
    where: { userId_lessonSlug: { userId, lessonSlug: slug } },
    create: { userId, lessonSlug: slug },
    update: {},
    select: { lessonSlug: true, completedAt: true },
  });
  return { ok: true, completion: { lessonSlug: row.lessonSlug, completedAt: row.completedAt.toISOString() } };
}

/** Removes the acting user's completion of `slug`; removing one that does not exist is not an error. */
export async function unmarkLessonComplete(userId: string, slug: string): Promise<ProgressResult> {
  if (!isLesson(slug)) return { ok: false, error: "unknown-lesson" };
  await db().lessonCompletion.deleteMany({ where: { userId, lessonSlug: slug } });
  return { ok: true, completion: null };
}

/** Slugs the acting user has completed that still exist in content/, oldest completion first. */
export async function completedLessonSlugs(userId: string): Promise<string[]> {
  const rows = await db().lessonCompletion.findMany({ where: { userId }, orderBy: { completedAt: "asc" }, select: { lessonSlug: true } });
  const known = new Set(lessonSlugs());
  return rows.map((row) => row.lessonSlug).filter((slug) => known.has(slug));
}
