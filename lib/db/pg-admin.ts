import { randomUUID } from "node:crypto";
import pg from "pg";
import { withDatabase } from "./config";

/**
 * Creating and dropping whole PostgreSQL databases (shadow databases for the
 * migration engine, throwaway databases for tests). Done here rather than by
 * PrismaPg, whose shadow handling drops the database before closing its pool.
 */
async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates an empty database on the server `serverUrl` points at; returns its URL. */
export async function createDatabase(
  serverUrl: string,
  name = `quorum_tmp_${randomUUID().replaceAll("-", "")}`,
): Promise<string> {
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${quote(name)}`));
  return withDatabase(serverUrl, name);
}

/** Drops a database, ending any sessions still connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Resolves when the server answers at `serverUrl`; rejects with the driver's error otherwise. */
export async function checkPostgresServer(serverUrl: string): Promise<void> {
  await onServer(serverUrl, (c) => c.query("SELECT 1"));
}

/**
 * Drops databases named `<prefix><pid>_…` whose process is gone: what a killed
 * test run leaves behind. Only for a server on this machine, where the pid
 * means something.
 */
export async function dropOrphanedDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  const host = new URL(serverUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) return [];
  const { rows } = await onServer(serverUrl, (c) =>
    c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]),
  );
  const orphaned = rows
    .map((r) => r.datname)
    .filter((name) => {
      const pid = Number(/^(\d+)_/.exec(name.slice(prefix.length))?.[1] ?? NaN);
      return Number.isInteger(pid) && !isAlive(pid);
    });
  for (const name of orphaned) await dropDatabase(serverUrl, name);
  return orphaned;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
