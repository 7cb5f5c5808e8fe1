/**
 * What an assignment item points at in content/, shared by the interviewer's
 * side (assignments.ts) and the candidate's (member-assignments.ts,
 * assignment-work.ts).
 */
import { ITEM_KINDS, type ItemKind } from "../assignments/schema";
import { interviewPrompt } from "../content/interviews";
import { getLessons } from "../content/lessons";
import { scenarios } from "../sim/scenarios";
import { quizBank } from "./quiz-bank";

/**
 * The stored kind is a plain string column: anything outside ITEM_KINDS reads as a lesson rather than breaking the
 * page.
 */
export const asKind = (kind: string): ItemKind =>
  (ITEM_KINDS as readonly string[]).includes(kind) ? (kind as ItemKind) : "lesson";

/** The title of what an item points at, or null when it is gone from content/. */
export function contentTitle(kind: ItemKind, ref: string): string | null {
  switch (kind) {
    case "lesson":
      return getLessons().find((l) => l.slug === ref)?.title ?? null;
    case "quiz":
      return quizBank().quizzes.get(ref)?.title ?? null;
    case "lab":
      return scenarios[ref]?.title ?? null;
    case "interview":
      return interviewPrompt(ref)?.title ?? null;
    default: {
      const never: never = kind;
      return never;
    }
  }
}
