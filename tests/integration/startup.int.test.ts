import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The start script is the same for both engines, so this runs in the SQLite pass only.
const run = (databaseUrl: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "startup-test-secret-of-32-characters!",
      PORT: "3999",
    },
    encoding: "utf8",
    timeout: 60_000,
  });

describe.runIf(process.env.QUORUM_TEST_DB === "sqlite")("npm start with a bad DATABASE_URL", () => {
  it("refuses to start with one sentence when the URL is malformed", () => {
    const result = run("mysql://root@localhost/quorum");
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '[quorum] DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), but it starts with "mysql:".',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses to start with one sentence when PostgreSQL does not answer", () => {
    const result = run("postgresql://postgres@127.0.0.1:1/quorum");
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "[quorum] DATABASE_URL points at PostgreSQL on 127.0.0.1:1, which refused the connection: start the server or fix the URL.",
    );
  });
});
