import { mkdirSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { freePort } from "./scripts/free-port";

/**
 * End-to-end tests run against a production build (`npm start` builds when the
 * sources changed) on a free port, with a throwaway SQLite database. The
 * runner's process picks the port and run id once; workers inherit them.
 */

process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_RUN_ID ??= `${Date.now()}-${process.pid}`;
const port = process.env.E2E_PORT;
const runDir = `.tmp/e2e/${process.env.E2E_RUN_ID}`;
mkdirSync(runDir, { recursive: true });
process.env.E2E_CREDENTIALS_FILE ??= `${runDir}/demo-accounts.json`;

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Not UTC, so a date written in the server's zone instead of the reader's shows up as a failure.
    timezoneId: "America/Los_Angeles",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${port}`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: port,
      DATABASE_URL: `file:./${runDir}/quorum.db`,
      QUORUM_CREDENTIALS_FILE: process.env.E2E_CREDENTIALS_FILE,
      NEXTAUTH_SECRET: `e2e-secret-${process.env.E2E_RUN_ID}-padding-to-32-chars`,
    },
  },
});
