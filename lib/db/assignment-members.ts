/**
 * Enrolment: the one place an AssignmentMember row is created, whether the
 * interviewer typed an email, assigned a cohort or a candidate joined one.
 * The member's ordinal comes from the assignment's counter, bumped in the same
 * transaction, so two enrolments at once never share an ordinal (or a seed).
 */
import { randomBytes } from "node:crypto";
import { memberSeed, type SeedMode } from "../assignments/seeds";
import { db, type Tx } from "./client";

export interface Enrolment {
  /** Lowercase email. */
  readonly email: string;
  /** The account, when one exists; otherwise an invitation token is issued. */
  readonly userId: string | null;
}

export interface EnrolledMember {
  readonly id: string;
  readonly email: string;
  readonly userId: string | null;
  readonly inviteToken: string | null;
  readonly seed: number;
  /** False when the email was already a member (nothing changed). */
  readonly created: boolean;
}

/** An unguessable invitation token for a link. */
export function newInviteToken(): string {
  return randomBytes(18).toString("base64url");
}

/** Enrols `who` in the assignment inside `tx`; an email already enrolled is left as it is. */
export async function enrolInTx(tx: Tx, assignmentId: string, who: Enrolment): Promise<EnrolledMember> {
  const existing = await tx.assignmentMember.findUnique({
    where: { assignmentId_email: { assignmentId, email: who.email } },
  });
  if (existing)
    return {
      id: existing.id,
      email: existing.email,
      userId: existing.userId,
      inviteToken: existing.inviteToken,
      seed: existing.seed,
      created: false,
    };
  const assignment = await tx.assignment.update({
    where: { id: assignmentId },
    data: { memberCount: { increment: 1 } },
    select: { seedMode: true, pinnedSeed: true, seedBase: true, memberCount: true },
  });
  const ordinal = assignment.memberCount - 1;
  const seed = memberSeed(
    { seedMode: assignment.seedMode as SeedMode, pinnedSeed: assignment.pinnedSeed, seedBase: assignment.seedBase },
    ordinal,
  );
  const row = await tx.assignmentMember.create({
    data: {
      assignmentId,
      email: who.email,
      userId: who.userId,
      inviteToken: who.userId ? null : newInviteToken(),
      ordinal,
      seed,
    },
  });
  return {
    id: row.id,
    email: row.email,
    userId: row.userId,
    inviteToken: row.inviteToken,
    seed: row.seed,
    created: true,
  };
}

/** Enrols each of `people` in one transaction. */
export async function enrol(assignmentId: string, people: readonly Enrolment[]): Promise<EnrolledMember[]> {
  return db().$transaction(async (tx) => {
    const out: EnrolledMember[] = [];
    for (const who of people) out.push(await enrolInTx(tx, assignmentId, who));
    return out;
  });
}
