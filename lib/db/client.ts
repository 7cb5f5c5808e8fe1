import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl, type DatabaseConfig } from "./config";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { env } from "../env";

/**
 * One Prisma client per process, for the provider DATABASE_URL names, created
 * on first use and never at import time (`next build` imports route modules).
 *
 * Both generated clients come from the same models (prisma/postgres/schema.prisma
 * is derived from prisma/schema.prisma with only the provider changed), so their
 * model APIs are identical; only provider-specific extras such as native types
 * could differ, and the schema uses none. The client is therefore typed as the
 * SQLite client's type whichever provider runs.
 *
 * No "server-only" marker here, so tsx scripts can import it; pages import
 * lib/db/index.ts, which carries it.
 */
export type Db = SqliteClient;
/** The client handed to an interactive `$transaction` callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type DbClientOptions = { config?: DatabaseConfig };

/**
 * A new client for `config`; callers own it and must `$disconnect()` it. Tests use this to act as a second app
 * instance.
 */
export function createDbClient(config: DatabaseConfig): Db {
  if (config.provider === "sqlite") {
    if (config.file !== ":memory:") {
      // WAL lets readers and a writer work at once; the mode is stored in the
      // file, so set it once here rather than through the adapter.
      const setup = new Database(config.file, { timeout: 5_000 });
      try {
        setup.pragma("journal_mode = WAL");
      } finally {
        setup.close();
      }
    }
    // timeout = busy timeout: wait for another connection's write lock instead of failing at once.
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: config.file, timeout: 5_000 }) });
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  pool.on("error", () => {}); // an idle client dropped by the server: the pool replaces it
  const client = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return client as unknown as Db; // sound: same models, same API (see above)
}

const globalKey = Symbol.for("quorum.db");
type Holder = { [globalKey]?: Db };

/** The process's client. Kept on globalThis so Next's dev-mode reloads reuse it instead of leaking connections. */
export function db(): Db {
  const holder = globalThis as Holder;
  const existing = holder[globalKey];
  if (existing) return existing;
  const parsed = parseDatabaseUrl(env().DATABASE_URL);
  if (!parsed.success) throw new Error(parsed.error);
  const client = createDbClient(parsed.data);
  holder[globalKey] = client;
  return client;
}

/**
 * A `contains` filter that ignores case on both engines: SQLite's LIKE already does (for ASCII); PostgreSQL's LIKE
 * does not, so it needs Prisma's `mode: "insensitive"` (ILIKE), which the SQLite client's types do not have.
 */
export function containsIgnoringCase(text: string): { contains: string } {
  if ((db() as unknown) instanceof PostgresClient)
    return { contains: text, mode: "insensitive" } as { contains: string };
  return { contains: text };
}

/**
 * Makes `client` the process's client (undefined: back to lazy creation) and
 * returns the previous one without closing it. For tests that play several app
 * instances against one database.
 */
export function swapDbClient(client: Db | undefined): Db | undefined {
  const holder = globalThis as Holder;
  const previous = holder[globalKey];
  if (client) holder[globalKey] = client;
  else delete holder[globalKey];
  return previous;
}

/** Closes the process's client (tests, scripts); the next `db()` opens a new one. */
export async function disconnectDb(): Promise<void> {
  const holder = globalThis as Holder;
  const client = holder[globalKey];
  delete holder[globalKey];
  await client?.$disconnect();
}
