import fc from "fast-check";
import { beforeAll, beforeEach } from "vitest";
import { db } from "../../lib/db/client";
import { seedWorld, type World } from "./access-world";
import { emptyTables, withTestDatabase } from "./test-db";

/**
 * Shared pieces of the boundary fuzz suites: who the mocked session says is
 * signed in, a digest of every table, and generators of inputs that no
 * handler may accept.
 */

// Rate-limit counters are meant to be written by refused attempts (that is how a limit counts them).
const COUNTERS = /throttle|ratelimit|rate_limit/i;

async function tableNames(): Promise<string[]> {
  const client = db() as unknown as { $queryRawUnsafe<T>(sql: string): Promise<T> };
  const postgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");
  const rows = postgres
    ? await client.$queryRawUnsafe<{ name: string }[]>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
      )
    : await client.$queryRawUnsafe<{ name: string }[]>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      );
  return rows
    .map((r) => r.name)
    .filter((name) => !name.startsWith("_prisma") && !COUNTERS.test(name))
    .sort();
}

/** Every row of every table (counters aside), as one comparable string: a rejected request must leave it unchanged. */
export async function databaseDigest(): Promise<string> {
  const client = db() as unknown as { $queryRawUnsafe<T>(sql: string): Promise<T> };
  const parts: string[] = [];
  for (const name of await tableNames()) {
    const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    const lines = rows
      .map((row) =>
        JSON.stringify(row, (_k, v: unknown) =>
          typeof v === "bigint" ? v.toString() : v instanceof Date ? v.toISOString() : v,
        ),
      )
      .sort();
    parts.push(`${name} ${rows.length}\n${lines.join("\n")}`);
  }
  return parts.join("\n");
}

export interface FuzzWorld {
  /** The seeded world, as it stands at the start of every test. */
  world(): World;
  /** The digest of every table as last taken: at a test's start, the seeded world's. */
  digest(): string;
  /**
   * Takes the digest afresh and keeps it. A property run compares this with
   * digest() read before it acted, so each run costs one digest, not two: what
   * one run leaves is what the next finds (counters aside, nothing else writes).
   */
  redigest(): Promise<string>;
}

/**
 * The access world for a fuzz file: seeded once, before the file's first test,
 * instead of before every test (which cost most of the suite's time). Each
 * test still starts from that same world: before it, the rate-limit counters
 * are cleared (as a fresh database would have them) and the tables are
 * compared with the digest taken after seeding; a test that wrote (an
 * accepted request, or a check that failed) gets the world seeded afresh for
 * the next one. Call instead of withTestDatabase().
 */
export function seededWorldPerFile(): FuzzWorld {
  withTestDatabase({ empty: "per-file" });
  let world: World | undefined;
  let seeded = "";
  let last = "";
  const seed = async () => {
    await emptyTables();
    world = await seedWorld(new Date());
    seeded = await databaseDigest();
  };
  beforeAll(seed);
  beforeEach(async () => {
    await db().rateLimit.deleteMany();
    if ((await databaseDigest()) !== seeded) await seed();
    last = seeded;
  });
  return {
    world() {
      if (!world) throw new Error("the access world is seeded before the file's first test");
      return world;
    },
    digest: () => last,
    async redigest() {
      last = await databaseDigest();
      return last;
    },
  };
}

/** Longer than every stored text field (lib/text-limits.ts), so no field can take it. */
export const HUGE = 25_001;

/** Strings no field accepts: too long, empty, blank, or control characters only. */
export const junkString = fc.oneof(
  fc.constantFrom("", "   ", "\u0000", "\t\n"),
  fc.constantFrom("x", "é", "\u{1F600}", "<script>").map((unit) => unit.repeat(HUGE)),
);

/** Numbers no count, index or duration accepts. */
export const junkNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, 0.5, -0);

/** Values of the wrong type wherever a field expects a string or a number. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  junkNumber,
  fc.constantFrom(null, undefined, true, false),
  fc.array(junkString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), junkString, { maxKeys: 3 }),
);

/** A form whose named fields (and a few random ones) hold junk strings. */
export function junkForm(fields: readonly string[]): fc.Arbitrary<FormData> {
  return fc
    .tuple(
      fc.subarray([...fields]),
      fc.array(fc.tuple(fc.constantFrom(...fields, "extra", "$ACTION_ID"), junkString), { maxLength: 3 }),
      junkString,
    )
    .map(([named, extra, value]) => {
      const form = new FormData();
      for (const field of named) form.append(field, value);
      for (const [field, v] of extra) form.append(field, v);
      return form;
    });
}

/** Next's control-flow throws (redirect, notFound) are answers, not failures. */
export function isControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
