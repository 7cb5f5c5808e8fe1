// Derives the PostgreSQL copy of the schema from the SQLite source.
// Plain JavaScript so scripts/prisma-generate.mjs can run it at postinstall,
// before tsx or the generated clients exist.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SOURCE_SCHEMA = fileURLToPath(new URL("./schema.prisma", import.meta.url));
export const POSTGRES_SCHEMA = fileURLToPath(new URL("./postgres/schema.prisma", import.meta.url));

const HEADER =
  "// GENERATED from prisma/schema.prisma by prisma/derive-postgres-schema.mjs: do not edit.\n" +
  "// Regenerate with `node scripts/prisma-generate.mjs`.\n\n";

function replaceOnce(text, search, replacement) {
  const first = text.indexOf(search);
  if (first === -1 || text.indexOf(search, first + 1) !== -1) {
    throw new Error(`prisma/schema.prisma must contain ${JSON.stringify(search)} exactly once.`);
  }
  return text.slice(0, first) + replacement + text.slice(first + search.length);
}

/** The PostgreSQL schema text for a given SQLite source text. */
export function derivePostgresSchema(source) {
  let out = replaceOnce(source, 'provider = "sqlite"', 'provider = "postgresql"');
  out = out.replace(
    /(output\s*=\s*)"\.\.\/lib\/db\/generated\/sqlite"/,
    (_m, lead) => `${lead}"../../lib/db/generated/postgres"`,
  );
  if (!out.includes('"../../lib/db/generated/postgres"')) {
    throw new Error('prisma/schema.prisma must set output = "../lib/db/generated/sqlite" in its generator.');
  }
  return HEADER + out;
}

/** Writes prisma/postgres/schema.prisma; returns true when it changed. */
export function writePostgresSchema() {
  const next = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, "utf8"));
  let current = "";
  try {
    current = readFileSync(POSTGRES_SCHEMA, "utf8");
  } catch {
    // first run
  }
  if (current === next) return false;
  writeFileSync(POSTGRES_SCHEMA, next);
  return true;
}
