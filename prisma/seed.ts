import { randomBytes } from "node:crypto";
import { ROLES, type Role } from "../lib/auth/roles";
import {
  checkDatabaseReachable,
  databaseNameOf,
  describePostgres,
  parseDatabaseUrl,
  projectRoot,
  type DatabaseConfig,
} from "../lib/db/config";
import { disconnectDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { createUserIfAbsent } from "../lib/db/users";
import path from "node:path";

/**
 * Database set-up for `npm start` (scripts/start.ts) and `npm run db:*`
 * (scripts/db.ts). Neither function leaves a connection open.
 */

export const DEMO_DOMAIN = "quorum.local";
export const demoEmail = (role: Role) => `${role}@${DEMO_DOMAIN}`;
export const DEMO_REFUSED_IN_PRODUCTION = "Refusing to create demo accounts because NODE_ENV is production.";

export type DemoAccount = { email: string; role: Role; password: string };

export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === "sqlite") {
    const relative = path.relative(projectRoot(), config.file);
    return `SQLite at ${relative && !relative.startsWith("..") ? relative : config.file}`;
  }
  return `PostgreSQL database ${databaseNameOf(config.url)} on ${describePostgres(config.url)}`;
}

export type MigrateDatabaseResult = { ok: true; description: string; applied: string[] } | { ok: false; error: string };

/**
 * Checks DATABASE_URL, that the database answers, and applies pending
 * migrations. Failures come back as one sentence for people.
 */
export async function migrateDatabase(databaseUrl = process.env.DATABASE_URL): Promise<MigrateDatabaseResult> {
  const parsed = parseDatabaseUrl(databaseUrl);
  if (!parsed.success) return { ok: false, error: parsed.error };
  try {
    await checkDatabaseReachable(parsed.data);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  try {
    const applied = await applyMigrations(databaseUrl);
    return { ok: true, description: describeDatabase(parsed.data), applied };
  } catch (error) {
    const reason = ((error as Error).message.split("\n")[0] ?? "").replace(/\.$/, "");
    return { ok: false, error: `Could not migrate the database (${reason}): see prisma/migrations.` };
  }
}

/**
 * One demo account per role (candidate@quorum.local, …) with a fresh random
 * password. Idempotent: existing accounts are left as they are, so passwords
 * are returned only for accounts created now, to be shown once. Throws with
 * DEMO_REFUSED_IN_PRODUCTION when NODE_ENV is production.
 */
export async function seedDemoAccounts(): Promise<{ created: DemoAccount[] }> {
  if (process.env.NODE_ENV === "production") throw new Error(DEMO_REFUSED_IN_PRODUCTION);
  const created: DemoAccount[] = [];
  try {
    for (const role of ROLES) {
      const account = { email: demoEmail(role), role, password: randomBytes(12).toString("base64url") };
      const name = `Demo ${role[0]!.toUpperCase()}${role.slice(1)}`;
      if (await createUserIfAbsent({ ...account, name })) created.push(account);
    }
  } finally {
    await disconnectDb();
  }
  return { created };
}
