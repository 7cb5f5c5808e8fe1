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
export async function createDatabase(serverUrl: string, name = `quorum_tmp_${randomUUID().replaceAll("-", "")}`): Promise<string> {
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
