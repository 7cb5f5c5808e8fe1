import { ITEM_STATUS_LABELS, STATUS_LABELS, type ItemStatus, type MemberStatus } from "@/lib/assignments/status";

const MEMBER_TONE: Record<MemberStatus, string> = {
  "not-started":
    "border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
  "in-progress": "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200",
  submitted:
    "border-violet-300 bg-violet-50 text-violet-800 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-200",
  reviewed:
    "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200",
  overdue: "border-rose-300 bg-rose-50 text-rose-800 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-200",
};

const ITEM_TONE: Record<ItemStatus, string> = {
  "not-started": MEMBER_TONE["not-started"],
  "in-progress": MEMBER_TONE["in-progress"],
  done: MEMBER_TONE.reviewed,
};

const base = "inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold";

/**
 * A member's status, the same for the candidate, the interviewer and the dashboard: colour and words, so it reads
 * without colour too.
 */
export function StatusBadge({ status }: { status: MemberStatus }) {
  return (
    <span className={`${base} ${MEMBER_TONE[status]}`}>
      {status === "overdue" ? (
        <span aria-hidden="true">!</span>
      ) : status === "reviewed" || status === "submitted" ? (
        <span aria-hidden="true">✓</span>
      ) : null}
      {STATUS_LABELS[status]}
    </span>
  );
}

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  return (
    <span className={`${base} ${ITEM_TONE[status]}`}>
      {status === "done" ? <span aria-hidden="true">✓</span> : null}
      {ITEM_STATUS_LABELS[status]}
    </span>
  );
}

/** Feedback given (or changed) since the candidate last opened the assignment: a word and a dot, not colour alone. */
export function NewFeedbackBadge({ label = "New feedback" }: { label?: string }) {
  return (
    <span
      className={`${base} border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`}
    >
      <span className="h-1.5 w-1.5 rounded-full bg-amber-500" aria-hidden="true" />
      {label}
    </span>
  );
}
