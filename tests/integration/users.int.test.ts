import { describe, expect, inject, it } from "vitest";
import { createDbClient, db, swapDbClient } from "../../lib/db/client";
import { parseDatabaseUrl } from "../../lib/db/config";
import { setUserActive } from "../../lib/db/admin-users";
import { hitLimit, LIMITS } from "../../lib/db/rate-limit";
import {
  DUPLICATE_EMAIL,
  getSessionUser,
  getUserById,
  revokeSessions,
  signUp,
  verifyCredentials,
} from "../../lib/db/users";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

const ada = { name: "Ada Lovelace", email: "Ada@Example.com", password: "analytical-engine" };
const signIn = (password: string, now?: Date, email = "ada@example.com", address = "198.51.100.1") =>
  verifyCredentials({ email, password }, { address, ...(now ? { now } : {}) });
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 12, 0, seconds));

describe("signUp", () => {
  it("creates a candidate with a lowercase email and returns a plain DTO", async () => {
    const result = await signUp(ada);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual({
      id: expect.any(String),
      email: "ada@example.com",
      name: "Ada Lovelace",
      role: "candidate",
      createdAt: expect.any(String),
    });
    expect(Object.keys(result.user).sort()).toEqual(["createdAt", "email", "id", "name", "role"]);
    const stored = await db().user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ["an invalid email", { ...ada, email: "not-an-email" }, "email"],
    ["a short password", { ...ada, password: "short" }, "password"],
    ["an 11-character password", { ...ada, password: "qz8#Lm2@vR5" }, "password"],
    ["a common password, however long", { ...ada, password: "password1234" }, "password"],
    ["a keyboard row", { ...ada, password: "qwertyuiop[]" }, "password"],
    ["no name", { ...ada, name: " " }, "name"],
  ])("rejects %s with a field error and writes nothing", async (_label, input, field) => {
    const result = await signUp(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors[field]).toEqual(expect.any(String));
    expect(await db().user.count()).toBe(0);
  });

  it("rejects an email already taken in another case, writing nothing", async () => {
    await signUp(ada);
    const result = await signUp({ ...ada, email: "ADA@example.COM", name: "Impostor" });
    expect(result).toEqual({ ok: false, fieldErrors: { email: DUPLICATE_EMAIL } });
    expect(await db().user.count()).toBe(1);
  });

  it("lets exactly one of two simultaneous sign-ups for one email win", async () => {
    const results = await Promise.all([signUp(ada), signUp({ ...ada, email: "ada@EXAMPLE.com" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { email: DUPLICATE_EMAIL } });
    expect(await db().user.count()).toBe(1);
  });
});

describe("verifyCredentials", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const created = await signUp(ada);
    const result = await verifyCredentials({ email: "  ADA@example.com ", password: ada.password });
    expect(result).toEqual({ ok: true, user: created.ok ? created.user : null, sessionVersion: 0 });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await signUp(ada);
    const wrongPassword = await signIn("wrong-password");
    const unknownEmail = await signIn(ada.password, undefined, "nobody@example.com");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses deactivated accounts (saying so only to the right password), and getUserById hides them", async () => {
    const created = await signUp(ada);
    if (!created.ok) throw new Error("sign-up failed");
    expect(await getUserById(created.user.id)).toEqual(created.user);
    await db().user.update({ where: { id: created.user.id }, data: { deactivatedAt: new Date() } });
    expect(await signIn(ada.password)).toEqual({ ok: false, reason: "deactivated" });
    expect(await signIn("wrong-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await getUserById(created.user.id)).toBeNull();
  });

  it("locks an email after 5 failures, refuses even the right password, then lets it in when the window ends", async () => {
    await signUp(ada);
    for (let i = 0; i < 5; i++) expect(await signIn("wrong-password", at(i))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(ada.password, at(5))).toEqual({
      ok: false,
      reason: "throttled",
      scope: "email",
      retryAfterSeconds: 15 * 60 - 5,
    });
    const after = await signIn(ada.password, at(15 * 60));
    expect(after.ok).toBe(true);
    // Success clears the record: four more failures do not lock.
    for (let i = 1; i <= 4; i++) await signIn("wrong-password", at(15 * 60 + i));
    expect((await signIn(ada.password, at(15 * 60 + 5))).ok).toBe(true);
  });

  it("throttles unknown emails alike, so the lock reveals nothing about which accounts exist", async () => {
    for (let i = 0; i < 5; i++) await signIn("wrong-password", at(i), "ghost@example.com");
    expect(await signIn("x", at(10), "ghost@example.com")).toMatchObject({
      ok: false,
      reason: "throttled",
      scope: "email",
    });
  });

  it("lets exactly 5 of 40 simultaneous guesses at one account be checked", async () => {
    await signUp(ada);
    const results = await Promise.all(Array.from({ length: 40 }, () => signIn("wrong-password", at(0))));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(LIMITS.signInEmail.max);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(40 - LIMITS.signInEmail.max);
    expect(await signIn(ada.password, at(1))).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("limits one address guessing across many accounts, even in one concurrent burst", async () => {
    await signUp(ada);
    // 100 guesses over 20 accounts, 5 each: under every per-email limit, but one address.
    const guesses = Array.from({ length: 100 }, (_, i) =>
      signIn("wrong-password", at(0), `user${i % 20}@example.com`, "203.0.113.9"),
    );
    const results = await Promise.all(guesses);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(LIMITS.signInAddress.max);
    expect(results.filter((r) => !r.ok && r.reason === "throttled" && r.scope === "address")).toHaveLength(
      100 - LIMITS.signInAddress.max,
    );
    // Another address is not affected, and the owner signing in from it gets in.
    expect((await signIn(ada.password, at(1), "ada@example.com", "198.51.100.77")).ok).toBe(true);
  });

  it("caps failed sign-ins site-wide per minute without using up an account's own attempts", async () => {
    await signUp(ada);
    // Others have already failed almost the whole minute's allowance, from other addresses.
    for (let i = 0; i < LIMITS.signInGlobal.max - 5; i++)
      expect((await hitLimit(LIMITS.signInGlobal, "all", at(0))).ok).toBe(true);
    const flood = Array.from({ length: 20 }, (_, i) =>
      signIn("wrong-password", at(0), `victim${i}@example.com`, `10.0.0.${i}`),
    );
    const results = await Promise.all(flood);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled" && r.scope === "global")).toHaveLength(15);
    // Within the minute even the owner is told to wait; the refusals did not count against ada's own five attempts.
    expect(await signIn(ada.password, at(30))).toEqual({
      ok: false,
      reason: "throttled",
      scope: "global",
      retryAfterSeconds: 30,
    });
    for (let i = 0; i < 4; i++) await signIn("wrong-password", at(61 + i));
    expect((await signIn(ada.password, at(70))).ok).toBe(true);
  });

  it("successful sign-ins give back their address and site-wide slots", async () => {
    await signUp(ada);
    for (let i = 0; i < LIMITS.signInAddress.max - 1; i++) await hitLimit(LIMITS.signInAddress, "198.51.100.1", at(0));
    for (let i = 0; i < 3; i++) expect((await signIn(ada.password, at(1 + i))).ok).toBe(true);
    expect(await signIn("wrong-password", at(5))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(ada.password, at(6))).toMatchObject({ ok: false, reason: "throttled", scope: "address" });
  });

  it("shares the throttle between two app instances on one database", async () => {
    await signUp(ada);
    const parsed = parseDatabaseUrl(inject("databaseUrl"));
    if (!parsed.success) throw new Error(parsed.error);
    const instanceA = db();
    const instanceB = createDbClient(parsed.data);
    try {
      for (let i = 0; i < 3; i++) await signIn("wrong-password", at(i));
      swapDbClient(instanceB);
      for (let i = 3; i < 5; i++) await signIn("wrong-password", at(i));
      expect(await signIn(ada.password, at(5))).toMatchObject({ ok: false, reason: "throttled" });
      swapDbClient(instanceA);
      expect(await signIn(ada.password, at(6))).toMatchObject({ ok: false, reason: "throttled" });
    } finally {
      swapDbClient(instanceA);
      await instanceB.$disconnect();
    }
  });
});

describe("sessions", () => {
  it("a token stands until its owner signs out; then every copy of it is dead, and a new sign-in works", async () => {
    const created = await signUp(ada);
    if (!created.ok) throw new Error("sign-up failed");
    const first = await signIn(ada.password);
    if (!first.ok) throw new Error("sign-in failed");
    expect(await getSessionUser(created.user.id, first.sessionVersion)).toEqual(created.user);
    await revokeSessions(created.user.id, first.sessionVersion);
    expect(await getSessionUser(created.user.id, first.sessionVersion)).toBeNull();
    const second = await signIn(ada.password);
    if (!second.ok) throw new Error("sign-in failed");
    expect(second.sessionVersion).not.toBe(first.sessionVersion);
    expect(await getSessionUser(created.user.id, second.sessionVersion)).toEqual(created.user);
    // A stale token's sign-out cannot end the newer session.
    await revokeSessions(created.user.id, first.sessionVersion);
    expect(await getSessionUser(created.user.id, second.sessionVersion)).toEqual(created.user);
  });

  it("reports the current role and refuses deactivated accounts", async () => {
    const created = await signUp(ada);
    if (!created.ok) throw new Error("sign-up failed");
    await db().user.update({ where: { id: created.user.id }, data: { role: "interviewer" } });
    expect(await getSessionUser(created.user.id, 0)).toMatchObject({ role: "interviewer" });
    await db().user.update({ where: { id: created.user.id }, data: { deactivatedAt: new Date() } });
    expect(await getSessionUser(created.user.id, 0)).toBeNull();
  });

  it("a deactivation ends the sessions for good: reactivating the account does not revive them", async () => {
    const admin = await createTestUser("Root", "admin");
    const created = await signUp(ada);
    if (!created.ok) throw new Error("sign-up failed");
    const session = await signIn(ada.password);
    if (!session.ok) throw new Error("sign-in failed");
    expect(await setUserActive(admin.id, { userId: created.user.id, active: false })).toEqual({ ok: true });
    expect(await setUserActive(admin.id, { userId: created.user.id, active: true })).toEqual({ ok: true });
    expect(await getSessionUser(created.user.id, session.sessionVersion)).toBeNull();
    expect((await signIn(ada.password)).ok).toBe(true);
  });

  it("refuses tokens without a version (issued before versions existed)", async () => {
    const created = await signUp(ada);
    if (!created.ok) throw new Error("sign-up failed");
    expect(await getSessionUser(created.user.id, undefined)).toBeNull();
  });
});

describe("signUp limits", () => {
  it("counts sign-ups per address, concurrent ones included, and refuses the rest with nothing written", async () => {
    const from = { address: "203.0.113.50", now: at(0) };
    for (let i = 0; i < LIMITS.signUpAddress.max - 3; i++) await hitLimit(LIMITS.signUpAddress, from.address, at(0));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        signUp({ name: `User ${i}`, email: `u${i}@example.com`, password: "lagging replica fences" }, from),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.fieldErrors.form?.startsWith("Too many accounts"))).toHaveLength(5);
    expect(await db().user.count()).toBe(3);
    // Another address may still sign up.
    expect((await signUp({ ...ada }, { address: "198.51.100.2", now: at(0) })).ok).toBe(true);
  });
});
