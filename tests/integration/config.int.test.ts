import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDatabaseReachable, parseDatabaseUrl } from "../../lib/db/config";

describe("parseDatabaseUrl", () => {
  it("defaults to SQLite at ./data/quorum.db under the project root", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({
      success: true,
      data: { provider: "sqlite", file: path.resolve("data/quorum.db") },
    });
    expect(parseDatabaseUrl("  ")).toEqual(parseDatabaseUrl(undefined));
  });

  it("reads file: and postgres URLs", () => {
    expect(parseDatabaseUrl("file:./x/y.db")).toEqual({
      success: true,
      data: { provider: "sqlite", file: path.resolve("x/y.db") },
    });
    expect(parseDatabaseUrl("file:/tmp/q.db")).toEqual({
      success: true,
      data: { provider: "sqlite", file: "/tmp/q.db" },
    });
    for (const url of ["postgresql://u:p@db:5432/quorum", "postgres://u@db/quorum"]) {
      expect(parseDatabaseUrl(url)).toEqual({ success: true, data: { provider: "postgresql", url } });
    }
  });

  it.each([
    [
      "mysql://root:secret@db/quorum",
      'DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), but it starts with "mysql:".',
    ],
    ["quorum.db", "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), but it has no scheme."],
    ["file:", "DATABASE_URL is file: without a path: use e.g. file:./data/quorum.db."],
    [
      "postgresql://u@db:5432",
      "DATABASE_URL names no PostgreSQL database: add it after the host, e.g. postgresql://user@host:5432/quorum.",
    ],
    [
      "postgresql://u@db:99999/q",
      "DATABASE_URL is not a valid PostgreSQL URL: use e.g. postgresql://user:password@host:5432/quorum.",
    ],
  ])("explains %s in one sentence, without echoing secrets", (raw, error) => {
    expect(parseDatabaseUrl(raw)).toEqual({ success: false, error });
  });
});

describe("checkDatabaseReachable", () => {
  it("names the PostgreSQL server that refused the connection", async () => {
    await expect(
      checkDatabaseReachable({ provider: "postgresql", url: "postgresql://postgres@127.0.0.1:5999/quorum" }),
    ).rejects.toThrow(
      /^DATABASE_URL points at PostgreSQL on 127\.0\.0\.1:5999, which refused the connection: start the server or fix the URL\.$/,
    );
  });

  it("explains an SQLite path that cannot be created", async () => {
    await expect(checkDatabaseReachable({ provider: "sqlite", file: "/dev/null/quorum/x.db" })).rejects.toThrow(
      /^DATABASE_URL points at the SQLite file \/dev\/null\/quorum\/x\.db, which cannot be opened \(.*\): fix the path or its permissions\.$/,
    );
  });
});
