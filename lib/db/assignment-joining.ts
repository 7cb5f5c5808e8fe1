/**
 * How a candidate gets into an assignment without the interviewer typing
 * their account: an invitation link (claimed at sign-up or by a signed-in
 * account: holding the token is the proof) or a cohort's join code.
 */
import { enrolInTx } from "./assignment-members";
import { db, type Tx } from "./client";
import { fail, NOT_FOUND, type WorkResult } from "./member-access";
import { may, type Actor } from "../auth/access";
import { limitFailures, LIMITS, retryWording } from "./rate-limit";

/** Claims an invitation for `userId` inside `tx`: the assignment id, or the reason it could not be claimed. */
export async function claimInvitationInTx(
  tx: Tx,
  userId: string,
  token: string,
): Promise<{ ok: true; assignmentId: string } | { ok: false; error: "not-found" | "claimed" }> {
  if (typeof token !== "string" || token.length < 8 || token.length > 100) return { ok: false, error: "not-found" };
  const invite = await tx.assignmentMember.findUnique({
    where: { inviteToken: token },
    select: { id: true, assignmentId: true, userId: true },
  });
  if (!invite) return { ok: false, error: "not-found" };
  if (invite.userId !== null)
    return invite.userId === userId ? { ok: true, assignmentId: invite.assignmentId } : { ok: false, error: "claimed" };
  // Already in this assignment under another address: keep the one membership (and its work).
  const existing = await tx.assignmentMember.findFirst({
    where: { assignmentId: invite.assignmentId, userId },
    select: { id: true },
  });
  if (existing) return { ok: true, assignmentId: invite.assignmentId };
  const claimed = await tx.assignmentMember.updateMany({ where: { id: invite.id, userId: null }, data: { userId } });
  return claimed.count === 1 ? { ok: true, assignmentId: invite.assignmentId } : { ok: false, error: "claimed" };
}

/**
 * Accepts an invitation link for the signed-in account, whatever its email:
 * holding the token is the proof. The token stays on the row so a second
 * opening can say the link was already used.
 */
export async function claimInvitation(actor: Actor, token: string): Promise<WorkResult<{ assignmentId: string }>> {
  if (!may(actor, "invitation.claim")) return fail("not-found", NOT_FOUND);
  // Only unknown tokens count towards the account's limit: a real link, even one already used, is not a guess.
  const limited = await limitFailures(
    LIMITS.invitation,
    actor.id,
    () => db().$transaction((tx) => claimInvitationInTx(tx, actor.id, token)),
    (r) => r.ok || r.error !== "not-found",
  );
  if (!limited.ok)
    return fail(
      "throttled",
      `Too many invitation links that do not work were opened from this account. Try again in ${retryWording(limited.retryAfterSeconds)}.`,
    );
  const r = limited.result;
  if (r.ok) return { ok: true, data: { assignmentId: r.assignmentId } };
  return r.error === "claimed"
    ? fail("claimed", "This invitation has already been accepted by another account.")
    : fail("not-found", "This invitation link is not valid. Check that you copied all of it.");
}

/** What an invitation link shows before it is accepted. Null when unknown. */
export async function invitationPreview(
  token: string,
): Promise<{ title: string; ownerName: string; dueAt: string; claimed: boolean } | null> {
  if (typeof token !== "string" || token.length < 8 || token.length > 100) return null;
  const row = await db().assignmentMember.findUnique({
    where: { inviteToken: token },
    select: { userId: true, assignment: { select: { title: true, dueAt: true, owner: { select: { name: true } } } } },
  });
  return row
    ? {
        title: row.assignment.title,
        ownerName: row.assignment.owner.name,
        dueAt: row.assignment.dueAt.toISOString(),
        claimed: row.userId !== null,
      }
    : null;
}

/** Join codes are shown in capitals; people type them any way. */
export function normaliseJoinCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]/g, "");
}

export interface JoinedCohortDto {
  readonly cohortId: string;
  readonly cohortName: string;
  readonly alreadyMember: boolean;
  /** Assignments of the cohort the actor is now enrolled in (new or not). */
  readonly assignmentIds: readonly string[];
}

/**
 * Joins the cohort with this code and enrols the actor in each of its
 * assignments (an invitation already sent to their email is claimed rather
 * than duplicated). Joining twice changes nothing.
 */
export async function joinCohort(actor: Actor, code: string): Promise<WorkResult<JoinedCohortDto>> {
  if (typeof code !== "string" || code.length > 64 || !may(actor, "cohort.join"))
    return fail("not-found", "No cohort has this code.");
  const normalised = normaliseJoinCode(code);
  if (normalised === "") return fail("invalid", "Enter the join code your interviewer gave you.");
  // Each code tried takes a slot of the account's limit first; a code that names a cohort gives it back.
  const lookup = await limitFailures(
    LIMITS.joinCode,
    actor.id,
    async () =>
      (await db().cohort.findUnique({ where: { joinCode: normalised } })) ??
      (await db().cohort.findUnique({ where: { joinCode: code.trim() } })),
    (found) => found !== null,
  );
  if (!lookup.ok)
    return fail(
      "throttled",
      `Too many wrong codes from this account. Try again in ${retryWording(lookup.retryAfterSeconds)}.`,
    );
  const cohort = lookup.result;
  if (!cohort) return fail("not-found", "No cohort has this code. Check it with your interviewer.");
  if (cohort.ownerId === actor.id)
    return fail("own-cohort", "This is your own cohort: candidates join it with this code.");
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { email: true } });
  if (!user) return fail("not-found", NOT_FOUND);
  const data = await db().$transaction(async (tx) => {
    const prior = await tx.cohortMember.findUnique({
      where: { cohortId_userId: { cohortId: cohort.id, userId: actor.id } },
    });
    if (!prior) await tx.cohortMember.create({ data: { cohortId: cohort.id, userId: actor.id } });
    const assignments = await tx.assignment.findMany({
      where: { cohortId: cohort.id },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    });
    for (const a of assignments) {
      if (
        await tx.assignmentMember.findFirst({ where: { assignmentId: a.id, userId: actor.id }, select: { id: true } })
      )
        continue;
      const enrolled = await enrolInTx(tx, a.id, { email: user.email, userId: actor.id });
      if (enrolled.userId === null)
        await tx.assignmentMember.updateMany({ where: { id: enrolled.id, userId: null }, data: { userId: actor.id } });
    }
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      alreadyMember: prior !== null,
      assignmentIds: assignments.map((a) => a.id),
    };
  });
  return { ok: true, data };
}
