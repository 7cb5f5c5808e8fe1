"use server";

import type { ReactNode } from "react";
import type { LessonPreviewState } from "@/components/authoring/preview-state";
import { compileLessonPreview } from "@/components/mdx/compile-preview";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { quizIdsOnDisk } from "@/lib/content/docs";
import { lessonPreview } from "@/lib/db";
import { requireRole } from "@/lib/session/current-user";

/**
 * The authoring preview: content:check's problems with a pasted or uploaded lesson, by line, and the lesson rendered
 * when it parses. lib/db checks who asks ("authoring.use") and bounds the text before any work; nothing is saved.
 */
export async function previewLessonAction(input: unknown): Promise<LessonPreviewState> {
  const auth = await requireRole(rolesAllowed("authoring.use"));
  if (!auth.ok) return { ok: false, message: "Only authors and admins can preview lessons." };
  const result = lessonPreview(auth.user, input);
  if (!result) return { ok: false, message: "Only authors and admins can preview lessons." };
  if (!result.ok) return { ok: false, message: result.error };
  const { report, input: text } = result;
  const diagnostics = report.diagnostics.map(({ line, column, message }) => ({ line, column, message }));
  let notRendered = report.notRendered;
  let lesson: ReactNode = null;
  if (notRendered === null) {
    const compiled = await compileLessonPreview(text.source, { quizIds: quizIdsOnDisk(), highlight: report.highlight });
    if (compiled.ok) lesson = compiled.content;
    else notRendered = compiled.error;
  }
  return { ok: true, diagnostics, unlisted: report.unlisted, notRendered, lesson };
}
