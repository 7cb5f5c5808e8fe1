/**
 * `npm run db:<command>`:
 *   migrate                    apply pending migrations (creates the SQLite file if needed)
 *   reset                      drop everything, then apply all migrations (no seed)
 *   seed                       create the demo accounts that do not exist yet; print their passwords
 *   create-migration --name x  write the next migration for SQLite and PostgreSQL from prisma/schema.prisma
 * The database is the one DATABASE_URL names (SQLite at ./data/quorum.db when unset).
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { checkDatabaseReachable, explainPostgresError, parseDatabaseUrl } from "../lib/db/config";
import { applyMigrations, createMigrations, postgresServerUrl, resetDatabase } from "../lib/db/migrate";
import { checkPostgresServer } from "../lib/db/pg-admin";
import { writePostgresSchema } from "../prisma/derive-postgres-schema.mjs";
import { describeDatabase, migrateDatabase, seedDemoAccounts } from "../prisma/seed";

const log = (line: string) => console.log(`[db] ${line}`);

function fail(message: string): never {
  console.error(`[db] ${message}`);
  process.exit(1);
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/\.$/, "");

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case "migrate": {
      const result = await migrateDatabase();
      if (!result.ok) fail(result.error);
      log(
        result.applied.length
          ? `Applied ${result.applied.join(", ")} to ${result.description}.`
          : `${result.description} is up to date.`,
      );
      return;
    }
    case "reset": {
      const parsed = parseDatabaseUrl(process.env.DATABASE_URL);
      if (!parsed.success) fail(parsed.error);
      await checkDatabaseReachable(parsed.data).catch((error: Error) => fail(error.message));
      await resetDatabase(process.env.DATABASE_URL);
      const applied = await applyMigrations(process.env.DATABASE_URL);
      log(`Reset ${describeDatabase(parsed.data)} and applied ${applied.length} migration(s).`);
      return;
    }
    case "seed": {
      const migrated = await migrateDatabase();
      if (!migrated.ok) fail(migrated.error);
      const { created } = await seedDemoAccounts().catch((error: Error) => fail(error.message));
      if (created.length === 0) {
        log("The demo accounts already exist; their passwords were shown when they were created.");
        return;
      }
      log("Demo accounts created. Their passwords are shown only this once:");
      for (const a of created) log(`  ${a.role.padEnd(11)} ${a.email}  ${a.password}`);
      return;
    }
    case "create-migration": {
      const { values } = parseArgs({ args: rest, options: { name: { type: "string" } } });
      if (!values.name) fail("Name the migration: npm run db:migration:create -- --name add_lessons.");
      const server = postgresServerUrl();
      try {
        await checkPostgresServer(server);
      } catch (error) {
        fail(
          `${explainPostgresError(server, error, "Creating the PostgreSQL migration needs a server with CREATEDB rights, and the one set by DATABASE_URL or DATABASE_URL_TEST_PG is")}`,
        );
      }
      // A stale PostgreSQL copy would silently yield an empty PostgreSQL migration.
      writePostgresSchema();
      const { created } = await createMigrations(values.name);
      if (created.length === 0) return log("The migrations already match prisma/schema.prisma: nothing to create.");
      for (const file of created) log(`Created ${file}`);
      // Keep the PostgreSQL schema copy and both generated clients in step with the schema.
      const generated = spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { stdio: "inherit" });
      if (generated.status !== 0)
        fail(
          "The migrations were written, but generating the Prisma clients failed: run node scripts/prisma-generate.mjs.",
        );
      return;
    }
    default:
      fail("Usage: tsx scripts/db.ts migrate | reset | seed | create-migration --name <name>.");
  }
}

main().catch((error: unknown) => fail(firstLine(error) + "."));
