import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { DEFAULT_TEST_PG_URL, databaseNameOf } from "../../lib/db/config";
import { applyMigrations } from "../../lib/db/migrate";
import { createDatabase, dropDatabase, dropOrphanedDatabases } from "../../lib/db/pg-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** DATABASE_URL of the throwaway database this project's tests use. */
    databaseUrl: string;
    /** The server the throwaway PostgreSQL database lives on ('' for SQLite). */
    postgresServerUrl: string;
  }
}

/**
 * One throwaway database per vitest project, migrated with the checked-in
 * migrations: a temp SQLite file, or a fresh database quorum_it_<pid>_<n> on
 * the PostgreSQL server of DATABASE_URL_TEST_PG (default: the local `test`
 * database's server). Dropped afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const engine = project.config.env?.QUORUM_TEST_DB ?? process.env.QUORUM_TEST_DB ?? "sqlite";
  if (engine === "postgres") {
    const server = process.env.DATABASE_URL_TEST_PG || DEFAULT_TEST_PG_URL;
    await dropOrphanedDatabases(server, "quorum_it_");
    const url = await createDatabase(server, `quorum_it_${process.pid}_${Date.now().toString(36)}`);
    await applyMigrations(url);
    project.provide("databaseUrl", url);
    project.provide("postgresServerUrl", server);
    return () => dropDatabase(server, databaseNameOf(url));
  }
  const dir = await mkdtemp(path.join(tmpdir(), "quorum-it-"));
  const url = `file:${path.join(dir, "quorum.db")}`;
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("postgresServerUrl", "");
  return () => rm(dir, { recursive: true, force: true });
}
