import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import type { Role } from "../../lib/auth/roles";
import { db, disconnectDb } from "../../lib/db/client";
import { signUp } from "../../lib/db/users";

/** Every row gone: users (everything else hangs off them and cascades), the rate-limit counters and the audit log. */
export async function emptyTables(): Promise<void> {
  await db().rateLimit.deleteMany();
  await db().auditEvent.deleteMany();
  await db().user.deleteMany();
}

/**
 * Points lib/db at this project's throwaway database (see global-setup.ts)
 * and closes the client at the end. The tables are emptied before each test,
 * or, with `{ empty: "per-file" }`, never here: the file seeds once and
 * restores what it needs itself (see seededWorldPerFile in access-world.ts).
 */
export function withTestDatabase(options: { readonly empty: "per-test" | "per-file" } = { empty: "per-test" }): void {
  beforeAll(() => {
    process.env.DATABASE_URL = inject("databaseUrl");
  });
  if (options.empty === "per-test") beforeEach(emptyTables);
  afterAll(() => disconnectDb());
}

export interface TestUser {
  readonly id: string;
  readonly role: Role;
  readonly email: string;
}

/** Signs `name` up like the app does, then gives them `role` (sign-up always makes a candidate). */
export async function createTestUser(
  name: string,
  role: Role = "candidate",
  email = `${name.toLowerCase()}@example.com`,
): Promise<TestUser> {
  const result = await signUp({ name, email, password: "correct horse battery" });
  if (!result.ok) throw new Error(`test user ${email} not created`);
  if (role !== "candidate") await db().user.update({ where: { id: result.user.id }, data: { role } });
  return { id: result.user.id, role, email };
}
