/**
 * What a candidate sees of the assignments they are a member of: the inbox,
 * one assignment with its items, one item with its neighbours (their work on
 * items: assignment-work.ts). Reached only through the actor's own member row
 * (member-access.ts); open members' work is brought up to date before it is read.
 */
import { isFeedbackUnread, isReviewScored } from "../assignments/review";
import type { ItemKind } from "../assignments/schema";
import { isLocked, memberStatus, type ItemStatus, type MemberStatus } from "../assignments/status";
import { asKind, contentTitle } from "./assignment-items";
import { db } from "./client";
import { may, type Actor } from "../auth/access";
import { fail, findMember, NOT_FOUND, type MemberRow, type WorkResult } from "./member-access";
import { syncOpenWork } from "./work-sync";

export type { ItemKind } from "../assignments/schema";
export type { ItemStatus } from "../assignments/status";

export interface InboxEntryDto {
  readonly assignmentId: string;
  readonly title: string;
  readonly ownerName: string;
  /** ISO string. */
  readonly dueAt: string;
  readonly status: MemberStatus;
  readonly itemsDone: number;
  readonly itemsTotal: number;
  /** Reviewed with written feedback the candidate has not opened since. */
  readonly feedbackUnread?: boolean;
}

export interface MemberItemDto {
  readonly position: number;
  readonly kind: ItemKind;
  readonly ref: string;
  /** The lesson, quiz, scenario or prompt title; the ref when it no longer exists. */
  readonly title: string;
  readonly exists: boolean;
  /** A lab item's question. */
  readonly task: string;
  readonly status: ItemStatus;
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly timeSpentMs: number;
  readonly quizAttemptId: string | null;
  readonly interviewSessionId: string | null;
  readonly labRun: string | null;
  readonly answer: string | null;
  /** ISO string of the last change, or null before the item was started. */
  readonly updatedAt: string | null;
  /** An interview item's rubric levels from the interviewer, per dimension; empty until the submission is reviewed. */
  readonly interviewerLevels: readonly RubricLevelDto[];
}

export interface RubricLevelDto {
  readonly dimension: string;
  readonly level: number;
  readonly comment: string;
}

export interface MemberAssignmentDto {
  readonly id: string;
  readonly title: string;
  readonly instructions: string;
  readonly ownerName: string;
  readonly dueAt: string;
  readonly seedMode: "pinned" | "per-candidate";
  /** The seed every seeded item of this member uses. */
  readonly seed: number;
  readonly status: MemberStatus;
  readonly locked: boolean;
  readonly submittedAt: string | null;
  /** Only once reviewed. */
  readonly feedback: string | null;
  readonly reviewedAt: string | null;
  /**
   * The feedback was given (or changed) after the candidate last opened it; still true on the opening that marks it
   * seen.
   */
  readonly feedbackUnread: boolean;
  readonly items: readonly MemberItemDto[];
}

type WorkRow = MemberRow["work"][number];
type ItemRow = MemberRow["assignment"]["items"][number];

/**
 * `reviewed`: whether the interviewer's lab and interview scores may be shown yet (they are part of the review).
 * `levels`: the interviewer's rubric levels by interview session id, read only for a reviewed member.
 */
function itemDto(
  item: ItemRow,
  work: WorkRow | undefined,
  reviewed: boolean,
  levels: ReadonlyMap<string, readonly RubricLevelDto[]>,
): MemberItemDto {
  const kind = asKind(item.kind);
  const title = contentTitle(kind, item.ref);
  const scoreShown = reviewed || !isReviewScored(kind);
  return {
    position: item.position,
    kind,
    ref: item.ref,
    title: title ?? item.ref,
    exists: title !== null,
    task: item.task,
    status: !work ? "not-started" : work.status === "done" ? "done" : "in-progress",
    score: scoreShown ? (work?.score ?? null) : null,
    maxScore: scoreShown ? (work?.maxScore ?? null) : null,
    timeSpentMs: work?.timeSpentMs ?? 0,
    quizAttemptId: work?.quizAttemptId ?? null,
    interviewSessionId: work?.interviewSessionId ?? null,
    labRun: work?.labRun ?? null,
    answer: work?.answer ?? null,
    updatedAt: work ? work.updatedAt.toISOString() : null,
    interviewerLevels:
      reviewed && kind === "interview" && work?.interviewSessionId ? (levels.get(work.interviewSessionId) ?? []) : [],
  };
}

/**
 * The interviewer's rubric levels on a reviewed member's interview items. A solo interview's candidate never sees
 * interviewer scores through the interview room (nobody releases them there); the assignment review releases them
 * here, with the rest of the review.
 */
async function interviewerLevels(m: MemberRow): Promise<Map<string, RubricLevelDto[]>> {
  const bySession = new Map<string, RubricLevelDto[]>();
  const sessionIds = m.work.flatMap((w) => (w.interviewSessionId ? [w.interviewSessionId] : []));
  if (m.status !== "reviewed" || sessionIds.length === 0) return bySession;
  const rows = await db().interviewScore.findMany({
    where: { sessionId: { in: sessionIds }, source: "interviewer" },
    select: { sessionId: true, dimension: true, level: true, comment: true },
  });
  for (const { sessionId, ...level } of rows) bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), level]);
  return bySession;
}

function memberDto(
  m: MemberRow,
  now: Date,
  levels: ReadonlyMap<string, readonly RubricLevelDto[]>,
): MemberAssignmentDto {
  const reviewed = m.status === "reviewed";
  return {
    id: m.assignment.id,
    title: m.assignment.title,
    instructions: m.assignment.instructions,
    ownerName: m.assignment.owner.name,
    dueAt: m.assignment.dueAt.toISOString(),
    seedMode: m.assignment.seedMode === "pinned" ? "pinned" : "per-candidate",
    seed: m.seed,
    status: memberStatus(m.status, m.assignment.dueAt, now),
    locked: isLocked(m.status),
    submittedAt: m.submittedAt?.toISOString() ?? null,
    feedback: reviewed ? m.feedback : null,
    reviewedAt: reviewed ? (m.reviewedAt?.toISOString() ?? null) : null,
    feedbackUnread: isFeedbackUnread(m.status, m.reviewedAt, m.feedbackSeenAt),
    items: m.assignment.items.map((item) =>
      itemDto(
        item,
        m.work.find((w) => w.itemId === item.id),
        reviewed,
        levels,
      ),
    ),
  };
}

/**
 * The actor's assignments: open ones first by due date (soonest first), then submitted and reviewed ones, latest due
 * first.
 */
export async function listInbox(actor: Actor, now: Date): Promise<InboxEntryDto[]> {
  if (!may(actor, "assignment-work.inbox")) return [];
  const ids = await db().assignmentMember.findMany({ where: { userId: actor.id }, select: { id: true } });
  await syncOpenWork(
    actor.id,
    ids.map((m) => m.id),
  );
  const rows = await db().assignmentMember.findMany({
    where: { userId: actor.id },
    select: {
      status: true,
      reviewedAt: true,
      feedbackSeenAt: true,
      work: { where: { status: "done" }, select: { id: true } },
      assignment: {
        select: {
          id: true,
          title: true,
          dueAt: true,
          owner: { select: { name: true } },
          _count: { select: { items: true } },
        },
      },
    },
  });
  const entries = rows.map((m) => {
    const status = memberStatus(m.status, m.assignment.dueAt, now);
    return {
      assignmentId: m.assignment.id,
      title: m.assignment.title,
      ownerName: m.assignment.owner.name,
      dueAt: m.assignment.dueAt.toISOString(),
      status,
      itemsDone: Math.min(m.work.length, m.assignment._count.items),
      itemsTotal: m.assignment._count.items,
      feedbackUnread: isFeedbackUnread(m.status, m.reviewedAt, m.feedbackSeenAt),
    } satisfies InboxEntryDto;
  });
  const open = (e: InboxEntryDto) => e.status !== "submitted" && e.status !== "reviewed";
  return entries.sort((a, b) => {
    if (open(a) !== open(b)) return open(a) ? -1 : 1;
    return open(a) ? a.dueAt.localeCompare(b.dueAt) : b.dueAt.localeCompare(a.dueAt);
  });
}

/**
 * One of the actor's assignments with every item and its work, brought up to
 * date first (open members only).
 *
 * With `markFeedbackSeen` (the assignment page, which shows the feedback) an
 * unread review is marked seen here, on the read that returns it. A GET render
 * writing is acceptable because the write is idempotent (a second opening finds
 * nothing unread) and guarded on the reviewedAt just read: a review saved in
 * between stays unread, so only feedback this call returns is ever marked.
 * The DTO still says unread on that opening so the page can flag it as new.
 * Item pages pass nothing: they do not show the feedback.
 */
export async function getMemberAssignment(
  actor: Actor,
  assignmentId: string,
  now: Date,
  options: { markFeedbackSeen?: boolean } = {},
): Promise<WorkResult<MemberAssignmentDto>> {
  const first = await findMember(actor, "assignment-work.open", assignmentId);
  if (!first) return fail("not-found", NOT_FOUND);
  if (!isLocked(first.status)) await syncOpenWork(actor.id, [first.id]);
  const m = isLocked(first.status) ? first : await findMember(actor, "assignment-work.open", assignmentId);
  if (!m) return fail("not-found", NOT_FOUND);
  const dto = memberDto(m, now, await interviewerLevels(m));
  if (options.markFeedbackSeen && dto.feedbackUnread && m.reviewedAt) {
    // Never earlier than the review itself, so a server clock behind the one that saved it cannot leave it unread.
    const seenAt = now.getTime() > m.reviewedAt.getTime() ? now : m.reviewedAt;
    await db().assignmentMember.updateMany({
      where: { id: m.id, status: "reviewed", reviewedAt: m.reviewedAt },
      data: { feedbackSeenAt: seenAt },
    });
  }
  return { ok: true, data: dto };
}

export interface OpenItemDto {
  readonly assignment: MemberAssignmentDto;
  readonly item: MemberItemDto;
  readonly previous: number | null;
  readonly next: number | null;
}

/**
 * One item of the actor's assignment with its neighbours, for the item page. Reads only (apart from syncing, as above).
 */
export async function openItem(
  actor: Actor,
  assignmentId: string,
  position: number,
  now: Date,
): Promise<WorkResult<OpenItemDto>> {
  const r = await getMemberAssignment(actor, assignmentId, now);
  if (!r.ok) return r;
  const items = r.data.items;
  const index = items.findIndex((i) => i.position === position);
  const item = items[index];
  if (!item) return fail("not-found", NOT_FOUND);
  return {
    ok: true,
    data: {
      assignment: r.data,
      item,
      previous: items[index - 1]?.position ?? null,
      next: items[index + 1]?.position ?? null,
    },
  };
}
