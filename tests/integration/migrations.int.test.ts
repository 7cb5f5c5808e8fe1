import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { parseDatabaseUrl } from "../../lib/db/config";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseNameOf } from "../../lib/db/config";
import { applyMigrations, diffSchemaAgainstMigrations, resetDatabase } from "../../lib/db/migrate";
import { createDatabase, dropDatabase } from "../../lib/db/pg-admin";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, derivePostgresSchema } from "../../prisma/derive-postgres-schema.mjs";

const url = inject("databaseUrl");
const parsed = parseDatabaseUrl(url);
if (!parsed.success) throw new Error(parsed.error);
const provider = parsed.data.provider;

describe(`migrations (${provider})`, () => {
  it("build exactly prisma/schema.prisma: a schema change without a migration fails here", async () => {
    // If this fails: npm run db:migration:create -- --name <what-changed>
    const missing = await diffSchemaAgainstMigrations(
      provider,
      provider === "postgresql" ? inject("postgresServerUrl") : undefined,
    );
    expect(missing).toBe("");
  });

  it("are all applied to the test database, and applying again is a no-op", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("use a PostgreSQL schema copy that matches the source (run node scripts/prisma-generate.mjs)", async () => {
    const [source, copy] = await Promise.all([readFile(SOURCE_SCHEMA, "utf8"), readFile(POSTGRES_SCHEMA, "utf8")]);
    expect(copy).toBe(derivePostgresSchema(source));
  });

  it("reset empties a database (and releases it), and the migrations rebuild it", async () => {
    let scratch: string;
    let cleanup: () => Promise<void>;
    let tables: () => Promise<string[]>;
    if (provider === "sqlite") {
      const dir = await mkdtemp(path.join(tmpdir(), "quorum-reset-"));
      const file = path.join(dir, "x.db");
      scratch = `file:${file}`;
      cleanup = () => rm(dir, { recursive: true, force: true });
      tables = async () => {
        const sqlite = new Database(file, { timeout: 0 }); // throws if the engine left the file locked
        try {
          sqlite.exec("BEGIN EXCLUSIVE; COMMIT;");
          return (
            sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
          ).map((r) => r.name);
        } finally {
          sqlite.close();
        }
      };
    } else {
      const server = inject("postgresServerUrl");
      scratch = await createDatabase(server);
      cleanup = () => dropDatabase(server, databaseNameOf(scratch));
      tables = async () => {
        const client = new pg.Client({ connectionString: scratch });
        await client.connect();
        try {
          const { rows } = await client.query<{ name: string }>(
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
          );
          return rows.map((r) => r.name);
        } finally {
          await client.end();
        }
      };
    }
    try {
      const applied = await applyMigrations(scratch);
      expect(applied.length).toBeGreaterThan(0);
      expect(await tables()).toContain("User");
      await resetDatabase(scratch);
      expect(await tables()).toEqual([]);
      expect(await applyMigrations(scratch)).toEqual(applied);
    } finally {
      await cleanup();
    }
  });
});
