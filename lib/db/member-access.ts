/**
 * How the candidate's side of assignments reaches an assignment and what it
 * answers. Every function there takes the acting user and reaches an
 * assignment only through the actor's own AssignmentMember row (findMember);
 * any other id is "not-found", exactly as if it did not exist.
 */
import { may, type Actor } from "../auth/access";
import type { RuleId } from "../auth/access-rules";
import { db } from "./client";

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
  | "own-cohort"
  /** Too many wrong codes or links from this account lately (LIMITS in rate-limit.ts); nothing was looked up. */
  | "throttled";
export type WorkFailure = { ok: false; error: WorkError; message: string };
export type WorkResult<T> = { ok: true; data: T } | WorkFailure;

export const fail = (error: WorkError, message: string): WorkFailure => ({ ok: false, error, message });
export const NOT_FOUND = "Not found.";

const memberSelect = {
  id: true,
  userId: true,
  status: true,
  seed: true,
  submittedAt: true,
  feedback: true,
  reviewedAt: true,
  feedbackSeenAt: true,
  work: true,
  assignment: {
    select: {
      id: true,
      title: true,
      instructions: true,
      dueAt: true,
      seedMode: true,
      owner: { select: { name: true } },
      items: { orderBy: { position: "asc" as const } },
    },
  },
};

/**
 * The actor's member row in the assignment, with its items (in order) and
 * work; null when the actor is not a member or may not take `rule` on it.
 */
export async function findMember(actor: Actor, rule: RuleId, assignmentId: string) {
  // The id comes straight from a URL or form: anything that cannot be an id is simply not found.
  if (typeof assignmentId !== "string" || assignmentId === "" || assignmentId.length > 100 || !may(actor, rule))
    return null;
  const row = await db().assignmentMember.findFirst({
    where: { assignmentId, userId: actor.id },
    select: memberSelect,
  });
  return row && may(actor, rule, { member: row.userId }) ? row : null;
}

export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;
