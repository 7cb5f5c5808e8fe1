/**
 * `tsx scripts/test-prereqs.ts chromium`: makes sure the end-to-end suite has a
 * browser before it starts. Playwright cannot download its own build here, so
 * the suite drives Debian's Chromium: when it is missing and this process may
 * install packages (root, with apt-get), it installs it; otherwise it says in
 * one sentence what to install. (PostgreSQL is handled by with-postgres.ts.)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function canInstallPackages(): boolean {
  return process.getuid?.() === 0 && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

function installChromium(): boolean {
  console.log("[tests] Chromium is missing; installing Debian's chromium package");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  return spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }).status === 0;
}

function main(): void {
  const what = process.argv[2];
  if (what !== "chromium") fail("Usage: tsx scripts/test-prereqs.ts chromium");
  const named = process.env.CHROMIUM_PATH;
  const path = named || "/usr/bin/chromium";
  if (existsSync(path)) return;
  if (named) fail(`Chromium is not at CHROMIUM_PATH (${named}): point it at a Chromium binary or unset it.`);
  if (canInstallPackages() && installChromium() && existsSync(path)) return;
  fail(`Chromium is not at ${path}: install it with \`apt-get install -y chromium\` (as root) or set CHROMIUM_PATH.`);
}

main();
