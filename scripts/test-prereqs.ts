/**
 * `tsx scripts/test-prereqs.ts postgres|chromium`: checks what a test suite
 * needs before it starts, and says in one sentence how to get it if missing.
 */
import { existsSync } from "node:fs";
import { DEFAULT_TEST_PG_URL } from "../lib/db/config";
import { checkPostgresServer } from "../lib/db/pg-admin";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The URL without its password, for messages. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

async function main(): Promise<void> {
  const what = process.argv[2];
  switch (what) {
    case "postgres": {
      const url = process.env.DATABASE_URL_TEST_PG || DEFAULT_TEST_PG_URL;
      try {
        await checkPostgresServer(url);
      } catch {
        fail(
          `PostgreSQL is not reachable at ${shown(url)}: start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DATABASE_URL_TEST_PG to a server you can create databases on.`,
        );
      }
      return;
    }
    case "chromium": {
      const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
      if (!existsSync(path)) {
        fail(`Chromium is not at ${path}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
      }
      return;
    }
    default:
      fail("Usage: tsx scripts/test-prereqs.ts postgres|chromium.");
  }
}

void main();
