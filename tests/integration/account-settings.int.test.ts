import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/access";
import { db } from "../../lib/db/client";
import { accountProfile, changePassword, signUp, updateAccountProfile, verifyCredentials } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

let ada: Actor = { id: "", role: "candidate" };
const now = new Date("2026-02-01T10:00:00Z");
const OLD = "analytical-engine";
const NEW = "copper gears hum beneath snow";

beforeEach(async () => {
  const a = await signUp({ name: "Ada", email: "ada@example.com", password: OLD });
  const b = await signUp({ name: "Bob", email: "bob@example.com", password: "difference-engine" });
  if (!a.ok || !b.ok) throw new Error("test users not created");
  ada = { id: a.user.id, role: a.user.role };
});

describe("account settings", () => {
  it("changes name and email; the new email signs in", async () => {
    const r = await updateAccountProfile(ada, { name: "Ada Lovelace", email: "  Ada@Lovelace.org " });
    expect(r.ok).toBe(true);
    expect(await accountProfile(ada)).toEqual({ name: "Ada Lovelace", email: "ada@lovelace.org" });
    expect((await verifyCredentials({ email: "ada@lovelace.org", password: OLD })).ok).toBe(true);
  });

  it("refuses another account's email or an invalid one, and changes nothing", async () => {
    expect(await updateAccountProfile(ada, { name: "Ada", email: "BOB@example.com" })).toEqual({
      ok: false,
      fieldErrors: { email: "An account with this email already exists." },
    });
    expect(await updateAccountProfile(ada, { name: "", email: "not an email" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Enter your name.", email: expect.stringContaining("valid email") as string },
    });
    expect(await accountProfile(ada)).toEqual({ name: "Ada", email: "ada@example.com" });
  });

  it("changes the password only with the current one, and only to a strong one", async () => {
    expect(await changePassword(ada, { currentPassword: "wrong-password!", newPassword: NEW }, now)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "That is not your current password." },
    });
    const weak = await changePassword(ada, { currentPassword: OLD, newPassword: "password1234" }, now);
    expect(weak).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringContaining("too easy") as string },
    });
    expect((await verifyCredentials({ email: "ada@example.com", password: OLD })).ok).toBe(true);

    expect((await changePassword(ada, { currentPassword: OLD, newPassword: NEW }, now)).ok).toBe(true);
    expect((await verifyCredentials({ email: "ada@example.com", password: NEW })).ok).toBe(true);
    expect((await verifyCredentials({ email: "ada@example.com", password: OLD })).ok).toBe(false);
  });

  it("counts wrong current passwords against the account's sign-in limit", async () => {
    for (let i = 0; i < 5; i++)
      await changePassword(ada, { currentPassword: `guess-number-${i}`, newPassword: NEW }, now);
    const r = await changePassword(ada, { currentPassword: OLD, newPassword: NEW }, now);
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: expect.stringContaining("Too many") as string },
    });
    const row = await db().user.findUniqueOrThrow({ where: { id: ada.id } });
    expect((await verifyCredentials({ email: row.email, password: NEW })).ok).toBe(false);
  });
});
