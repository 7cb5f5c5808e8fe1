import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { changeUserRole, LAST_ADMIN, listUsers, setUserActive, userPage } from "../../lib/db/admin-users";
import { signUp, verifyCredentials } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

async function makeUser(name: string, role: "candidate" | "admin" = "candidate") {
  const email = `${name.toLowerCase()}@example.com`;
  const result = await signUp({ name, email, password: "long enough password" });
  if (!result.ok) throw new Error("sign-up failed in setup");
  if (role !== "candidate") await db().user.update({ where: { id: result.user.id }, data: { role } });
  return { id: result.user.id, email };
}

describe("user management", () => {
  it("lists every account to an admin and to nobody else", async () => {
    const admin = await makeUser("Grace", "admin");
    const candidate = await makeUser("Alan");
    const list = await listUsers(admin.id);
    expect(list?.map((user) => user.email).sort()).toEqual(["alan@example.com", "grace@example.com"]);
    expect(list?.[0]).not.toHaveProperty("passwordHash");
    expect(await listUsers(candidate.id)).toBeNull();
  });

  it("changes a role, refuses unknown roles and the admin's own role, and hides everything from non-admins", async () => {
    const admin = await makeUser("Grace", "admin");
    const candidate = await makeUser("Alan");
    expect(await changeUserRole(admin.id, { userId: candidate.id, role: "interviewer" })).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: candidate.id } })).role).toBe("interviewer");

    const bad = await changeUserRole(admin.id, { userId: candidate.id, role: "superuser" });
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(await changeUserRole(admin.id, { userId: admin.id, role: "candidate" })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await changeUserRole(candidate.id, { userId: admin.id, role: "candidate" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await changeUserRole(admin.id, { userId: "no-such-user", role: "author" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("a deactivated user keeps their data but cannot sign in until reactivated", async () => {
    const admin = await makeUser("Grace", "admin");
    const candidate = await makeUser("Alan");
    expect(await setUserActive(admin.id, { userId: candidate.id, active: false })).toEqual({ ok: true });
    expect(await verifyCredentials({ email: candidate.email, password: "long enough password" })).toEqual({
      ok: false,
      reason: "deactivated",
    });
    expect(await db().user.count()).toBe(2);
    expect(await setUserActive(admin.id, { userId: candidate.id, active: true })).toEqual({ ok: true });
    expect((await verifyCredentials({ email: candidate.email, password: "long enough password" })).ok).toBe(true);
    expect(await setUserActive(admin.id, { userId: admin.id, active: false })).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("never leaves no active admin: two admins demoting each other at once, one is refused", async () => {
    const grace = await makeUser("Grace", "admin");
    const ada = await makeUser("Ada", "admin");
    const results = await Promise.all([
      changeUserRole(grace.id, { userId: ada.id, role: "candidate" }),
      changeUserRole(ada.id, { userId: grace.id, role: "candidate" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);
    const [refused] = results.filter((r) => !r.ok);
    // The loser of PostgreSQL's serialization conflict is retried, sees the other demotion, and the guard refuses it.
    expect(refused).toEqual({ ok: false, status: 400, error: LAST_ADMIN });
  });

  it("searches, filters, sorts and pages accounts on the server, with bad parameters falling back to defaults", async () => {
    const admin = await makeUser("Grace", "admin");
    for (const name of ["Alan", "Barbara", "Claude", "Dennis", "Edsger"]) await makeUser(name);
    const inactive = await makeUser("Frances");
    await setUserActive(admin.id, { userId: inactive.id, active: false });

    expect((await userPage(admin.id, { q: "bar" }))?.users.map((u) => u.name)).toEqual(["Barbara"]);
    // Case does not matter, on PostgreSQL as on SQLite.
    expect((await userPage(admin.id, { q: "BARB" }))?.users.map((u) => u.name)).toEqual(["Barbara"]);
    expect((await userPage(admin.id, { role: "admin" }))?.users.map((u) => u.name)).toEqual(["Grace"]);
    expect((await userPage(admin.id, { status: "deactivated" }))?.users.map((u) => u.name)).toEqual(["Frances"]);
    const byName = await userPage(admin.id, { sort: "name" });
    expect(byName?.users.map((u) => u.name)).toEqual([
      "Alan",
      "Barbara",
      "Claude",
      "Dennis",
      "Edsger",
      "Frances",
      "Grace",
    ]);
    expect(byName).toMatchObject({ total: 7, page: 1, pages: 1 });
    const junk = await userPage(admin.id, { sort: "password", page: "-3", role: "root", q: "x".repeat(5000) });
    expect(junk).toMatchObject({ page: 1, total: 7 });
    expect(await userPage(inactive.id, {})).toBeNull();
  });
});
