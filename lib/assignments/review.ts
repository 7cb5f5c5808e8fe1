/**
 * The interviewer's review of one submission: written feedback plus a score
 * for each lab and interview item. Quizzes score themselves and lessons have
 * nothing to score, so only those two kinds take an interviewer's points.
 * Pure, so the drill-down form and lib/db read the same rules.
 */
import { z } from "zod";
import { feedbackSchema, ITEM_KIND_LABELS, type ItemKind } from "./schema";

/**
 * Points out of ten: a lab or interview score then reads like the quiz scores
 * beside it in the table and the CSV ("7 / 10"), and ten steps leave room for
 * partial credit that a four-level rubric would round away.
 */
export const REVIEW_MAX_SCORE = 10;

/** Kinds the interviewer scores by hand. */
export function isReviewScored(kind: ItemKind): boolean {
  return kind === "lab" || kind === "interview";
}

/** An item the form offers a score box for: a lab or interview item the candidate started. */
export interface ScorableItem {
  readonly id: string;
  readonly position: number;
  readonly kind: ItemKind;
}

export interface ReviewData {
  readonly feedback: string;
  /** Item id → points, or null to make the item unscored. Items the input left out keep their stored score. */
  readonly scores: ReadonlyMap<string, number | null>;
}

export type ReviewParse = { success: true; data: ReviewData } | { success: false; fieldErrors: Record<string, string> };

export const SCORE_FIELD_PREFIX = "score.";
/** The form field (and field-error key) of an item's score. */
export const scoreField = (itemId: string): string => `${SCORE_FIELD_PREFIX}${itemId}`;

const rawReviewSchema = z.object({
  feedback: z.string({ error: "Write some feedback before saving." }),
  scores: z.record(z.string(), z.string({ error: "A score must be typed as a number." })).default({}),
});

function itemName(item: ScorableItem): string {
  return `Item ${item.position + 1} (${ITEM_KIND_LABELS[item.kind].toLowerCase()})`;
}

/**
 * "" → null (unscored); otherwise a whole number of points from 0 to REVIEW_MAX_SCORE, each failure named after the
 * item.
 */
function scoreSchema(item: ScorableItem) {
  const name = itemName(item);
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null;
      const n = Number(value);
      if (!/^[+-]?\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) {
        ctx.addIssue({
          code: "custom",
          message: `${name}: “${value.slice(0, 20)}” is not a number. Give 0 to ${REVIEW_MAX_SCORE} points, or leave it empty.`,
        });
        return z.NEVER;
      }
      if (!Number.isInteger(n)) {
        ctx.addIssue({
          code: "custom",
          message: `${name}: use whole points from 0 to ${REVIEW_MAX_SCORE} (no fractions).`,
        });
        return z.NEVER;
      }
      if (n < 0 || n > REVIEW_MAX_SCORE) {
        ctx.addIssue({ code: "custom", message: `${name}: ${n} is outside 0 to ${REVIEW_MAX_SCORE} points.` });
        return z.NEVER;
      }
      return n;
    });
}

/**
 * Checks a whole review at once: every field's error is reported, and any
 * error means nothing may be saved. A score for an item that is not in
 * `scorable` (another kind, not started, another member's) is refused rather
 * than ignored, because the form that sent it is out of date.
 */
export function parseReview(input: unknown, scorable: readonly ScorableItem[]): ReviewParse {
  const raw = rawReviewSchema.safeParse(input);
  if (!raw.success)
    return { success: false, fieldErrors: { form: "The review form was incomplete. Reload the page and try again." } };
  const errors: Record<string, string> = {};
  const feedback = feedbackSchema.safeParse(raw.data.feedback);
  if (!feedback.success) errors.feedback = feedback.error.issues[0]?.message ?? "Write some feedback before saving.";
  const known = new Set(scorable.map((i) => i.id));
  if (Object.keys(raw.data.scores).some((id) => !known.has(id)))
    errors.form = "This form scores an item that cannot be scored any more. Reload the page and try again.";
  const scores = new Map<string, number | null>();
  for (const item of scorable) {
    const value = raw.data.scores[item.id];
    if (value === undefined) continue;
    const parsed = scoreSchema(item).safeParse(value);
    if (parsed.success) scores.set(item.id, parsed.data);
    else
      errors[scoreField(item.id)] =
        parsed.error.issues[0]?.message ?? `${itemName(item)}: give 0 to ${REVIEW_MAX_SCORE} points.`;
  }
  if (Object.keys(errors).length > 0 || !feedback.success) return { success: false, fieldErrors: errors };
  return { success: true, data: { feedback: feedback.data, scores } };
}

/** The candidate's mean self-assessed rubric level (1–4), one decimal, or null when they gave none. */
export function selfAssessmentAverage(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  return Math.round((10 * levels.reduce((sum, l) => sum + l, 0)) / levels.length) / 10;
}

/**
 * Feedback is unread while the member is reviewed and the latest review
 * (reviewedAt moves on every save) came after the candidate last saw it.
 */
export function isFeedbackUnread(status: string, reviewedAt: Date | null, feedbackSeenAt: Date | null): boolean {
  if (status !== "reviewed" || reviewedAt === null) return false;
  return feedbackSeenAt === null || feedbackSeenAt.getTime() < reviewedAt.getTime();
}
