import { may, type Actor } from "../auth/access";
import { componentDocs, quizIdsOnDisk, type ComponentDoc } from "../content/docs";
import { previewLessonText, type LessonPreviewReport } from "../content/lesson-preview";
import { lessonPreviewInputSchema, type LessonPreviewInput } from "../content/lesson-preview-limits";
import { getLessons, type Lesson } from "../content/lessons";

/** What the authoring page shows: every lesson and every component an author may use, with its props. */
export interface AuthoringInventory {
  readonly lessons: readonly Lesson[];
  readonly components: readonly ComponentDoc[];
}

/**
 * The authoring tools' data, or null for an actor the access table does not let in ("authoring.use"): the content
 * is public in the repository, but the tools are for authors and admins, and a refusal looks like a missing page.
 */
export function authoringInventory(actor: Actor): AuthoringInventory | null {
  if (!may(actor, "authoring.use")) return null;
  return { lessons: getLessons(), components: componentDocs(quizIdsOnDisk()) };
}

export type LessonPreviewResult =
  | { readonly ok: true; readonly input: LessonPreviewInput; readonly report: LessonPreviewReport }
  | { readonly ok: false; readonly error: string };

/**
 * The authoring preview's check of a pasted or uploaded lesson, or null for an actor "authoring.use" does not let in.
 * The input is parsed first: text over LESSON_PREVIEW_LIMITS.bytes is refused before anything is checked. Reads
 * content/ to check against; writes nothing, on disk or in the database.
 */
export function lessonPreview(actor: Actor, input: unknown): LessonPreviewResult | null {
  if (!may(actor, "authoring.use")) return null;
  const parsed = lessonPreviewInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid preview request." };
  return { ok: true, input: parsed.data, report: previewLessonText(parsed.data) };
}
