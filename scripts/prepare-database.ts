import { checkDatabaseReachable, describePostgres, parseDatabaseUrl, type DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db/client";
import { seedDemoAccounts } from "@/prisma/seed";

export type PrepareResult =
  | { ok: true; description: string; demoAccounts: Array<{ email: string; role: string; password: string }> }
  | { ok: false; error: string };

function describeDatabase(config: DatabaseConfig): string {
  return config.provider === "sqlite" ? `SQLite at ${config.file}` : `PostgreSQL on ${describePostgres(config.url)}`;
}

/**
 * Brings the database named by DATABASE_URL up to date: checks it answers,
 * applies pending migrations and, outside production, creates the demo
 * accounts on first run. Every failure is one sentence for the operator.
 */
export async function prepareDatabase({ seedDemo }: { seedDemo: boolean }): Promise<PrepareResult> {
  const parsed = parseDatabaseUrl(process.env.DATABASE_URL);
  if (!parsed.success) return { ok: false, error: parsed.error };
  try {
    await checkDatabaseReachable(parsed.data);
    await applyMigrations(process.env.DATABASE_URL);
    const demoAccounts = seedDemo ? (await seedDemoAccounts()).created : [];
    return { ok: true, description: describeDatabase(parsed.data), demoAccounts };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await disconnectDb();
  }
}
