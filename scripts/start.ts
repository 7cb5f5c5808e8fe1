/**
 * `npm start`: everything between a fresh clone and a running Quorum.
 *   1. a session secret (generated once into .auth-secret when none is set);
 *   2. the database named by DATABASE_URL (SQLite by default), migrated;
 *   3. demo accounts on first run (not in production), their passwords printed once;
 *   4. a production build when the sources changed since the last one;
 *   5. `next start` (or `next dev` with --dev).
 */
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureAuthSecret } from "./auth-secret";
import { buildIsCurrent, sourceFingerprint, STAMP_FILE } from "./build-stamp";
import { prepareDatabase } from "./prepare-database";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[quorum] ${line}`);
const nextBin = join(root, "node_modules/next/dist/bin/next");

function fail(message: string): never {
  console.error(`[quorum] ${message}`);
  process.exit(1);
}

async function main() {
  const port = process.env.PORT ?? "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`PORT must be a number from 1 to 65535, not "${port}".`);

  const secret = ensureAuthSecret(root, log);
  const prepared = await prepareDatabase({ seedDemo: process.env.NODE_ENV !== "production" });
  if (!prepared.ok) fail(prepared.error);
  log(`Database ready (${prepared.description}).`);
  if (prepared.demoAccounts.length > 0) {
    log("Demo accounts created. Their passwords are shown only this once:");
    for (const account of prepared.demoAccounts)
      log(`  ${account.role.padEnd(11)} ${account.email}  ${account.password}`);
    if (process.env.QUORUM_CREDENTIALS_FILE) {
      writeFileSync(process.env.QUORUM_CREDENTIALS_FILE, JSON.stringify(prepared.demoAccounts, null, 2));
    }
  }

  const env = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && !buildIsCurrent(root)) {
    log("Building Quorum (the sources changed since the last build, or there is none yet)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (build.status !== 0) fail("The production build failed; the messages above say why.");
    writeFileSync(join(root, STAMP_FILE), sourceFingerprint(root));
  }

  const args = dev ? ["dev", "-p", port] : ["start", "-p", port];
  if (process.env.HOSTNAME && !dev) args.push("-H", process.env.HOSTNAME);
  log(`Serving on http://localhost:${port}`);
  const server = spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
