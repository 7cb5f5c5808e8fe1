import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Where the data lives, parsed from DATABASE_URL. Node-only (no "server-only"
 * marker) so scripts run under tsx can use it too.
 */
export type DatabaseConfig = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };
export type Provider = DatabaseConfig["provider"];
export type ParseDatabaseUrlResult = { success: true; data: DatabaseConfig } | { success: false; error: string };

/** The SQLite file used when DATABASE_URL is unset, relative to the project root. */
export const DEFAULT_SQLITE_FILE = "./data/quorum.db";
/** The PostgreSQL server integration tests and migration creation use by default. */
export const DEFAULT_TEST_PG_URL = "postgresql://postgres@127.0.0.1:5432/test";

/**
 * npm scripts, vitest and the Next server all run from the project root, so the
 * working directory is the root. (import.meta.url is not usable here: Next
 * bundles this module.)
 */
export function projectRoot(): string {
  return process.cwd();
}

export function parseDatabaseUrl(raw: string | undefined): ParseDatabaseUrlResult {
  const value = raw?.trim() ?? "";
  if (value === "")
    return { success: true, data: { provider: "sqlite", file: path.resolve(projectRoot(), DEFAULT_SQLITE_FILE) } };

  if (value.startsWith("file:")) {
    const file = value.slice("file:".length).replace(/\?.*$/, "");
    if (file === "")
      return { success: false, error: "DATABASE_URL is file: without a path: use e.g. file:./data/quorum.db." };
    if (file === ":memory:") return { success: true, data: { provider: "sqlite", file } };
    // The file is named at run time, so the build's file tracing is told not to follow it (it would trace the whole
    // project).
    return {
      success: true,
      data: { provider: "sqlite", file: path.resolve(/* turbopackIgnore: true */ projectRoot(), file) },
    };
  }

  if (/^postgres(ql)?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return {
        success: false,
        error: "DATABASE_URL is not a valid PostgreSQL URL: use e.g. postgresql://user:password@host:5432/quorum.",
      };
    }
    if (url.hostname === "")
      return {
        success: false,
        error: "DATABASE_URL names no PostgreSQL host: use e.g. postgresql://user:password@host:5432/quorum.",
      };
    if (url.pathname.replace(/^\//, "") === "") {
      return {
        success: false,
        error:
          "DATABASE_URL names no PostgreSQL database: add it after the host, e.g. postgresql://user@host:5432/quorum.",
      };
    }
    return { success: true, data: { provider: "postgresql", url: value } };
  }

  // Show only the scheme: the rest may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0];
  const shown = scheme ? `starts with "${scheme}"` : "has no scheme";
  return {
    success: false,
    error: `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), but it ${shown}.`,
  };
}

/** host:port of a PostgreSQL URL, without credentials, for messages. */
export function describePostgres(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}`;
  } catch {
    return "an unparseable address";
  }
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string")
    return error.code;
  return undefined;
}

/** One sentence, for people, explaining why PostgreSQL at `url` could not be used. */
export function explainPostgresError(url: string, error: unknown, subject = "DATABASE_URL points at"): string {
  const where = `${subject} PostgreSQL on ${describePostgres(url)}`;
  const message = error instanceof Error ? error.message : String(error);
  switch (errorCode(error)) {
    case "ECONNREFUSED":
      return `${where}, which refused the connection: start the server or fix the URL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `${where}, whose host name does not resolve: fix the URL.`;
    case "ETIMEDOUT":
      return `${where}, which did not answer in time: check the host and port.`;
    case "3D000":
      return `${where}, but its database "${databaseNameOf(url)}" does not exist: create it (createdb ${databaseNameOf(url)}) or fix the URL.`;
    case "28P01":
    case "28000":
      return `${where}, which rejected the user or password: fix the credentials in the URL.`;
    default:
      if (/timeout/i.test(message)) return `${where}, which did not answer in time: check the host and port.`;
      return `${where}, which could not be used (${message.replace(/\.$/, "")}): check the server and the URL.`;
  }
}

/**
 * Resolves when the configured database can be opened; rejects with an Error
 * whose message is one sentence for people (no stack trace worth showing).
 * For SQLite this creates the file's directory, as migrating would.
 */
export async function checkDatabaseReachable(config: DatabaseConfig): Promise<void> {
  if (config.provider === "sqlite") {
    try {
      if (config.file !== ":memory:") mkdirSync(path.dirname(config.file), { recursive: true });
      new Database(config.file).close();
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/\.$/, "") : String(error);
      throw new Error(
        `DATABASE_URL points at the SQLite file ${config.file}, which cannot be opened (${reason}): fix the path or its permissions.`,
      );
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // reported through connect/query below
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(explainPostgresError(config.url, error));
  } finally {
    await client.end().catch(() => {});
  }
}
