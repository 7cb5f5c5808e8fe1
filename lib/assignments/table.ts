/**
 * The interviewer's candidates × items table as plain data, and how its cells
 * read. Shared by the page and the CSV export so both say the same thing.
 */
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

/** "7 / 10", or the cell's status when there is no score. */
export function scoreText(cell: TableCell): string {
  if (cell.score !== null && cell.maxScore !== null) return `${trim(cell.score)} / ${trim(cell.maxScore)}`;
  return ITEM_STATUS_LABELS[cell.status];
}

export function totalTimeMs(row: TableRow): number {
  return row.cells.reduce((sum, cell) => sum + cell.timeSpentMs, 0);
}
