import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  databaseNameOf,
  DEFAULT_TEST_PG_URL,
  parseDatabaseUrl,
  projectRoot,
  type DatabaseConfig,
  type Provider,
} from "./config";
import { createDatabase, dropDatabase } from "./pg-admin";
import { createPgPool } from "./pg-pool";
import { env } from "../env";

/**
 * Migrations without Prisma's native engines: `@prisma/schema-engine-wasm`
 * driven through driver adapters (the comment at each workaround below names
 * the engine defect it exists for). Node-only; used by
 * scripts/db.ts, the start script and the integration tests, never by pages.
 */

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };
const LOCKFILE = "migration_lock.toml";

export const migrationsDir = (provider: Provider) =>
  path.join(projectRoot(), "prisma", "migrations", provider === "sqlite" ? "sqlite" : "postgres");
export const schemaPath = (provider: Provider) =>
  path.join(projectRoot(), "prisma", ...(provider === "sqlite" ? ["schema.prisma"] : ["postgres", "schema.prisma"]));

let engineModule: Promise<EngineModule> | undefined;
const engineKey = Symbol.for("quorum.schemaEngineWasm");
const queueKey = Symbol.for("quorum.schemaEngineQueue");
let lastPanic: string | undefined;

/** The package's entry imports a .wasm file as a module, which Node cannot do: instantiate it ourselves, once. */
function loadEngineModule(): Promise<EngineModule> {
  // On globalThis: vitest can load this file more than once in one process, and
  // a second instantiation would swap the wasm under a running engine.
  const shared = globalThis as { [engineKey]?: Promise<EngineModule> };
  engineModule ??= shared[engineKey] ??= (async () => {
    // The engine reports a Rust panic's message here before throwing; without it the panic crashes the process.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message: string) => (lastPanic = message) };
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(path.join(projectRoot(), "package.json"));
    const wasmFile = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    // The engine arms 10 s timers (query timeouts) it never clears; unref them
    // so a script or test run exits when its work is done, not 10 s later.
    const imports: WebAssembly.ModuleImports = { ...(bg as unknown as WebAssembly.ModuleImports) };
    for (const key of Object.keys(bg).filter((k) => k.startsWith("__wbg_setTimeout_"))) {
      imports[key] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), { "./schema_engine_bg.js": imports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

/** Migration folders as the engine wants them, read from prisma/migrations/<provider>. */
export async function loadMigrations(provider: Provider): Promise<MigrationList> {
  const baseDir = migrationsDir(provider);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(baseDir, dir, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: unknown) => ({ tag: "error" as const, value: String(error) }),
        ),
      },
    })),
  );
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  return { baseDir, lockfile: { path: LOCKFILE, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}

function isMultipleStatementsError(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  const causeText =
    cause instanceof Error ? cause.message : typeof cause === "string" ? cause : JSON.stringify(cause ?? "");
  const text = error instanceof Error ? `${error.message} ${causeText}` : JSON.stringify(error);
  return /more than one statement/i.test(text ?? "");
}

/**
 * An adapter that the engine talks to, tracking itself so every connection can
 * be closed at the end (`engine.free()` does not close them, and an open
 * better-sqlite3 handle keeps the file locked).
 */
function tracked(
  inner: SqlDriverAdapter,
  open: Set<SqlDriverAdapter>,
  onDispose?: () => Promise<void>,
): SqlDriverAdapter {
  let disposed = false;
  const adapter: SqlDriverAdapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: async (query) => {
      try {
        return await inner.executeRaw(query);
      } catch (error) {
        // better-sqlite3 refuses several statements in one prepare(), which is
        // how the engine replays a migration into the shadow database.
        if (inner.provider === "sqlite" && query.args.length === 0 && isMultipleStatementsError(error)) {
          await inner.executeScript(query.sql);
          return 0;
        }
        throw error;
      }
    },
    executeScript: (script) => inner.executeScript(script),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: inner.getConnectionInfo ? () => inner.getConnectionInfo!() : undefined,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      open.delete(adapter);
      try {
        await inner.dispose();
      } finally {
        await onDispose?.();
      }
    },
  };
  if (!adapter.getConnectionInfo) delete adapter.getConnectionInfo;
  open.add(adapter);
  return adapter;
}

type Target = { config: DatabaseConfig; schema: string; schemaFile: string };

/**
 * Runs `work` with a schema engine connected to `config`, then frees the engine
 * and closes every connection it opened, shadow databases included.
 */
async function withEngine<T>(target: Target, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // One engine at a time per process: two engines running at once on the one
  // wasm instance panic (seen with vitest's two global setups).
  const shared = globalThis as { [queueKey]?: Promise<unknown> };
  const previous = shared[queueKey] ?? Promise.resolve();
  const run = previous.catch(() => {}).then(() => runEngine(target, work));
  shared[queueKey] = run.catch(() => {});
  return run;
}

async function runEngine<T>(target: Target, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const bg = await loadEngineModule();
  const open = new Set<SqlDriverAdapter>();
  const { config } = target;

  let factory: SqlMigrationAwareDriverAdapterFactory;
  if (config.provider === "sqlite") {
    if (config.file !== ":memory:") await mkdir(path.dirname(config.file), { recursive: true });
    const inner = new PrismaBetterSqlite3({ url: config.file, timeout: 10_000 });
    factory = {
      provider: "sqlite",
      adapterName: inner.adapterName,
      connect: async () => tracked(await inner.connect(), open),
      connectToShadowDb: async () => tracked(await inner.connectToShadowDb(), open), // an in-memory database
    };
  } else {
    const url = config.url;
    const connectTo = async (databaseUrl: string, onDispose?: () => Promise<void>) =>
      tracked(await new PrismaPg(createPgPool(databaseUrl), { disposeExternalPool: true }).connect(), open, onDispose);
    factory = {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => connectTo(url),
      connectToShadowDb: async () => {
        const shadowUrl = await createDatabase(url, `quorum_shadow_${randomUUID().replaceAll("-", "")}`);
        return connectTo(shadowUrl, () => dropDatabase(url, databaseNameOf(shadowUrl)));
      },
    };
  }

  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[target.schemaFile, target.schema]] },
    (message: string) => {
      if (env().QUORUM_DEBUG_MIGRATE) console.error(message);
      logs.push(message);
    },
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } catch (error) {
    throw new Error(describeEngineError(error), { cause: error });
  } finally {
    engine.free();
    for (const adapter of [...open]) await adapter.dispose().catch(() => {});
  }
}

function describeEngineError(error: unknown): string {
  if (lastPanic) {
    const message = `The migration engine panicked: ${lastPanic}`;
    lastPanic = undefined;
    return message;
  }
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return String(error);
}

async function targetFor(config: DatabaseConfig): Promise<Target> {
  const schemaFile = schemaPath(config.provider);
  return { config, schemaFile, schema: await readFile(schemaFile, "utf8") };
}

function configOf(databaseUrl: string | undefined): DatabaseConfig {
  const parsed = parseDatabaseUrl(databaseUrl);
  if (!parsed.success) throw new Error(parsed.error);
  return parsed.data;
}

/**
 * `migrate deploy`: applies the checked-in migrations not yet applied; returns their names. Creates the SQLite file if
 * missing.
 */
export async function applyMigrations(databaseUrl: string | undefined): Promise<string[]> {
  const config = configOf(databaseUrl);
  const migrationsList = await loadMigrations(config.provider);
  return withEngine(await targetFor(config), async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/** Drops every table (data and schema) of the database; apply migrations afterwards to rebuild it. */
export async function resetDatabase(databaseUrl: string | undefined): Promise<void> {
  const config = configOf(databaseUrl);
  if (config.provider === "sqlite") return resetSqlite(config.file);
  await withEngine(await targetFor(config), (engine) => engine.reset({ filter: FILTERS }));
}

/**
 * The wasm engine's reset leaves SQLite tables in place (the native engine
 * deletes the file, which the wasm build cannot do), so drop every object
 * ourselves. Dropping rather than deleting the file keeps it valid for any
 * process that has it open.
 */
function resetSqlite(file: string): void {
  if (file !== ":memory:" && !existsSync(file)) return;
  const sqlite = new Database(file, { timeout: 10_000 });
  try {
    sqlite.pragma("foreign_keys = OFF");
    const objects = sqlite
      .prepare(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'view', 'trigger')",
      )
      .all() as { type: string; name: string }[];
    sqlite.transaction(() => {
      for (const { type, name } of objects)
        sqlite.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name.replaceAll('"', '""')}"`);
    })();
    sqlite.exec("VACUUM");
  } finally {
    sqlite.close();
  }
}

/** A PostgreSQL server the engine may create scratch and shadow databases on. */
export function postgresServerUrl(): string {
  const { DATABASE_URL, DATABASE_URL_TEST_PG } = env();
  const fromEnv = parseDatabaseUrl(DATABASE_URL);
  if (fromEnv.success && fromEnv.data.provider === "postgresql" && DATABASE_URL) return fromEnv.data.url;
  return DATABASE_URL_TEST_PG ?? DEFAULT_TEST_PG_URL;
}

const EMPTY_SCRIPT = /^\s*(--[^\n]*\n?\s*)*$/;

/**
 * The SQL that would take a database built from the checked-in migrations to
 * the current schema: '' when they are in sync. Non-empty means someone changed
 * prisma/schema.prisma without creating a migration.
 */
export async function diffSchemaAgainstMigrations(
  provider: Provider,
  postgresUrl = postgresServerUrl(),
): Promise<string> {
  const config: DatabaseConfig =
    provider === "sqlite" ? { provider, file: ":memory:" } : { provider, url: postgresUrl };
  const target = await targetFor(config);
  const migrations = await loadMigrations(provider);
  return withEngine(target, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [{ path: target.schemaFile, content: target.schema }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    const script = result.stdout ?? "";
    return EMPTY_SCRIPT.test(script) ? "" : script.trim();
  });
}

/**
 * Generates (does not apply) the next migration for one provider, against a
 * scratch database that is thrown away afterwards. Returns null when the
 * migrations already match the schema.
 */
async function generateMigration(provider: Provider, name: string): Promise<{ dir: string; sql: string } | null> {
  const migrationsList = await loadMigrations(provider);
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (provider === "sqlite") {
    const dir = path.join(tmpdir(), `quorum-migrate-${randomUUID()}`);
    config = { provider, file: path.join(dir, "scratch.db") };
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const server = postgresServerUrl();
    const url = await createDatabase(server);
    config = { provider, url };
    cleanup = () => dropDatabase(server, databaseNameOf(url));
  }
  try {
    const target = await targetFor(config);
    return await withEngine(target, async (engine) => {
      // createMigration cannot set up its shadow database on a fresh engine;
      // applying the history and asking devDiagnostic first makes it work.
      await engine.applyMigrations({ migrationsList, filters: FILTERS });
      await engine.devDiagnostic({ migrationsList, filters: FILTERS });
      const out = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList,
        schema: { files: [{ path: target.schemaFile, content: target.schema }] },
        filters: FILTERS,
      });
      return out.migrationScript === null ? null : { dir: out.generatedMigrationName, sql: out.migrationScript };
    });
  } finally {
    await cleanup();
  }
}

const lockfileFor = (provider: Provider) =>
  `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;

/**
 * `migrate dev --create-only` for both providers: writes
 * prisma/migrations/{sqlite,postgres}/<timestamp>_<name>/migration.sql, under
 * the same folder name. Generates both before writing either, so a failure
 * (e.g. no PostgreSQL server) leaves the tree untouched. The caller derives
 * prisma/postgres/schema.prisma from the SQLite source first (scripts/db.ts
 * does): a stale copy would silently yield an empty PostgreSQL migration.
 */
export async function createMigrations(name: string): Promise<{ created: string[] }> {
  if (!/^[a-z0-9_]+$/i.test(name))
    throw new Error("Migration names use letters, digits and underscores only, e.g. add_lessons.");
  const sqlite = await generateMigration("sqlite", name);
  const postgres = await generateMigration("postgresql", name);
  if (!sqlite && !postgres) return { created: [] };
  if (!sqlite || !postgres) {
    throw new Error(
      `Only the ${sqlite ? "SQLite" : "PostgreSQL"} migrations differ from the schema, so one provider's history is broken: check prisma/migrations before creating more.`,
    );
  }
  const dir = sqlite.dir;
  const created: string[] = [];
  for (const [provider, generated] of [
    ["sqlite", sqlite],
    ["postgresql", postgres],
  ] as const) {
    const base = migrationsDir(provider);
    await mkdir(path.join(base, dir), { recursive: true });
    await writeFile(path.join(base, dir, "migration.sql"), generated.sql);
    await writeFile(path.join(base, LOCKFILE), lockfileFor(provider));
    created.push(path.relative(projectRoot(), path.join(base, dir, "migration.sql")));
  }
  return { created };
}
