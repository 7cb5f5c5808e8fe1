import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { issuePasswordReset, issueResetForFirstAdmin, resetPassword, resetPreview } from "../../lib/db/password-resets";
import { createUserIfAbsent, signUp, verifyCredentials } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

const now = new Date("2026-02-01T10:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const NEW = "copper gears hum beneath snow";
let adminId = "";
let adaId = "";

beforeEach(async () => {
  await createUserIfAbsent({ email: "root@example.com", name: "Root", role: "admin", password: "admin-password-1" });
  adminId = (await db().user.findUniqueOrThrow({ where: { email: "root@example.com" } })).id;
  const ada = await signUp({ name: "Ada", email: "ada@example.com", password: "analytical-engine" });
  if (!ada.ok) throw new Error("test user not created");
  adaId = ada.user.id;
});

async function link() {
  const r = await issuePasswordReset(adminId, adaId, now);
  if (!r.ok) throw new Error(r.error);
  return r.token;
}

describe("password reset links", () => {
  it("sets a new password once, ends the account's sessions, and stores only the token's hash", async () => {
    const token = await link();
    const row = await db().passwordReset.findFirstOrThrow({ where: { userId: adaId } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.toISOString()).toBe(hours(24).toISOString());
    expect(await resetPreview(token, now)).toEqual({ ok: true, name: "Ada", email: "ada@example.com" });
    const before = (await db().user.findUniqueOrThrow({ where: { id: adaId } })).sessionVersion;

    expect(await resetPassword(token, { password: NEW }, hours(1))).toEqual({ ok: true });
    expect((await verifyCredentials({ email: "ada@example.com", password: NEW })).ok).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: adaId } })).sessionVersion).toBe(before + 1);

    // Single use.
    expect(await resetPassword(token, { password: "another fine long phrase" }, hours(2))).toEqual({
      ok: false,
      reason: "used",
    });
    expect((await verifyCredentials({ email: "ada@example.com", password: NEW })).ok).toBe(true);
  });

  it("refuses an expired link and a wrong token, and changes nothing", async () => {
    const token = await link();
    expect(await resetPassword(token, { password: NEW }, hours(24))).toEqual({ ok: false, reason: "expired" });
    expect(await resetPreview(token, hours(25))).toEqual({ ok: false, reason: "expired" });
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await resetPassword(wrong, { password: NEW }, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword("short", { password: NEW }, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword(token, { password: "password1234" }, now)).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.stringContaining("too easy") as string },
    });
    expect((await verifyCredentials({ email: "ada@example.com", password: "analytical-engine" })).ok).toBe(true);
  });

  it("voids older links when a new one is issued", async () => {
    const first = await link();
    const second = await link();
    expect(await resetPreview(first, now)).toEqual({ ok: false, reason: "invalid" });
    expect((await resetPreview(second, now)).ok).toBe(true);
  });

  it("writes an audit row for issuing and for using a link", async () => {
    const token = await link();
    await resetPassword(token, { password: NEW }, now);
    const events = await db().auditEvent.findMany({ where: { targetUserId: adaId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["password-reset.issued", adminId],
      ["password-reset.used", null],
    ]);
  });

  it("lets only admins issue links", async () => {
    expect(await issuePasswordReset(adaId, adaId, now)).toEqual({ ok: false, error: "not-found" });
    expect(await db().passwordReset.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("issues a link for the first admin from the command line, audited without an actor", async () => {
    const r = await issueResetForFirstAdmin(now);
    expect(r).toMatchObject({ ok: true, email: "root@example.com" });
    const event = await db().auditEvent.findFirstOrThrow({ where: { targetUserId: adminId } });
    expect(event).toMatchObject({ action: "password-reset.issued", actorId: null });
  });
});
