/**
 * The interviewer's candidates × items table as plain data, and how its cells
 * read. Shared by the page and the CSV export so both say the same thing.
 */
import { formatRubricMean, RUBRIC_MAX_LEVEL } from "../rubric-scale";
import type { ItemKind } from "./schema";
import { ITEM_STATUS_LABELS, type ItemStatus, type MemberStatus } from "./status";

export interface TableItem {
  readonly id: string;
  readonly position: number;
  readonly kind: ItemKind;
  readonly ref: string;
  readonly title: string;
  readonly task: string;
}

export interface TableCell {
  readonly itemId: string;
  readonly status: ItemStatus;
  /** Null when the item has no score (yet): a quiz not submitted, a lesson, an unscored lab. */
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly timeSpentMs: number;
}

export interface TableRow {
  readonly memberId: string;
  /** Null while the invitation is unclaimed. */
  readonly name: string | null;
  readonly email: string;
  /** Set only while the invitation is unclaimed. */
  readonly inviteToken: string | null;
  readonly seed: number;
  readonly status: MemberStatus;
  readonly submittedAt: string | null;
  readonly reviewedAt: string | null;
  readonly feedback: string | null;
  readonly cells: readonly TableCell[];
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * An interview item scored on the rubric: the mean of the interviewer's levels, out of 4. (Reviews before the rubric
 * gave interview items points out of 10; those still read as points.)
 */
export function isRubricScore(kind: ItemKind, maxScore: number | null): boolean {
  return kind === "interview" && maxScore === RUBRIC_MAX_LEVEL;
}

/** A score as shown and exported: a rubric mean always with one decimal ("3.0"), points as they are ("7", "7.5"). */
export function scoreNumberText(kind: ItemKind, score: number, maxScore: number | null): string {
  return isRubricScore(kind, maxScore) ? formatRubricMean(score) : trim(score);
}

/** "7 / 10", "3.3 / 4" (a rubric mean), or null when there is no score. */
export function markText(kind: ItemKind, score: number | null, maxScore: number | null): string | null {
  if (score === null || maxScore === null) return null;
  return `${scoreNumberText(kind, score, maxScore)} / ${trim(maxScore)}`;
}

/** "7 / 10", "3.3 / 4", or the cell's status when there is no score. */
export function scoreText(cell: TableCell, kind: ItemKind): string {
  return markText(kind, cell.score, cell.maxScore) ?? ITEM_STATUS_LABELS[cell.status];
}

export function totalTimeMs(row: TableRow): number {
  return row.cells.reduce((sum, cell) => sum + cell.timeSpentMs, 0);
}
