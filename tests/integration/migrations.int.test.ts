import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { parseDatabaseUrl } from "../../lib/db/config";
import { applyMigrations, diffSchemaAgainstMigrations } from "../../lib/db/migrate";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, derivePostgresSchema } from "../../prisma/derive-postgres-schema.mjs";

const url = inject("databaseUrl");
const parsed = parseDatabaseUrl(url);
if (!parsed.success) throw new Error(parsed.error);
const provider = parsed.data.provider;

describe(`migrations (${provider})`, () => {
  it("build exactly prisma/schema.prisma: a schema change without a migration fails here", async () => {
    // If this fails: npm run db:migration:create -- --name <what-changed>
    const missing = await diffSchemaAgainstMigrations(provider, provider === "postgresql" ? inject("postgresServerUrl") : undefined);
    expect(missing).toBe("");
  });

  it("are all applied to the test database, and applying again is a no-op", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("use a PostgreSQL schema copy that matches the source (run node scripts/prisma-generate.mjs)", async () => {
    const [source, copy] = await Promise.all([readFile(SOURCE_SCHEMA, "utf8"), readFile(POSTGRES_SCHEMA, "utf8")]);
    expect(copy).toBe(derivePostgresSchema(source));
  });
});
