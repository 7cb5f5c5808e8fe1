/**
 * The interviewer's review of one submission: written feedback, points for
 * each lab item and a rubric for each interview item. Quizzes score themselves
 * and lessons have nothing to score, so only those two kinds take the
 * interviewer's marks. Pure, so the drill-down form and lib/db read the same
 * rules.
 */
import { z } from "zod";
import { isRubricLevel, RUBRIC_MAX_LEVEL, RUBRIC_MIN_LEVEL, rubricMean } from "../rubric-scale";
import { TEXT_LIMITS } from "../text-limits";
import { feedbackSchema, ITEM_KIND_LABELS, type ItemKind } from "./schema";

/**
 * A lab item's points out of ten: it then reads like the quiz scores beside it
 * in the table and the CSV ("7 / 10"), and ten steps leave room for partial
 * credit. Interview items are scored on the rubric instead (lib/rubric-scale).
 */
export const REVIEW_MAX_SCORE = 10;

/** Kinds the interviewer scores by hand. */
export function isReviewScored(kind: ItemKind): boolean {
  return kind === "lab" || kind === "interview";
}

/**
 * Whether the interviewer can mark one member's item: a lab item once started; an interview item only with the
 * interview it scores (`hasInterview`) and a prompt that still has a rubric (`rubricSize` dimensions). The drill-down
 * offers a mark and the save accepts one by this same rule.
 */
export function isMarkable(kind: ItemKind, started: boolean, hasInterview: boolean, rubricSize: number): boolean {
  if (!isReviewScored(kind) || !started) return false;
  return kind !== "interview" || (hasInterview && rubricSize > 0);
}

/** One rubric dimension of an interview item's prompt: its id and the title the interviewer reads. */
export interface RubricDimensionRef {
  readonly dimension: string;
  readonly label: string;
}

/**
 * An item the form offers a mark for: a lab item the candidate started (points), or an interview item they started
 * (`rubric`: its prompt's dimensions, each scored on a level).
 */
export interface ScorableItem {
  readonly id: string;
  readonly position: number;
  readonly kind: ItemKind;
  readonly rubric?: readonly RubricDimensionRef[];
}

/** The interviewer's rubric for one interview item: a level (and a comment, maybe empty) for every dimension. */
export interface RubricReview {
  readonly levels: readonly { readonly dimension: string; readonly level: number; readonly comment: string }[];
  /** The mean of the levels: the item's score, out of RUBRIC_MAX_LEVEL. */
  readonly mean: number;
}

export interface ReviewData {
  readonly feedback: string;
  /** Lab item id → points, or null to make the item unscored. Items the input left out keep their stored score. */
  readonly scores: ReadonlyMap<string, number | null>;
  /** Interview item id → its rubric. Items the input left out (or sent with no level at all) keep what is stored. */
  readonly rubrics: ReadonlyMap<string, RubricReview>;
}

export type ReviewParse = { success: true; data: ReviewData } | { success: false; fieldErrors: Record<string, string> };

export const SCORE_FIELD_PREFIX = "score.";
/** The form field (and field-error key) of a lab item's score. */
export const scoreField = (itemId: string): string => `${SCORE_FIELD_PREFIX}${itemId}`;

export const RUBRIC_FIELD_PREFIX = "rubric.";
export const RUBRIC_COMMENT_FIELD_PREFIX = "rubric-comment.";
/** The field-error key of an interview item's rubric. */
export const rubricField = (itemId: string): string => `${RUBRIC_FIELD_PREFIX}${itemId}`;
/** The radio group of one dimension of an interview item's rubric. */
export const rubricLevelField = (itemId: string, dimension: string): string =>
  `${RUBRIC_FIELD_PREFIX}${itemId}.${dimension}`;
/** The comment box of one dimension of an interview item's rubric. */
export const rubricCommentField = (itemId: string, dimension: string): string =>
  `${RUBRIC_COMMENT_FIELD_PREFIX}${itemId}.${dimension}`;

/** What the review form sends about its items, as typed: points per lab item, levels and comments per interview. */
export interface ReviewFields {
  scores: Record<string, unknown>;
  rubrics: Record<string, { levels: Record<string, unknown>; comments: Record<string, unknown> }>;
}

/**
 * Sorts a posted form's "score.<item>", "rubric.<item>.<dimension>" and "rubric-comment.<item>.<dimension>" fields
 * into ReviewFields; everything else is left to the caller. Values pass through unchecked (parseReview checks them).
 */
export function reviewFields(entries: Iterable<readonly [string, unknown]>): ReviewFields {
  // Null-prototype records: a field named "rubric.__proto__.x" is just an unknown item, refused by parseReview.
  const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
  const fields: ReviewFields = { scores: record(), rubrics: record() };
  const rubricOf = (itemId: string) => (fields.rubrics[itemId] ??= { levels: record(), comments: record() });
  for (const [key, value] of entries) {
    if (key.startsWith(SCORE_FIELD_PREFIX)) fields.scores[key.slice(SCORE_FIELD_PREFIX.length)] = value;
    for (const [prefix, part] of [
      [RUBRIC_FIELD_PREFIX, "levels"],
      [RUBRIC_COMMENT_FIELD_PREFIX, "comments"],
    ] as const) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const dot = rest.indexOf(".");
      if (dot > 0) rubricOf(rest.slice(0, dot))[part][rest.slice(dot + 1)] = value;
    }
  }
  return fields;
}

/** Bounds on what a posted review may hold at all, before any item is looked at (the form sends far less). */
const MAX_MARKED_ITEMS = 50;
const MAX_DIMENSIONS = 20;
const fieldKey = z.string().max(100);
const rawReviewSchema = z.object({
  feedback: z.string({ error: "Write some feedback before saving." }),
  scores: z
    .record(fieldKey, z.string({ error: "A score must be typed as a number." }).max(50))
    .refine((r) => Object.keys(r).length <= MAX_MARKED_ITEMS)
    .default({}),
  rubrics: z
    .record(
      fieldKey,
      z.object({
        levels: z.record(fieldKey, z.string().max(10)).refine((r) => Object.keys(r).length <= MAX_DIMENSIONS),
        comments: z
          .record(fieldKey, z.string().max(4 * TEXT_LIMITS.scoreComment))
          .refine((r) => Object.keys(r).length <= MAX_DIMENSIONS)
          .default({}),
      }),
    )
    .refine((r) => Object.keys(r).length <= MAX_MARKED_ITEMS)
    .default({}),
});
type RawRubric = z.infer<typeof rawReviewSchema>["rubrics"][string];

const OUT_OF_DATE = "This form scores an item that cannot be scored any more. Reload the page and try again.";

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

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
 * One interview item's rubric: a level from 1 to 4 on every dimension of its prompt, or no level at all (the item
 * keeps what is stored). A partial rubric is refused naming the dimensions left out, because a mean over some of
 * them would not be comparable with one over all.
 */
function parseRubric(
  item: ScorableItem,
  rubric: readonly RubricDimensionRef[],
  raw: RawRubric,
): { success: true; data: RubricReview | null } | { success: false; error: string } {
  const name = itemName(item);
  const dimensions = new Set(rubric.map((r) => r.dimension));
  if ([...Object.keys(raw.levels), ...Object.keys(raw.comments)].some((d) => !dimensions.has(d)))
    return { success: false, error: OUT_OF_DATE };
  const levels: { dimension: string; level: number; comment: string }[] = [];
  const missing: string[] = [];
  for (const { dimension, label } of rubric) {
    const typed = (raw.levels[dimension] ?? "").trim();
    const comment = (raw.comments[dimension] ?? "").trim();
    if (comment.length > TEXT_LIMITS.scoreComment)
      return {
        success: false,
        error: `${name}: keep the comment on ${label} under ${TEXT_LIMITS.scoreComment.toLocaleString("en")} characters.`,
      };
    if (typed === "") {
      missing.push(label);
      continue;
    }
    const level = /^\d$/.test(typed) ? Number(typed) : NaN;
    if (!isRubricLevel(level))
      return {
        success: false,
        error: `${name}: “${typed}” is not a level for ${label}; pick one from ${RUBRIC_MIN_LEVEL} to ${RUBRIC_MAX_LEVEL}.`,
      };
    levels.push({ dimension, level, comment });
  }
  const commented = Object.values(raw.comments).some((c) => c.trim() !== "");
  if (levels.length === 0 && !commented) return { success: true, data: null };
  if (missing.length > 0)
    return {
      success: false,
      error: `${name}: pick a level for ${listed(missing)} too. The rubric is saved only with a level for every dimension.`,
    };
  return { success: true, data: { levels, mean: rubricMean(levels.map((l) => l.level)) ?? 0 } };
}

/**
 * Checks a whole review at once: every field's error is reported, and any
 * error means nothing may be saved. A mark for an item that is not in
 * `scorable` (another kind, not started, another member's), points for an
 * interview item or a rubric for a lab item are refused rather than ignored,
 * because the form that sent them is out of date.
 */
export function parseReview(input: unknown, scorable: readonly ScorableItem[]): ReviewParse {
  const raw = rawReviewSchema.safeParse(input);
  if (!raw.success)
    return { success: false, fieldErrors: { form: "The review form was incomplete. Reload the page and try again." } };
  const errors: Record<string, string> = {};
  const feedback = feedbackSchema.safeParse(raw.data.feedback);
  if (!feedback.success) errors.feedback = feedback.error.issues[0]?.message ?? "Write some feedback before saving.";
  const pointed = new Set(scorable.filter((i) => i.rubric === undefined).map((i) => i.id));
  const rubricked = new Set(scorable.filter((i) => i.rubric !== undefined).map((i) => i.id));
  if (
    Object.keys(raw.data.scores).some((id) => !pointed.has(id)) ||
    Object.keys(raw.data.rubrics).some((id) => !rubricked.has(id))
  )
    errors.form = OUT_OF_DATE;
  const scores = new Map<string, number | null>();
  const rubrics = new Map<string, RubricReview>();
  for (const item of scorable) {
    if (item.rubric !== undefined) {
      const value = raw.data.rubrics[item.id];
      if (value === undefined) continue;
      const parsed = parseRubric(item, item.rubric, value);
      if (!parsed.success) errors[rubricField(item.id)] = parsed.error;
      else if (parsed.data) rubrics.set(item.id, parsed.data);
      continue;
    }
    const value = raw.data.scores[item.id];
    if (value === undefined) continue;
    const parsed = scoreSchema(item).safeParse(value);
    if (parsed.success) scores.set(item.id, parsed.data);
    else
      errors[scoreField(item.id)] =
        parsed.error.issues[0]?.message ?? `${itemName(item)}: give 0 to ${REVIEW_MAX_SCORE} points.`;
  }
  if (Object.keys(errors).length > 0 || !feedback.success) return { success: false, fieldErrors: errors };
  return { success: true, data: { feedback: feedback.data, scores, rubrics } };
}

/**
 * Feedback is unread while the member is reviewed and the latest review
 * (reviewedAt moves on every save) came after the candidate last saw it.
 */
export function isFeedbackUnread(status: string, reviewedAt: Date | null, feedbackSeenAt: Date | null): boolean {
  if (status !== "reviewed" || reviewedAt === null) return false;
  return feedbackSeenAt === null || feedbackSeenAt.getTime() < reviewedAt.getTime();
}
