/**
 * The candidate's work on an assignment: starting items, saving a lab,
 * completing a lesson, timing, and submission (what they read back:
 * member-assignments.ts; how they get in: assignment-joining.ts).
 * Every function reaches the assignment only through the actor's own member
 * row (member-access.ts). Once a member has submitted, nothing here changes
 * their work again: each write re-checks that inside its own transaction.
 */
import { isLocked, type ItemStatus } from "../assignments/status";
import type { ItemKind } from "../assignments/schema";
import { MAX_SHARE_CODE_LENGTH } from "../sim/limits";
import { decodeShare } from "../sim/share-codec";
import { asKind, contentTitle } from "./assignment-items";
import { db, type Tx } from "./client";
import { createInterview } from "./interviews";
import { markLessonComplete } from "./lesson-progress";
import type { Actor } from "../auth/access";
import { fail, findMember, NOT_FOUND, type WorkFailure, type WorkResult } from "./member-access";
import { startAssignedQuizAttempt } from "./quiz";
import { syncOpenWork } from "./work-sync";
import { TEXT_LIMITS } from "../text-limits";

/** Longest lab answer kept, and longest share code (an action log of a long run). */
export const MAX_ANSWER_LENGTH = TEXT_LIMITS.labAnswer;
export const MAX_LAB_RUN_LENGTH = MAX_SHARE_CODE_LENGTH;
/** A heartbeat adds at most this much time, so a stalled tab cannot inflate the total. */
export const MAX_HEARTBEAT_MS = 60_000;

const locked = (): WorkFailure =>
  fail("locked", "You have submitted this assignment, so its answers can no longer change.");

/** The member (open, the actor's) and the item at `position`, or an error. */
async function openMemberItem(actor: Actor, assignmentId: string, position: number) {
  const m = await findMember(actor, "assignment-work.save", assignmentId);
  if (!m) return fail("not-found", NOT_FOUND);
  const item = m.assignment.items.find((i) => i.position === position);
  if (!item) return fail("not-found", NOT_FOUND);
  if (isLocked(m.status)) return locked();
  return { ok: true as const, member: m, item, work: m.work.find((w) => w.itemId === item.id) };
}

/**
 * Runs `write` in a transaction that first re-checks the member is still open, so a submit in another tab wins; null
 * once locked.
 */
async function whileOpen<T>(memberId: string, write: (tx: Tx) => Promise<T>): Promise<T | null> {
  return db().$transaction(async (tx) => {
    const member = await tx.assignmentMember.findUnique({ where: { id: memberId }, select: { status: true } });
    if (!member || isLocked(member.status)) return null;
    return write(tx);
  });
}

type WorkChange = { status?: string; completedAt?: Date | null; labRun?: string; answer?: string };

/**
 * Creates the item's work row with `change` (started now) or applies `change` to it; the member has begun, so
 * not-started becomes in-progress (once).
 */
async function writeWork(tx: Tx, memberId: string, itemId: string, change: WorkChange, now: Date) {
  const work = await tx.assignmentWork.upsert({
    where: { memberId_itemId: { memberId, itemId } },
    create: { memberId, itemId, startedAt: now, ...change },
    update: change,
  });
  await tx.assignmentMember.updateMany({
    where: { id: memberId, status: "not-started" },
    data: { status: "in-progress", startedAt: now },
  });
  return work;
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
export async function startItem(
  actor: Actor,
  assignmentId: string,
  position: number,
  now: Date,
): Promise<WorkResult<StartedItemDto>> {
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  const { member, item } = found;
  const kind = asKind(item.kind);
  if (contentTitle(kind, item.ref) === null)
    return fail("missing-content", "This item's content is no longer available. Tell the interviewer who set it.");
  // An existing row is kept as it is: starting again only makes sure there is one.
  const work = await whileOpen(member.id, (tx) => writeWork(tx, member.id, item.id, {}, now));
  if (!work) return locked();
  if (kind === "quiz" && !work.quizAttemptId) {
    const started = await startAssignedQuizAttempt(actor, item.ref, member.seed);
    if (!started.ok) return fail("missing-content", started.message);
    const linked = await db().assignmentWork.updateMany({
      where: { id: work.id, quizAttemptId: null },
      data: { quizAttemptId: started.data.attemptId },
    });
    // Another tab linked its own attempt first: drop ours and use theirs.
    if (linked.count === 0)
      await db().quizAttempt.deleteMany({ where: { id: started.data.attemptId, userId: actor.id } });
  }
  if (kind === "interview" && !work.interviewSessionId) {
    const created = await createInterview(actor, { promptSlug: item.ref, mode: "solo", durationMin: 45 });
    if (!created.ok) return fail("missing-content", "This interview prompt is no longer available.");
    const linked = await db().assignmentWork.updateMany({
      where: { id: work.id, interviewSessionId: null },
      data: { interviewSessionId: created.id },
    });
    if (linked.count === 0)
      await db().interviewSession.deleteMany({ where: { id: created.id, candidateId: actor.id } });
  }
  const links = await db().assignmentWork.findUniqueOrThrow({
    where: { id: work.id },
    select: { quizAttemptId: true, interviewSessionId: true },
  });
  return { ok: true, data: { kind, ...links } };
}

export interface LabWorkInput {
  /** The run's share code; must be a run of the item's scenario. */
  readonly labRun?: string;
  readonly answer?: string;
}

/** Saves a lab item's run and/or answer. The item is done once the answer is not blank. */
export async function saveLabWork(
  actor: Actor,
  assignmentId: string,
  position: number,
  input: LabWorkInput,
  now: Date,
): Promise<WorkResult<{ savedAt: string; status: ItemStatus }>> {
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  if (found.item.kind !== "lab") return fail("invalid", "This item is not a lab.");
  if (input.answer !== undefined && (typeof input.answer !== "string" || input.answer.length > MAX_ANSWER_LENGTH))
    return fail("invalid", `Keep your answer under ${MAX_ANSWER_LENGTH.toLocaleString("en-GB")} characters.`);
  if (input.labRun !== undefined) {
    if (typeof input.labRun !== "string" || input.labRun.length > MAX_LAB_RUN_LENGTH)
      return fail("invalid", "This run is too long to save.");
    // The codec bounds every number that drives a replay (time, steps, actions, nodes), so a saved run always replays
    // within RUN_LIMITS.
    const decoded = decodeShare(input.labRun);
    if (!decoded.success) return fail("invalid", `This run cannot be saved: ${decoded.error}.`);
    if (decoded.data.scenario !== found.item.ref) return fail("invalid", "This run does not belong to this lab.");
  }
  const memberId = found.member.id;
  const itemId = found.item.id;
  const saved = await whileOpen(memberId, async (tx) => {
    const prior = await tx.assignmentWork.findUnique({ where: { memberId_itemId: { memberId, itemId } } });
    const answer = input.answer ?? prior?.answer ?? null;
    const done = answer !== null && answer.trim() !== "";
    const change = {
      ...(input.labRun !== undefined ? { labRun: input.labRun } : {}),
      ...(input.answer !== undefined ? { answer: input.answer } : {}),
      status: done ? "done" : "in-progress",
      completedAt: done ? (prior?.completedAt ?? now) : null,
    };
    return writeWork(tx, memberId, itemId, change, now);
  });
  if (!saved) return locked();
  return {
    ok: true,
    data: { savedAt: saved.updatedAt.toISOString(), status: saved.status === "done" ? "done" : "in-progress" },
  };
}

/** Marks a lesson item done, and the lesson read on the candidate's own progress too. */
export async function completeLessonItem(
  actor: Actor,
  assignmentId: string,
  position: number,
  now: Date,
): Promise<WorkResult<{ status: ItemStatus }>> {
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  if (found.item.kind !== "lesson") return fail("invalid", "This item is not a lesson.");
  const marked = await markLessonComplete(actor, found.item.ref);
  if (!marked.ok) return fail("missing-content", "This lesson is no longer available.");
  const done = await whileOpen(found.member.id, (tx) =>
    writeWork(tx, found.member.id, found.item.id, { status: "done", completedAt: now }, now),
  );
  return done ? { ok: true, data: { status: "done" } } : locked();
}

/**
 * A heartbeat from a visible item page. The page says how long it was visible
 * (`ms`), and that is only an upper bound: the server adds no more than its own
 * clock says has passed since the last beat it counted (since the item was
 * started, before the first), and never more than MAX_HEARTBEAT_MS. Each beat
 * moves lastBeatAt with a compare-and-set, so two tabs beating at once share the
 * time that passed instead of both counting it, and the item's total can never
 * run ahead of the wall clock. Nothing is counted before the item is started.
 */
export async function addTimeSpent(
  actor: Actor,
  assignmentId: string,
  position: number,
  ms: number,
  now: Date,
): Promise<WorkResult<{ timeSpentMs: number }>> {
  if (!Number.isFinite(ms) || ms < 0) return fail("invalid", "The time must be a positive number of milliseconds.");
  const found = await openMemberItem(actor, assignmentId, position);
  if (!found.ok) return found;
  if (!found.work) return { ok: true, data: { timeSpentMs: 0 } };
  const id = found.work.id;
  for (let attempt = 0; attempt < 3; attempt++) {
    const work = await db().assignmentWork.findUniqueOrThrow({
      where: { id },
      select: { startedAt: true, lastBeatAt: true, timeSpentMs: true },
    });
    const since = work.lastBeatAt ?? work.startedAt;
    // A clock that went backwards counts nothing and does not move the mark back.
    if (now.getTime() <= since.getTime()) return { ok: true, data: { timeSpentMs: work.timeSpentMs } };
    const add = Math.min(Math.round(ms), now.getTime() - since.getTime(), MAX_HEARTBEAT_MS);
    // Conditional on the mark this beat measured from and on the member still being open, in one statement:
    // a beat racing another counts once, and one racing a submit adds nothing after it.
    const updated = await db().assignmentWork.updateMany({
      where: { id, lastBeatAt: work.lastBeatAt, member: { status: { in: ["not-started", "in-progress"] } } },
      data: { timeSpentMs: { increment: add }, lastBeatAt: now },
    });
    if (updated.count === 1) return { ok: true, data: { timeSpentMs: work.timeSpentMs + add } };
    const member = await db().assignmentMember.findUniqueOrThrow({
      where: { id: found.member.id },
      select: { status: true },
    });
    if (isLocked(member.status)) return locked();
  }
  const row = await db().assignmentWork.findUniqueOrThrow({ where: { id }, select: { timeSpentMs: true } });
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
export async function submitAssignment(
  actor: Actor,
  assignmentId: string,
  now: Date,
): Promise<WorkResult<{ submittedAt: string }>> {
  const m = await findMember(actor, "assignment-work.submit", assignmentId);
  if (!m) return fail("not-found", NOT_FOUND);
  if (isLocked(m.status)) return { ok: true, data: { submittedAt: (m.submittedAt ?? now).toISOString() } };
  await syncOpenWork(actor.id, [m.id]);
  const work = await db().assignmentWork.findMany({ where: { memberId: m.id } });
  const attemptIds = work.flatMap((w) => (w.quizAttemptId ? [w.quizAttemptId] : []));
  const open = attemptIds.length
    ? await db().quizAttempt.findMany({ where: { id: { in: attemptIds }, status: "open" }, select: { id: true } })
    : [];
  if (open.length > 0) {
    const positions = m.assignment.items
      .filter((i) => work.some((w) => w.itemId === i.id && open.some((a) => a.id === w.quizAttemptId)))
      .map((i) => i.position + 1);
    return fail(
      "quiz-open",
      `Submit your quiz first (item ${positions.join(", ")}): its answers are only saved when you press its Submit button.`,
    );
  }
  const result = await db().$transaction(async (tx) => {
    const flipped = await tx.assignmentMember.updateMany({
      where: { id: m.id, status: { in: ["not-started", "in-progress"] } },
      data: { status: "submitted", submittedAt: now },
    });
    if (flipped.count === 0)
      return (
        (await tx.assignmentMember.findUnique({ where: { id: m.id }, select: { submittedAt: true } }))?.submittedAt ??
        now
      );
    const sessionIds = work.flatMap((w) => (w.interviewSessionId ? [w.interviewSessionId] : []));
    if (sessionIds.length)
      await tx.interviewSession.updateMany({
        where: { id: { in: sessionIds }, candidateId: actor.id, status: "active" },
        data: { status: "finished" },
      });
    return now;
  });
  return { ok: true, data: { submittedAt: result.toISOString() } };
}
