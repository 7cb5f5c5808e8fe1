// Generates the Prisma clients (one per provider) without Prisma's native engines.
// First derives prisma/postgres/schema.prisma from the SQLite source (one source
// of truth), then runs `prisma generate` for each. `prisma generate` only checks
// that PRISMA_SCHEMA_ENGINE_BINARY names an existing file; the wasm query
// compiler does the real work, so any existing file will do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writePostgresSchema } from "../prisma/derive-postgres-schema.mjs";

if (writePostgresSchema()) console.log("Updated prisma/postgres/schema.prisma from prisma/schema.prisma.");

const schemas = ["prisma/schema.prisma", "prisma/postgres/schema.prisma"].filter((p) => existsSync(p));
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };

for (const schema of schemas) {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) {
    console.error(`Could not generate the Prisma client for ${schema} (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
