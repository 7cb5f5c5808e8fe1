/**
 * Cohorts: a named group of candidates who join with a code. Only the owner
 * (an interviewer or admin) sees a cohort here; anyone else gets "not-found".
 */
import { randomBytes } from "node:crypto";
import { cohortNameSchema } from "../assignments/schema";
import { may, type Actor } from "../auth/access";
import type { NotFound } from "./assignments";
import { db } from "./client";

const notFound: NotFound = { ok: false, error: "not-found" };

export interface CohortSummaryDto {
  readonly id: string;
  readonly name: string;
  readonly joinCode: string;
  readonly memberCount: number;
  readonly assignmentCount: number;
  readonly createdAt: string;
}

export interface CohortDetailDto extends CohortSummaryDto {
  readonly members: readonly { id: string; name: string; email: string; joinedAt: string }[];
  readonly assignments: readonly { id: string; title: string; dueAt: string; memberCount: number }[];
}

function newCohortCode(): string {
  // 8 characters without look-alikes (about 10^12 codes): short enough to read out in a room.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join("");
}

export type CreateCohortResult =
  { ok: true; id: string; joinCode: string } | NotFound | { ok: false; error: "invalid"; message: string };

export async function createCohort(actor: Actor, name: string): Promise<CreateCohortResult> {
  if (!may(actor, "cohort.create")) return notFound;
  const parsed = cohortNameSchema.safeParse(name);
  if (!parsed.success)
    return { ok: false, error: "invalid", message: parsed.error.issues[0]?.message ?? "Give the cohort a name." };
  const row = await db().cohort.create({
    data: { ownerId: actor.id, name: parsed.data, joinCode: newCohortCode() },
    select: { id: true, joinCode: true },
  });
  return { ok: true, id: row.id, joinCode: row.joinCode };
}

/** The actor's cohorts, newest first. */
export async function listCohorts(actor: Actor): Promise<CohortSummaryDto[]> {
  if (!may(actor, "cohort.view")) return [];
  const rows = await db().cohort.findMany({
    where: { ownerId: actor.id },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { members: true, assignments: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    memberCount: c._count.members,
    assignmentCount: c._count.assignments,
    createdAt: c.createdAt.toISOString(),
  }));
}

export type CohortResult = { ok: true; cohort: CohortDetailDto } | NotFound;

export async function getCohort(actor: Actor, cohortId: string): Promise<CohortResult> {
  if (!may(actor, "cohort.view")) return notFound;
  const c = await db().cohort.findUnique({
    where: { id: cohortId },
    include: {
      members: { orderBy: { joinedAt: "asc" }, include: { user: { select: { name: true, email: true } } } },
      assignments: { orderBy: { dueAt: "asc" }, include: { _count: { select: { members: true } } } },
    },
  });
  if (!c || !may(actor, "cohort.view", { owner: c.ownerId })) return notFound;
  return {
    ok: true,
    cohort: {
      id: c.id,
      name: c.name,
      joinCode: c.joinCode,
      memberCount: c.members.length,
      assignmentCount: c.assignments.length,
      createdAt: c.createdAt.toISOString(),
      members: c.members.map((m) => ({
        id: m.id,
        name: m.user.name,
        email: m.user.email,
        joinedAt: m.joinedAt.toISOString(),
      })),
      assignments: c.assignments.map((a) => ({
        id: a.id,
        title: a.title,
        dueAt: a.dueAt.toISOString(),
        memberCount: a._count.members,
      })),
    },
  };
}
