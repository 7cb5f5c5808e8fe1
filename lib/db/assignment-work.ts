/**
 * The candidate's side of assignments: the inbox, one assignment with its
 * items, the work on each item and submission (how candidates get in:
 * assignment-joining.ts).
 * Every function takes the acting user and reaches an assignment only through
 * the actor's own AssignmentMember row; any other id is "not-found", exactly
 * as if it did not exist. Once a member has submitted, nothing here changes
 * their work again.
 */
import { decodeShare } from "../sim/share-codec";
import type { Role } from "../auth/roles";
import { isFeedbackUnread, isReviewScored } from "../assignments/review";
import { ITEM_KINDS, type ItemKind } from "../assignments/schema";
import { isLocked, memberStatus, type ItemStatus, type MemberStatus } from "../assignments/status";
import { getLessons } from "../content/lessons";
import { interviewPrompt } from "../content/interviews";
import { scenarios } from "../sim/scenarios";
import { db, type Db } from "./client";
import { createInterview } from "./interviews";
import { markLessonComplete } from "./lesson-progress";
import { startQuizAttempt } from "./quiz";
import { quizBank } from "./quiz-bank";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type WorkActor = { readonly id: string; readonly role: Role };
export type { ItemKind } from "../assignments/schema";
export type { ItemStatus } from "../assignments/status";

export type WorkError =
  /** Not the actor's, or no such thing. */
  | "not-found"
  /** The member has submitted: nothing may change. */
  | "locked"
  /** Input failed validation; nothing changed. */
  | "invalid"
  /** Submitting while a started quiz is still open. */
  | "quiz-open"
  /** The item's lesson, quiz, scenario or prompt no longer exists. */
  | "missing-content"
  /** Invitation already accepted (by this or another account). */
  | "claimed"
  /** Joining a cohort the actor owns. */
  | "own-cohort";
export type WorkFailure = { ok: false; error: WorkError; message: string };
export type WorkResult<T> = { ok: true; data: T } | WorkFailure;

export const fail = (error: WorkError, message: string): WorkFailure => ({ ok: false, error, message });
export const NOT_FOUND = "Not found.";

/** Longest lab answer kept, and longest share code (an action log of a long run). */
export const MAX_ANSWER_LENGTH = 20_000;
export const MAX_LAB_RUN_LENGTH = 200_000;
/** A heartbeat adds at most this much time, so a stalled tab cannot inflate the total. */
export const MAX_HEARTBEAT_MS = 60_000;

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
  /** The feedback was given (or changed) after the candidate last opened it; still true on the opening that marks it seen. */
  readonly feedbackUnread: boolean;
  readonly items: readonly MemberItemDto[];
}

const asKind = (kind: string): ItemKind => ((ITEM_KINDS as readonly string[]).includes(kind) ? (kind as ItemKind) : "lesson");

/** The title of what an item points at, or null when it is gone from content/. */
function contentTitle(kind: ItemKind, ref: string): string | null {
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

type WorkRow = {
  id: string;
  itemId: string;
  status: string;
  quizAttemptId: string | null;
  interviewSessionId: string | null;
  labRun: string | null;
  answer: string | null;
  score: number | null;
  maxScore: number | null;
  timeSpentMs: number;
  updatedAt: Date;
};
type ItemRow = { id: string; position: number; kind: string; ref: string; task: string };

/** `reviewed`: whether the interviewer's lab and interview scores may be shown yet (they are part of the review). */
function itemDto(item: ItemRow, work: WorkRow | undefined, reviewed: boolean): MemberItemDto {
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
  };
}

/**
 * Brings open members' work up to date with what happened elsewhere: a linked
 * quiz attempt submitted on its own page, a linked solo interview finished, a
 * lesson item's lesson completed. Locked members are never touched, so their
 * work stays as submitted.
 */
async function syncOpenWork(userId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  const members = await db().assignmentMember.findMany({
    where: { id: { in: [...memberIds] }, userId, status: { in: ["not-started", "in-progress"] } },
    select: { id: true, assignment: { select: { items: { select: { id: true, kind: true, ref: true } } } }, work: true },
  });
  if (members.length === 0) return;
  const work = members.flatMap((m) => m.work.filter((w) => w.status !== "done"));
  const attemptIds = work.flatMap((w) => (w.quizAttemptId ? [w.quizAttemptId] : []));
  const sessionIds = work.flatMap((w) => (w.interviewSessionId ? [w.interviewSessionId] : []));
  const [attempts, sessions, lessons] = await Promise.all([
    attemptIds.length ? db().quizAttempt.findMany({ where: { id: { in: attemptIds }, userId, status: "submitted" }, select: { id: true, score: true, maxScore: true, submittedAt: true } }) : [],
    sessionIds.length ? db().interviewSession.findMany({ where: { id: { in: sessionIds }, candidateId: userId, status: "finished" }, select: { id: true, updatedAt: true } }) : [],
    db().lessonCompletion.findMany({ where: { userId }, select: { lessonSlug: true, completedAt: true } }),
  ]);
  const done = new Map(lessons.map((l) => [l.lessonSlug, l.completedAt] as const));
  for (const m of members) {
    for (const w of m.work) {
      if (w.status === "done") continue;
      const attempt = attempts.find((a) => a.id === w.quizAttemptId);
      if (attempt) {
        await db().assignmentWork.updateMany({ where: { id: w.id, status: { not: "done" } }, data: { status: "done", score: attempt.score, maxScore: attempt.maxScore, completedAt: attempt.submittedAt ?? new Date() } });
        continue;
      }
      const session = sessions.find((s) => s.id === w.interviewSessionId);
      if (session) await db().assignmentWork.updateMany({ where: { id: w.id, status: { not: "done" } }, data: { status: "done", completedAt: session.updatedAt } });
    }
    // A lesson read before (or outside) the assignment counts: the candidate has done it.
    for (const item of m.assignment.items) {
      const completedAt = item.kind === "lesson" ? done.get(item.ref) : undefined;
      if (!completedAt) continue;
      const w = m.work.find((x) => x.itemId === item.id);
      if (w?.status === "done") continue;
      await db().assignmentWork.upsert({
        where: { memberId_itemId: { memberId: m.id, itemId: item.id } },
        create: { memberId: m.id, itemId: item.id, status: "done", completedAt },
        update: { status: "done", completedAt },
      });
    }
  }
}

/** The actor's assignments: open ones first by due date (soonest first), then submitted and reviewed ones, latest due first. */
export async function listInbox(actor: { id: string; role: Role }, now: Date): Promise<InboxEntryDto[]> {
  const ids = await db().assignmentMember.findMany({ where: { userId: actor.id }, select: { id: true } });
  await syncOpenWork(actor.id, ids.map((m) => m.id));
  const rows = await db().assignmentMember.findMany({
    where: { userId: actor.id },
    select: {
      status: true,
      reviewedAt: true,
      feedbackSeenAt: true,
      work: { where: { status: "done" }, select: { id: true } },
      assignment: { select: { id: true, title: true, dueAt: true, owner: { select: { name: true } }, _count: { select: { items: true } } } },
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

const memberSelect = {
  id: true,
  status: true,
  seed: true,
  submittedAt: true,
  feedback: true,
  reviewedAt: true,
  feedbackSeenAt: true,
  work: true,
  assignment: { select: { id: true, title: true, instructions: true, dueAt: true, seedMode: true, owner: { select: { name: true } }, items: { orderBy: { position: "asc" as const } } } },
};

async function findMember(actor: { id: string }, assignmentId: string) {
  if (typeof assignmentId !== "string" || assignmentId === "" || assignmentId.length > 100) return null;
  return db().assignmentMember.findFirst({ where: { assignmentId, userId: actor.id }, select: memberSelect });
}

type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

function memberDto(m: MemberRow, now: Date): MemberAssignmentDto {
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
    items: m.assignment.items.map((item) => itemDto(item, m.work.find((w) => w.itemId === item.id), reviewed)),
  };
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
export async function getMemberAssignment(actor: WorkActor, assignmentId: string, now: Date, options: { markFeedbackSeen?: boolean } = {}): Promise<WorkResult<MemberAssignmentDto>> {
  const first = await findMember(actor, assignmentId);
  if (!first) return fail("not-found", NOT_FOUND);
  if (!isLocked(first.status)) await syncOpenWork(actor.id, [first.id]);
  const m = isLocked(first.status) ? first : await findMember(actor, assignmentId);
  if (!m) return fail("not-found", NOT_FOUND);
  const dto = memberDto(m, now);
  if (options.markFeedbackSeen && dto.feedbackUnread && m.reviewedAt) {
    // Never earlier than the review itself, so a server clock behind the one that saved it cannot leave it unread.
    const seenAt = now.getTime() > m.reviewedAt.getTime() ? now : m.reviewedAt;
    await db().assignmentMember.updateMany({ where: { id: m.id, status: "reviewed", reviewedAt: m.reviewedAt }, data: { feedbackSeenAt: seenAt } });
  }
  return { ok: true, data: dto };
}

export interface OpenItemDto {
  readonly assignment: MemberAssignmentDto;
  readonly item: MemberItemDto;
  readonly previous: number | null;
  readonly next: number | null;
}

/** One item of the actor's assignment with its neighbours, for the item page. Reads only (apart from syncing, as above). */
export async function openItem(actor: WorkActor, assignmentId: string, position: number, now: Date): Promise<WorkResult<OpenItemDto>> {
  const r = await getMemberAssignment(actor, assignmentId, now);
  if (!r.ok) return r;
  const items = r.data.items;
  const index = items.findIndex((i) => i.position === position);
  const item = items[index];
  if (!item) return fail("not-found", NOT_FOUND);
  return { ok: true, data: { assignment: r.data, item, previous: items[index - 1]?.position ?? null, next: items[index + 1]?.position ?? null } };
}

/** The member (open, the actor's) and the item at `position`, or an error. */
async function openMemberItem(actor: WorkActor, assignmentId: string, position: number) {
  const m = await findMember(actor, assignmentId);
  if (!m) return fail("not-found", NOT_FOUND);
  const item = m.assignment.items.find((i) => i.position === position);
  if (!item) return fail("not-found", NOT_FOUND);
  if (isLocked(m.status)) return fail("locked", "You have submitted this assignment, so its answers can no longer change.");
  return { ok: true as const, member: m, item, work: m.work.find((w) => w.itemId === item.id) };
}

/** The member has begun: not-started becomes in-progress (once). */
async function markStarted(tx: Tx | Db, memberId: string, now: Date): Promise<void> {
  await tx.assignmentMember.updateMany({ where: { id: memberId, status: "not-started" }, data: { status: "in-progress", startedAt: now } });
}

/** Creates the work row when absent (kept as is otherwise) and marks the member started. Refuses once locked. */
async function ensureWork(memberId: string, itemId: string, now: Date): Promise<WorkRow | null> {
  return db().$transaction(async (tx) => {
    // Re-checked inside the transaction: a submit in another tab wins.
    const member = await tx.assignmentMember.findUnique({ where: { id: memberId }, select: { status: true } });
    if (!member || isLocked(member.status)) return null;
    const work = await tx.assignmentWork.upsert({ where: { memberId_itemId: { memberId, itemId } }, create: { memberId, itemId, startedAt: now }, update: {} });
    await markStarted(tx, memberId, now);
    return work;
  });
}

export interface StartedItemDto {
  readonly kind: ItemKind;
  readonly quizAttemptId: string | null;
  readonly interviewSessionId: string | null;
}

/**
 * Starts (or continues) an item. A quiz item gets its attempt and an interview
 * item its solo session the first time, created with the member's seed and
 * linked to the work; later calls return the same ones.
 */
export async function startItem(actor: WorkActor, assignmentId: string, position: number, now: Date): Promise<WorkResult<StartedItemDto>> {
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  const { member, item } = found;
  const kind = asKind(item.kind);
  if (contentTitle(kind, item.ref) === null) return fail("missing-content", "This item's content is no longer available. Tell the interviewer who set it.");
  const work = await ensureWork(member.id, item.id, now);
  if (!work) return fail("locked", "You have submitted this assignment, so its answers can no longer change.");
  if (kind === "quiz" && !work.quizAttemptId) {
    const started = await startQuizAttempt(actor, { quizId: item.ref, feedback: "deferred", certainty: false, memberSeed: member.seed });
    if (!started.ok) return fail("missing-content", started.message);
    const linked = await db().assignmentWork.updateMany({ where: { id: work.id, quizAttemptId: null }, data: { quizAttemptId: started.data.attemptId } });
    // Another tab linked its own attempt first: drop ours and use theirs.
    if (linked.count === 0) await db().quizAttempt.deleteMany({ where: { id: started.data.attemptId, userId: actor.id } });
  }
  if (kind === "interview" && !work.interviewSessionId) {
    const created = await createInterview(actor, { promptSlug: item.ref, mode: "solo", durationMin: 45 });
    if (!created.ok) return fail("missing-content", "This interview prompt is no longer available.");
    const linked = await db().assignmentWork.updateMany({ where: { id: work.id, interviewSessionId: null }, data: { interviewSessionId: created.id } });
    if (linked.count === 0) await db().interviewSession.deleteMany({ where: { id: created.id, candidateId: actor.id } });
  }
  const now2 = await db().assignmentWork.findUniqueOrThrow({ where: { id: work.id }, select: { quizAttemptId: true, interviewSessionId: true } });
  return { ok: true, data: { kind, ...now2 } };
}

export interface LabWorkInput {
  /** The run's share code; must be a run of the item's scenario. */
  readonly labRun?: string;
  readonly answer?: string;
}

/** Saves a lab item's run and/or answer. The item is done once the answer is not blank. */
export async function saveLabWork(actor: WorkActor, assignmentId: string, position: number, input: LabWorkInput, now: Date): Promise<WorkResult<{ savedAt: string; status: ItemStatus }>> {
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  if (found.item.kind !== "lab") return fail("invalid", "This item is not a lab.");
  if (input.answer !== undefined && (typeof input.answer !== "string" || input.answer.length > MAX_ANSWER_LENGTH)) return fail("invalid", `Keep your answer under ${MAX_ANSWER_LENGTH.toLocaleString("en-GB")} characters.`);
  if (input.labRun !== undefined) {
    if (typeof input.labRun !== "string" || input.labRun.length > MAX_LAB_RUN_LENGTH) return fail("invalid", "This run is too long to save.");
    const decoded = decodeShare(input.labRun);
    if (!decoded.success || decoded.data.scenario !== found.item.ref) return fail("invalid", "This run does not belong to this lab.");
  }
  const saved = await db().$transaction(async (tx) => {
    const member = await tx.assignmentMember.findUnique({ where: { id: found.member.id }, select: { status: true } });
    if (!member || isLocked(member.status)) return null;
    const prior = await tx.assignmentWork.findUnique({ where: { memberId_itemId: { memberId: found.member.id, itemId: found.item.id } } });
    const answer = input.answer ?? prior?.answer ?? null;
    const done = answer !== null && answer.trim() !== "";
    const data = { ...(input.labRun !== undefined ? { labRun: input.labRun } : {}), ...(input.answer !== undefined ? { answer: input.answer } : {}), status: done ? "done" : "in-progress", completedAt: done ? (prior?.completedAt ?? now) : null };
    const row = await tx.assignmentWork.upsert({ where: { memberId_itemId: { memberId: found.member.id, itemId: found.item.id } }, create: { memberId: found.member.id, itemId: found.item.id, startedAt: now, ...data }, update: data });
    await markStarted(tx, found.member.id, now);
    return row;
  });
  if (!saved) return fail("locked", "You have submitted this assignment, so its answers can no longer change.");
  return { ok: true, data: { savedAt: saved.updatedAt.toISOString(), status: saved.status === "done" ? "done" : "in-progress" } };
}

/** Marks a lesson item done, and the lesson read on the candidate's own progress too. */
export async function completeLessonItem(actor: WorkActor, assignmentId: string, position: number, now: Date): Promise<WorkResult<{ status: ItemStatus }>> {
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  if (found.item.kind !== "lesson") return fail("invalid", "This item is not a lesson.");
  const marked = await markLessonComplete(actor.id, found.item.ref);
  if (!marked.ok) return fail("missing-content", "This lesson is no longer available.");
  const done = await db().$transaction(async (tx) => {
    const member = await tx.assignmentMember.findUnique({ where: { id: found.member.id }, select: { status: true } });
    if (!member || isLocked(member.status)) return false;
    const data = { status: "done", completedAt: now };
    await tx.assignmentWork.upsert({ where: { memberId_itemId: { memberId: found.member.id, itemId: found.item.id } }, create: { memberId: found.member.id, itemId: found.item.id, startedAt: now, ...data }, update: data });
    await markStarted(tx, found.member.id, now);
    return true;
  });
  return done ? { ok: true, data: { status: "done" } } : fail("locked", "You have submitted this assignment, so its answers can no longer change.");
}

/** A heartbeat from a visible item page: adds up to MAX_HEARTBEAT_MS to the item's time. Nothing is counted before the item is started. */
export async function addTimeSpent(actor: WorkActor, assignmentId: string, position: number, ms: number): Promise<WorkResult<{ timeSpentMs: number }>> {
  if (!Number.isFinite(ms) || ms < 0) return fail("invalid", "The time must be a positive number of milliseconds.");
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  if (!found.work) return { ok: true, data: { timeSpentMs: 0 } };
  const add = Math.min(Math.round(ms), MAX_HEARTBEAT_MS);
  // Conditional on the member still being open, in one statement: a heartbeat racing a submit adds nothing after it.
  const updated = await db().assignmentWork.updateMany({ where: { id: found.work.id, member: { status: { in: ["not-started", "in-progress"] } } }, data: { timeSpentMs: { increment: add } } });
  if (updated.count === 0) return fail("locked", "You have submitted this assignment, so its answers can no longer change.");
  const row = await db().assignmentWork.findUniqueOrThrow({ where: { id: found.work.id }, select: { timeSpentMs: true } });
  return { ok: true, data: { timeSpentMs: row.timeSpentMs } };
}

/**
 * Submits the assignment and locks it. Every quiz the candidate started must
 * be submitted on its own first (an open attempt's answers live in the
 * browser until then, so submitting for them would lose them); a quiz never
 * started counts as not done. Solo interviews still running are ended here so
 * the interviewer reads what the candidate had when they submitted.
 * Idempotent: a second submit changes nothing.
 */
export async function submitAssignment(actor: WorkActor, assignmentId: string, now: Date): Promise<WorkResult<{ submittedAt: string }>> {
  const m = await findMember(actor, assignmentId);
  if (!m) return fail("not-found", NOT_FOUND);
  if (isLocked(m.status)) return { ok: true, data: { submittedAt: (m.submittedAt ?? now).toISOString() } };
  await syncOpenWork(actor.id, [m.id]);
  const work = await db().assignmentWork.findMany({ where: { memberId: m.id } });
  const attemptIds = work.flatMap((w) => (w.quizAttemptId ? [w.quizAttemptId] : []));
  const open = attemptIds.length ? await db().quizAttempt.findMany({ where: { id: { in: attemptIds }, status: "open" }, select: { id: true } }) : [];
  if (open.length > 0) {
    const positions = m.assignment.items.filter((i) => work.some((w) => w.itemId === i.id && open.some((a) => a.id === w.quizAttemptId))).map((i) => i.position + 1);
    return fail("quiz-open", `Submit your quiz first (item ${positions.join(", ")}): its answers are only saved when you press its Submit button.`);
  }
  const result = await db().$transaction(async (tx) => {
    const flipped = await tx.assignmentMember.updateMany({ where: { id: m.id, status: { in: ["not-started", "in-progress"] } }, data: { status: "submitted", submittedAt: now } });
    if (flipped.count === 0) return (await tx.assignmentMember.findUnique({ where: { id: m.id }, select: { submittedAt: true } }))?.submittedAt ?? now;
    const sessionIds = work.flatMap((w) => (w.interviewSessionId ? [w.interviewSessionId] : []));
    if (sessionIds.length) await tx.interviewSession.updateMany({ where: { id: { in: sessionIds }, candidateId: actor.id, status: "active" }, data: { status: "finished" } });
    return now;
  });
  return { ok: true, data: { submittedAt: result.toISOString() } };
}
