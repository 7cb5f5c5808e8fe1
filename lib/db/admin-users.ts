import { z } from "zod";
import { may } from "../auth/access";
import type { RuleId } from "../auth/access-rules";
import { ROLES } from "../auth/roles";
import { containsIgnoringCase, db, type Tx } from "./client";
import { getUserById, toDto, type UserDto } from "./users";

/** A user as an admin sees them in the user list. */
export type ManagedUserDto = UserDto & { deactivated: boolean };

export type AdminResult = { ok: true } | { ok: false; status: 400 | 404 | 409; error: string };

const NOT_FOUND: AdminResult = { ok: false, status: 404, error: "No such user." };

/** Whether the actor, as stored now (an active account, its current role), may take `rule`; password-resets.ts too. */
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

export const USER_PAGE_SIZE = 20;
export const USER_SORTS = ["newest", "oldest", "name", "email"] as const;
export const USER_STATUSES = ["active", "deactivated"] as const;

/**
 * The users page's search parameters. Anything malformed falls back to its default (a bad link still shows a page),
 * and every value is bounded: the search text to 100 characters, the page number to 10 000.
 */
export const UserQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  sort: z.enum(USER_SORTS).catch("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserQuery = z.infer<typeof UserQuerySchema>;

export interface UserPageDto {
  readonly users: ManagedUserDto[];
  /** Accounts matching the search and filters, over every page. */
  readonly total: number;
  readonly page: number;
  readonly pages: number;
}

const ORDER = {
  newest: { createdAt: "desc" },
  oldest: { createdAt: "asc" },
  name: { name: "asc" },
  email: { email: "asc" },
} as const;

/**
 * One page of accounts matching a search (name or email contains the text) and the role and status filters, in the
 * chosen order; null unless the actor is an active admin. The query is parsed here too, so no caller can skip it.
 */
export async function userPage(actorId: string, query: unknown): Promise<UserPageDto | null> {
  if (!(await mayNow(actorId, "users.list"))) return null;
  const { q, role, status, sort, page } = UserQuerySchema.parse(query ?? {});
  const where = {
    ...(q ? { OR: [{ name: containsIgnoringCase(q) }, { email: { contains: q.toLowerCase() } }] } : {}),
    ...(role ? { role } : {}),
    ...(status ? { deactivatedAt: status === "active" ? null : { not: null } } : {}),
  };
  const total = await db().user.count({ where });
  const pages = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));
  const current = Math.min(page, pages);
  const users = await db().user.findMany({
    where,
    orderBy: [ORDER[sort], { id: "asc" }],
    skip: (current - 1) * USER_PAGE_SIZE,
    take: USER_PAGE_SIZE,
  });
  return {
    users: users.map((user) => ({ ...toDto(user), deactivated: user.deactivatedAt !== null })),
    total,
    page: current,
    pages,
  };
}

export const LAST_ADMIN = "This is the last active admin: make another account an admin first.";

/** Inside a change's transaction: at least one active admin must remain, or the change is rolled back. */
async function keepAnAdmin(tx: Tx): Promise<void> {
  if ((await tx.user.count({ where: { role: "admin", deactivatedAt: null } })) === 0) throw new LastAdminError();
}

class LastAdminError extends Error {}

/**
 * PostgreSQL ends the loser of a serialization conflict (40001) or deadlock (40P01). Prisma reports it as P2034 when
 * it happens in a query, but as the driver adapter's own TransactionWriteConflict when it happens at COMMIT.
 */
function isSerializationFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ("code" in error && error.code === "P2034") return true;
  const cause: unknown = "cause" in error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "kind" in cause && cause.kind === "TransactionWriteConflict";
}

/** A conflict is retried this many times; each retry sees what the winner committed, so the guard decides. */
const CONFLICT_RETRIES = 3;

/** Runs a change that must leave an active admin; refuses it with LAST_ADMIN otherwise. */
async function leavingAnAdmin(change: (tx: Tx) => Promise<number>, attempt = 0): Promise<AdminResult> {
  try {
    // Serializable: two admins demoting each other at once cannot both see the other one still there.
    const count = await db().$transaction(
      async (tx) => {
        const n = await change(tx);
        await keepAnAdmin(tx);
        return n;
      },
      { isolationLevel: "Serializable" },
    );
    return count === 1 ? { ok: true } : NOT_FOUND;
  } catch (error) {
    if (error instanceof LastAdminError) return { ok: false, status: 400, error: LAST_ADMIN };
    if (isSerializationFailure(error)) {
      if (attempt < CONFLICT_RETRIES) return leavingAnAdmin(change, attempt + 1);
      return { ok: false, status: 409, error: "Another change got there first: reload." };
    }
    throw error;
  }
}

export const changeRoleSchema = z.object({
  userId: z.string().min(1, "Choose a user."),
  role: z.enum(ROLES, { error: `Choose one of: ${ROLES.join(", ")}.` }),
});

export const setActiveSchema = z.object({
  userId: z.string().min(1, "Choose a user."),
  active: z.boolean({ error: "Say whether the account is active." }),
});

/**
 * Admins change roles; nobody changes their own, and no change may leave no active admin (two admins demoting each
 * other at once: the second is refused).
 */
export async function changeUserRole(actorId: string, input: unknown): Promise<AdminResult> {
  if (!(await mayNow(actorId, "users.change-role"))) return NOT_FOUND;
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  if (parsed.data.userId === actorId) return { ok: false, status: 400, error: "You cannot change your own role." };
  const { userId, role } = parsed.data;
  return leavingAnAdmin(async (tx) => (await tx.user.updateMany({ where: { id: userId }, data: { role } })).count);
}

/** Deactivated users keep their data but cannot sign in; reactivating restores access. */
export async function setUserActive(actorId: string, input: unknown): Promise<AdminResult> {
  if (!(await mayNow(actorId, "users.deactivate"))) return NOT_FOUND;
  const parsed = setActiveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  if (parsed.data.userId === actorId)
    return { ok: false, status: 400, error: "You cannot deactivate your own account." };
  const { userId, active } = parsed.data;
  return leavingAnAdmin(
    async (tx) =>
      (
        await tx.user.updateMany({
          where: { id: userId },
          // Deactivating also moves the session version on, so reactivating later does not revive the old sessions.
          data: active ? { deactivatedAt: null } : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
        })
      ).count,
  );
}
