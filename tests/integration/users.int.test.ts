import { describe, expect, inject, it } from "vitest";
import { createDbClient, db, swapDbClient } from "../../lib/db/client";
import { parseDatabaseUrl } from "../../lib/db/config";
import { DUPLICATE_EMAIL, getUserById, signUp, verifyCredentials } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

const ada = { name: "Ada Lovelace", email: "Ada@Example.com", password: "analytical-engine" };
const signIn = (password: string, now?: Date, email = "ada@example.com") => verifyCredentials({ email, password }, now);
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 12, 0, seconds));

describe("signUp", () => {
  it("creates a candidate with a lowercase email and returns a plain DTO", async () => {
    const result = await signUp(ada);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual({ id: expect.any(String), email: "ada@example.com", name: "Ada Lovelace", role: "candidate", createdAt: expect.any(String) });
    expect(Object.keys(result.user).sort()).toEqual(["createdAt", "email", "id", "name", "role"]);
    const stored = await db().user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ["an invalid email", { ...ada, email: "not-an-email" }, "email"],
    ["a short password", { ...ada, password: "short" }, "password"],
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
    expect(result).toEqual({ ok: true, user: created.ok ? created.user : null });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await signUp(ada);
    const wrongPassword = await signIn("wrong-password");
    const unknownEmail = await signIn(ada.password, undefined, "nobody@example.com");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses deactivated accounts, and getUserById hides them", async () => {
    const created = await signUp(ada);
    if (!created.ok) throw new Error("sign-up failed");
    expect(await getUserById(created.user.id)).toEqual(created.user);
    await db().user.update({ where: { id: created.user.id }, data: { deactivatedAt: new Date() } });
    expect(await signIn(ada.password)).toEqual({ ok: false, reason: "invalid" });
    expect(await getUserById(created.user.id)).toBeNull();
  });

  it("locks an email after 5 failures, refuses even the right password, then lets it in when the lock ends", async () => {
    await signUp(ada);
    for (let i = 0; i < 5; i++) expect(await signIn("wrong-password", at(i))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(ada.password, at(5))).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 29 });
    const after = await signIn(ada.password, at(4 + 30));
    expect(after.ok).toBe(true);
    // Success clears the record: one more failure does not lock.
    await signIn("wrong-password", at(40));
    expect((await signIn(ada.password, at(41))).ok).toBe(true);
  });

  it("doubles the lock while failures continue, and throttles unknown emails alike", async () => {
    const email = "ghost@example.com";
    for (let i = 0; i < 5; i++) await signIn("wrong-password", at(i), email);
    expect(await signIn("x", at(10), email)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 24 });
    await signIn("wrong-password", at(35), email); // lock 1 (30 s from t=4) has ended
    expect(await signIn("x", at(36), email)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 59 });
  });

  it("counts simultaneous failures without losing any", async () => {
    await signUp(ada);
    await Promise.all([0, 1, 2, 3, 4].map((i) => signIn("wrong-password", at(i))));
    expect(await signIn(ada.password, at(5))).toMatchObject({ ok: false, reason: "throttled" });
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
