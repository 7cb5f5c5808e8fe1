import { z } from "zod";
import { may } from "../auth/access";
import type { RuleId } from "../auth/access-rules";
import { ROLES } from "../auth/roles";
import { db } from "./client";
import { getUserById, toDto, type UserDto } from "./users";

/** A user as an admin sees them in the user list. */
export type ManagedUserDto = UserDto & { deactivated: boolean };

export type AdminResult = { ok: true } | { ok: false; status: 400 | 404; error: string };

const NOT_FOUND: AdminResult = { ok: false, status: 404, error: "No such user." };

/** Whether the actor, as stored now (an active account, its current role), may take `rule` (also password-resets.ts). */
export async function mayNow(actorId: string, rule: RuleId): Promise<boolean> {
  const actor = await getUserById(actorId);
  return actor !== null && may(actor, rule);
}

/** Every account, newest first; null unless the actor is an active admin. */
export async function listUsers(actorId: string): Promise<ManagedUserDto[] | null> {
  if (!(await mayNow(actorId, "users.list"))) return null;
  const users = await db().user.findMany({ orderBy: { createdAt: "desc" } });
  return users.map((user) => ({ ...toDto(user), deactivated: user.deactivatedAt !== null }));
}

export const changeRoleSchema = z.object({
  userId: z.string().min(1, "Choose a user."),
  role: z.enum(ROLES, { error: `Choose one of: ${ROLES.join(", ")}.` }),
});

export const setActiveSchema = z.object({
  userId: z.string().min(1, "Choose a user."),
  active: z.boolean({ error: "Say whether the account is active." }),
});

/** Admins change roles; nobody changes their own, so the last admin cannot lock themselves out. */
export async function changeUserRole(actorId: string, input: unknown): Promise<AdminResult> {
  if (!(await mayNow(actorId, "users.change-role"))) return NOT_FOUND;
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  if (parsed.data.userId === actorId) return { ok: false, status: 400, error: "You cannot change your own role." };
  const updated = await db().user.updateMany({ where: { id: parsed.data.userId }, data: { role: parsed.data.role } });
  return updated.count === 1 ? { ok: true } : NOT_FOUND;
}

/** Deactivated users keep their data but cannot sign in; reactivating restores access. */
export async function setUserActive(actorId: string, input: unknown): Promise<AdminResult> {
  if (!(await mayNow(actorId, "users.deactivate"))) return NOT_FOUND;
  const parsed = setActiveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  if (parsed.data.userId === actorId)
    return { ok: false, status: 400, error: "You cannot deactivate your own account." };
  const updated = await db().user.updateMany({
    where: { id: parsed.data.userId },
    // Deactivating also moves the session version on, so reactivating later does not revive the old sessions.
    data: parsed.data.active
      ? { deactivatedAt: null }
      : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  return updated.count === 1 ? { ok: true } : NOT_FOUND;
}
