/**
 * A member's status as people read it. Stored: not-started, in-progress,
 * submitted, reviewed. "overdue" is derived: past the due date and not yet
 * submitted.
 */
export const STORED_STATUSES = ["not-started", "in-progress", "submitted", "reviewed"] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];
export type MemberStatus = StoredStatus | "overdue";

export const STATUS_LABELS: Record<MemberStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  reviewed: "Reviewed",
  overdue: "Overdue",
};

export function isStoredStatus(value: string): value is StoredStatus {
  return (STORED_STATUSES as readonly string[]).includes(value);
}

export function memberStatus(stored: string, dueAt: Date, now: Date): MemberStatus {
  const status = isStoredStatus(stored) ? stored : "not-started";
  if ((status === "not-started" || status === "in-progress") && now.getTime() > dueAt.getTime()) return "overdue";
  return status;
}

/** One item's progress for a member (a quiz submitted, a lab answered, a lesson marked done). */
export type ItemStatus = "not-started" | "in-progress" | "done";
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
};

/** Answers can change only before submission. */
export function isLocked(stored: string): boolean {
  return stored === "submitted" || stored === "reviewed";
}
