/**
 * Password reset without email: an admin (or `npm run admin:reset-link` for
 * the first admin) issues a one-time link for an account. The token is 32
 * random bytes; only its SHA-256 is stored, so the link exists only in what
 * was shown once. A link works once, for 24 hours, and issuing a new one voids
 * the account's older unused links. Issuing and using are both audited.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { accountPasswordWeakness } from "../auth/password-strength";
import { signUpSchema, type FieldErrors } from "../auth/schemas";
import { audit } from "./audit";
import { db } from "./client";
import { mayNow } from "./admin-users";
import { hashPassword } from "./users";

export const RESET_LINK_HOURS = 24;
const TOKEN = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export type IssuedReset = { ok: true; token: string; expiresAt: string } | { ok: false; error: "not-found" };
export type ResetState = { ok: true; name: string; email: string } | { ok: false; reason: ResetRefusal };
export type ResetRefusal = "invalid" | "expired" | "used";
export type ResetResult = { ok: true } | { ok: false; reason: ResetRefusal } | { ok: false; fieldErrors: FieldErrors };

export const RESET_REFUSALS: Record<ResetRefusal, string> = {
  invalid: "This reset link is not valid. Ask an administrator for a new one.",
  expired: `This reset link has expired (links last ${RESET_LINK_HOURS} hours). Ask an administrator for a new one.`,
  used: "This reset link has already been used. Ask an administrator for a new one if you need it again.",
};

/** Issues a link for `userId`; `actorId` null means the command line (already trusted by the shell). */
async function issue(actorId: string | null, userId: string, now: Date): Promise<IssuedReset> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return { ok: false, error: "not-found" };
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000);
  await db().$transaction(async (tx) => {
    await tx.passwordReset.deleteMany({ where: { userId, usedAt: null } });
    await tx.passwordReset.create({ data: { userId, tokenHash: hashOf(token), issuedById: actorId, expiresAt } });
    await audit(tx, {
      actorId,
      action: "password-reset.issued",
      targetUserId: userId,
      detail: `expires ${expiresAt.toISOString()}`,
    });
  });
  return { ok: true, token, expiresAt: expiresAt.toISOString() };
}

/** An admin issues a one-time reset link for an account (shown once: only its hash is kept). */
export async function issuePasswordReset(actorId: string, userId: unknown, now: Date): Promise<IssuedReset> {
  if (!(await mayNow(actorId, "password-reset.issue"))) return { ok: false, error: "not-found" };
  const parsed = z.string().min(1).max(100).safeParse(userId);
  return parsed.success ? issue(actorId, parsed.data, now) : { ok: false, error: "not-found" };
}

/**
 * Internal to lib/db, never exported through index.ts: a link for the first admin (the oldest admin account), for
 * scripts/admin-reset-link.ts. Null when there is no admin.
 */
export async function issueResetForFirstAdmin(now: Date): Promise<(IssuedReset & { email: string }) | null> {
  const admin = await db().user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" } });
  if (!admin) return null;
  return { ...(await issue(null, admin.id, now)), email: admin.email };
}

async function liveReset(token: unknown, now: Date) {
  const parsed = TOKEN.safeParse(token);
  if (!parsed.success) return { ok: false as const, reason: "invalid" as const };
  const row = await db().passwordReset.findUnique({
    where: { tokenHash: hashOf(parsed.data) },
    include: { user: { select: { name: true, email: true } } },
  });
  if (!row) return { ok: false as const, reason: "invalid" as const };
  if (row.usedAt) return { ok: false as const, reason: "used" as const };
  if (row.expiresAt <= now) return { ok: false as const, reason: "expired" as const };
  return { ok: true as const, row };
}

/** What the reset page shows before a password is typed: whose account, or why the link does not work. */
export async function resetPreview(token: unknown, now: Date): Promise<ResetState> {
  const r = await liveReset(token, now);
  return r.ok ? { ok: true, name: r.row.user.name, email: r.row.user.email } : r;
}

const PasswordSchema = z.object({ password: signUpSchema.shape.password });

/**
 * Sets a new password through a link: once (the used flag flips in the same transaction as the password), before it
 * expires, under the sign-up strength rule. Every session of the account ends.
 */
export async function resetPassword(token: unknown, input: unknown, now: Date): Promise<ResetResult> {
  const live = await liveReset(token, now);
  if (!live.ok) return live;
  const parsed = PasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: { password: parsed.error.issues[0]?.message ?? "" } };
  const { row } = live;
  const weakness = accountPasswordWeakness(parsed.data.password, row.user.name, row.user.email);
  if (weakness) return { ok: false, fieldErrors: { password: weakness } };
  const passwordHash = await hashPassword(parsed.data.password);
  const used = await db().$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return false;
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await audit(tx, { actorId: null, action: "password-reset.used", targetUserId: row.userId, detail: "" });
    return true;
  });
  return used ? { ok: true } : { ok: false, reason: "used" };
}
