import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { fieldErrorsOf, signInSchema, signUpSchema, type FieldErrors } from "../auth/schemas";
import { isRole, type Role } from "../auth/roles";
import { claimInvitationInTx } from "./assignment-joining";
import { db } from "./client";
import type { User } from "./generated/sqlite/client";

/** A user as the app sees it: no password hash, dates as ISO strings. */
export type UserDto = { id: string; email: string; name: string; role: Role; createdAt: string };

/** `invitation`: only when sign-up came with an invitation token — the assignment it opened, or why it could not be accepted. */
export type SignUpResult = { ok: true; user: UserDto; invitation?: { ok: true; assignmentId: string } | { ok: false; error: "not-found" | "claimed" } } | { ok: false; fieldErrors: FieldErrors };
export type VerifyResult =
  | { ok: true; user: UserDto }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export const DUPLICATE_EMAIL = "An account with this email already exists.";

/** The sign-in throttle: this many failures for one email within WINDOW_MS lock it. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const FIRST_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 15 * 60_000;

// Algorithm.Argon2id is an ambient const enum, which isolatedModules forbids; 2 is its value (and the default).
const ARGON2 = { algorithm: 2 } as const;

export function toDto(user: User): UserDto {
  // Roles are plain strings in the database (SQLite has no enums); one that is
  // not a known role gets the least privilege rather than crashing the page.
  const role: Role = isRole(user.role) ? user.role : "candidate";
  return { id: user.id, email: user.email, name: user.name, role, createdAt: user.createdAt.toISOString() };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Creates a candidate account. Nothing is written unless the result is ok. */
export async function signUp(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { name, email, password, inviteToken } = parsed.data; // email is lowercase: the unique index is then case-insensitive

  if (await db().user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
  }
  try {
    const passwordHash = await hashPassword(password);
    if (inviteToken === undefined) {
      const user = await db().user.create({ data: { name, email, role: "candidate", passwordHash } });
      return { ok: true, user: toDto(user) };
    }
    // The account and the accepted invitation are written together: signing up from the link needs no second step.
    // A link already used or unknown still creates the account; the caller shows why the invitation was not accepted.
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, role: "candidate", passwordHash } });
      const invitation = await claimInvitationInTx(tx, user.id, inviteToken);
      return { ok: true as const, user: toDto(user), invitation: invitation.ok ? { ok: true as const, assignmentId: invitation.assignmentId } : { ok: false as const, error: invitation.error } };
    });
  } catch (error) {
    // Two sign-ups for the same email at once: the second loses at the unique index.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
    throw error;
  }
}

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the email is unknown, so that case costs the same time as a wrong password. */
function hashForUnknownUser(): Promise<string> {
  dummyHash ??= hash(randomBytes(24).toString("base64url"), ARGON2);
  return dummyHash;
}

const lockMs = (locksSoFar: number) => Math.min(FIRST_LOCK_MS * 2 ** locksSoFar, MAX_LOCK_MS);

/**
 * Checks an email and password. Unknown email, wrong password and deactivated
 * account all give `{ ok: false, reason: "invalid" }`. After MAX_FAILURES
 * failures for an email within WINDOW_MS, attempts are refused without looking
 * at the password until the lock ends; each further lock doubles (30 s, 60 s,
 * 120 s, … at most 15 min). A success clears the record. The state lives in
 * the database, so it holds across app instances.
 */
export async function verifyCredentials(input: unknown, now: Date = new Date()): Promise<VerifyResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const throttle = await db().loginThrottle.findUnique({ where: { email } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 1000) };
  }

  const user = await db().user.findUnique({ where: { email } });
  const passwordOk = await verify(user?.passwordHash ?? (await hashForUnknownUser()), password).catch(() => false);
  if (user && passwordOk && !user.deactivatedAt) {
    if (throttle) await db().loginThrottle.deleteMany({ where: { email } });
    return { ok: true, user: toDto(user) };
  }
  await recordFailure(email, now);
  return { ok: false, reason: "invalid" };
}

/**
 * Counts one failure. Each step is a single conditional statement, so
 * concurrent failures from several instances are all counted and only one of
 * them imposes the next lock.
 */
async function recordFailure(email: string, now: Date): Promise<void> {
  const client = db();
  const windowOpenedAfter = new Date(now.getTime() - WINDOW_MS);
  // A window with no failure or lock for WINDOW_MS starts afresh.
  await client.loginThrottle.updateMany({
    where: { email, windowStart: { lt: windowOpenedAfter }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { failures: 0, locks: 0, windowStart: now, lockedUntil: null },
  });
  const upsert = () =>
    client.loginThrottle.upsert({
      where: { email },
      create: { email, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
  // Two first failures at once can both try the insert; the loser retries as an update.
  const row = await upsert().catch((error: unknown) => {
    if (isUniqueViolation(error)) return upsert();
    throw error;
  });
  if (row.failures < MAX_FAILURES) return;
  await client.loginThrottle.updateMany({
    where: { email, locks: row.locks, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    // Restarting the window at each lock keeps the growing locks going while attempts continue.
    data: { lockedUntil: new Date(now.getTime() + lockMs(row.locks)), locks: { increment: 1 }, windowStart: now },
  });
}

/** The user with this id, or null (also for deactivated accounts, so their sessions end). */
export async function getUserById(id: string): Promise<UserDto | null> {
  if (typeof id !== "string" || id === "") return null;
  const user = await db().user.findUnique({ where: { id } });
  return user && !user.deactivatedAt ? toDto(user) : null;
}

/**
 * Creates an account with the given role unless the email is taken (for the
 * demo seed and admin tooling, never for sign-up). Returns whether it created one.
 */
export async function createUserIfAbsent(input: { email: string; name: string; role: Role; password: string }): Promise<boolean> {
  const email = input.email.trim().toLowerCase();
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) return false;
  try {
    await db().user.create({ data: { email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
