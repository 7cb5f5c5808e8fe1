import { migrateDatabase, seedDemoAccounts, type DemoAccount } from "@/prisma/seed";

export type PrepareResult =
  { ok: true; description: string; demoAccounts: DemoAccount[] } | { ok: false; error: string };

/**
 * Brings the database named by DATABASE_URL up to date and, outside
 * production, creates the demo accounts on first run. Every failure is one
 * sentence for the operator.
 */
export async function prepareDatabase({ seedDemo }: { seedDemo: boolean }): Promise<PrepareResult> {
  const migrated = await migrateDatabase();
  if (!migrated.ok) return migrated;
  try {
    const demoAccounts = seedDemo ? (await seedDemoAccounts()).created : [];
    return { ok: true, description: migrated.description, demoAccounts };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
