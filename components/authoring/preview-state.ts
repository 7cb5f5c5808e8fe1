import type { ReactNode } from "react";
import type { LessonPreviewInput } from "@/lib/content/lesson-preview-limits";

/** One problem the check found, where it is in the text. */
export interface PreviewDiagnostic {
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

/** What the preview action answers: a refusal, or the problems and, when it could be drawn, the lesson. */
export type LessonPreviewState =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      readonly diagnostics: readonly PreviewDiagnostic[];
      /** Problems beyond those listed. */
      readonly unlisted: number;
      /** Why there is no rendering, or null when `lesson` holds it. */
      readonly notRendered: string | null;
      readonly lesson: ReactNode;
    };

/** The server action the page passes in (app/(account)/authoring/actions.ts). */
export type PreviewLessonAction = (input: LessonPreviewInput) => Promise<LessonPreviewState>;

export function diagnosticLabel({ line, column, message }: PreviewDiagnostic): string {
  return `Line ${line}${column === undefined ? "" : `, column ${column}`}: ${message}`;
}
