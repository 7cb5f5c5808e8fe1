import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { may, type Actor } from "../auth/access";
import { accountPasswordWeakness, strongSignUpSchema } from "../auth/password-strength";
import { fieldErrorsOf, passwordChangeSchema, profileSchema, signInSchema, type FieldErrors } from "../auth/schemas";
import { isRole, type Role } from "../auth/roles";
import { claimInvitationInTx } from "./assignment-joining";
import { db } from "./client";
import { clearLimit, hitLimit, LIMITS, refundHit, retryWording } from "./rate-limit";
import type { User } from "./generated/sqlite/client";

/** A user as the app sees it: no password hash, dates as ISO strings. */
export type UserDto = { id: string; email: string; name: string; role: Role; createdAt: string };

/**
 * `invitation`: only when sign-up came with an invitation token — the assignment it opened, or why it could not be
 * accepted.
 */
/** `retryAfterSeconds`: refused by the per-address sign-up limit (the message is in fieldErrors.form). */
export type SignUpResult =
  | {
      ok: true;
      user: UserDto;
      invitation?: { ok: true; assignmentId: string } | { ok: false; error: "not-found" | "claimed" };
    }
  | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

export const DUPLICATE_EMAIL = "An account with this email already exists.";
/** Which limit refused a sign-in: the account's, the client address's, or the site-wide one. */
export type ThrottleScope = "email" | "address" | "global";
export type VerifyResult =
  | { ok: true; user: UserDto; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  /** The right password for an account an admin deactivated: only someone who knows the password learns it. */
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "throttled"; scope: ThrottleScope; retryAfterSeconds: number };

/** Where a request came from, as far as the server can tell (lib/auth/client-address.ts). */
export interface RequestContext {
  readonly address: string;
  readonly now?: Date;
}

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

/**
 * Creates a candidate account (accepting an invitation token with it), after
 * the password rule (length and strength, lib/auth/password-strength.ts).
 * Nothing is written unless the result is ok. `from`: the request's origin,
 * counted against the per-address sign-up limit; the route handler always
 * passes it (seeds and tests create accounts without one).
 *
 * A taken email comes back as DUPLICATE_EMAIL so callers and tests can tell,
 * but only after the same argon2 hash a new account costs: the sign-up route
 * answers both alike (app/api/account/route.ts), and the time taken must not
 * tell them apart either.
 */
export async function signUp(input: unknown, from?: RequestContext): Promise<SignUpResult> {
  const parsed = strongSignUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  // email is lowercase: the unique index is then case-insensitive
  const { name, email, password, inviteToken } = parsed.data;
  if (from) {
    const verdict = await hitLimit(LIMITS.signUpAddress, from.address, from.now);
    if (!verdict.ok)
      return {
        ok: false,
        fieldErrors: {
          form: `Too many accounts were created from your network recently. Try again in ${retryWording(verdict.retryAfterSeconds)}.`,
        },
        retryAfterSeconds: verdict.retryAfterSeconds,
      };
  }

  const passwordHash = await hashPassword(password);
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
  }
  try {
    if (inviteToken === undefined) {
      const user = await db().user.create({ data: { name, email, role: "candidate", passwordHash } });
      return { ok: true, user: toDto(user) };
    }
    // The account and the accepted invitation are written together: signing up from the link needs no second step.
    // A link already used or unknown still creates the account; the caller shows why the invitation was not accepted.
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, role: "candidate", passwordHash } });
      const invitation = await claimInvitationInTx(tx, user.id, inviteToken);
      return {
        ok: true as const,
        user: toDto(user),
        invitation: invitation.ok
          ? { ok: true as const, assignmentId: invitation.assignmentId }
          : { ok: false as const, error: invitation.error },
      };
    });
  } catch (error) {
    // Two sign-ups for the same email at once: the second loses at the unique index.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
    throw error;
  }
}

/**
 * Callers that know no address (scripts, tests) share one address bucket; the sign-in route always passes the client's.
 */
const NO_ADDRESS: RequestContext = { address: "unknown" };

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the email is unknown, so that case costs the same time as a wrong password. */
function hashForUnknownUser(): Promise<string> {
  dummyHash ??= hash(randomBytes(24).toString("base64url"), ARGON2);
  return dummyHash;
}

/**
 * Checks an email and password. Unknown email, wrong password and deactivated
 * account all give `{ ok: false, reason: "invalid" }`.
 *
 * Three limits (LIMITS in rate-limit.ts) are taken, in order, before the
 * password is looked at: the client address's, the email's, and the
 * site-wide one. A refused attempt costs no argon2 work, which is what keeps
 * a flood from slowing every other page. A success clears the email's
 * counter and gives back its address and site-wide slots, so only failures
 * count. A site-wide refusal gives back the email's slot: a flood must not
 * use up a real owner's own attempts.
 */
export async function verifyCredentials(input: unknown, context: RequestContext = NO_ADDRESS): Promise<VerifyResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();

  const address = await hitLimit(LIMITS.signInAddress, context.address, now);
  if (!address.ok)
    return { ok: false, reason: "throttled", scope: "address", retryAfterSeconds: address.retryAfterSeconds };
  const account = await hitLimit(LIMITS.signInEmail, email, now);
  if (!account.ok)
    return { ok: false, reason: "throttled", scope: "email", retryAfterSeconds: account.retryAfterSeconds };
  const global = await hitLimit(LIMITS.signInGlobal, "all", now);
  if (!global.ok) {
    await refundHit(account.key);
    return { ok: false, reason: "throttled", scope: "global", retryAfterSeconds: global.retryAfterSeconds };
  }

  const user = await db().user.findUnique({ where: { email } });
  const passwordOk = await verify(user?.passwordHash ?? (await hashForUnknownUser()), password).catch(() => false);
  if (user && passwordOk && !user.deactivatedAt) {
    await Promise.all([clearLimit(account.key), refundHit(address.key), refundHit(global.key)]);
    return { ok: true, user: toDto(user), sessionVersion: user.sessionVersion };
  }
  if (user && passwordOk) return { ok: false, reason: "deactivated" };
  return { ok: false, reason: "invalid" };
}

/**
 * The user a session token names, or null when the account is gone,
 * deactivated, or has signed out since the token was issued (its
 * sessionVersion moved on).
 */
export async function getSessionUser(id: unknown, sessionVersion: unknown): Promise<UserDto | null> {
  if (typeof id !== "string" || id === "" || typeof sessionVersion !== "number") return null;
  const user = await db().user.findUnique({ where: { id } });
  return user && !user.deactivatedAt && user.sessionVersion === sessionVersion ? toDto(user) : null;
}

/**
 * Ends every session of the user that `sessionVersion` belongs to (signing
 * out). Only a current token can do it, so a stale copy cannot keep signing
 * its owner out.
 */
export async function revokeSessions(id: unknown, sessionVersion: unknown): Promise<void> {
  if (typeof id !== "string" || id === "" || typeof sessionVersion !== "number") return;
  await db().user.updateMany({ where: { id, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
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
export async function createUserIfAbsent(input: {
  email: string;
  name: string;
  role: Role;
  password: string;
}): Promise<boolean> {
  const email = input.email.trim().toLowerCase();
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) return false;
  try {
    await db().user.create({
      data: { email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** What account settings show: the acting user's own name and email. */
export async function accountProfile(actor: Actor): Promise<{ name: string; email: string } | null> {
  if (!may(actor, "account.update", { owner: actor.id })) return null;
  return db().user.findUnique({ where: { id: actor.id }, select: { name: true, email: true } });
}

export type AccountResult = { ok: true; message: string } | { ok: false; fieldErrors: FieldErrors };

/** Changes the acting user's name and email; an email another account has is refused and nothing changes. */
export async function updateAccountProfile(actor: Actor, input: unknown): Promise<AccountResult> {
  if (!may(actor, "account.update", { owner: actor.id })) return { ok: false, fieldErrors: { form: "Sign in again." } };
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { name, email } = parsed.data;
  const taken = await db().user.findFirst({ where: { email, id: { not: actor.id } }, select: { id: true } });
  if (taken) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
  try {
    await db().user.update({ where: { id: actor.id }, data: { name, email } });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
    throw error;
  }
  return { ok: true, message: "Saved: your name and email are updated." };
}

/**
 * Changes the acting user's password after checking the current one (wrong guesses count against the account's
 * sign-in limit, so this form is no side door for guessing) and the strength rule sign-up uses.
 */
export async function changePassword(actor: Actor, input: unknown, now: Date): Promise<AccountResult> {
  if (!may(actor, "account.update", { owner: actor.id })) return { ok: false, fieldErrors: { form: "Sign in again." } };
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await db().user.findUnique({ where: { id: actor.id } });
  if (!user) return { ok: false, fieldErrors: { form: "Sign in again." } };
  const limit = await hitLimit(LIMITS.signInEmail, user.email, now);
  if (!limit.ok)
    return {
      ok: false,
      fieldErrors: { currentPassword: `Too many wrong tries. Try again in ${retryWording(limit.retryAfterSeconds)}.` },
    };
  const { currentPassword, newPassword } = parsed.data;
  if (!(await verify(user.passwordHash, currentPassword).catch(() => false)))
    return { ok: false, fieldErrors: { currentPassword: "That is not your current password." } };
  await clearLimit(limit.key);
  const weakness = accountPasswordWeakness(newPassword, user.name, user.email);
  if (weakness) return { ok: false, fieldErrors: { newPassword: weakness } };
  await db().user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(newPassword) } });
  return { ok: true, message: "Password changed: use the new one next time you sign in." };
}
