/**
 * `npm run bench:web -- [flags]`: what to measure and for how long, bounded
 * here before anything starts (a typo or an absurd value stops the run with
 * the usage, it does not quietly measure something else).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

export const PARTS = ["lessons", "weight", "dynamic", "grading", "browser"] as const;
export type Part = (typeof PARTS)[number];

export const USAGE = `npm run bench:web -- [flags]
  --commit <rev>        measure this commit of Quorum instead of the working tree (exported to .tmp/bench/at-<sha>), for "before" figures
  --app-dir <path>      or measure the Quorum app in this directory (inside this repository, sharing its node_modules)
  --seconds <n>         dynamic load test duration, 5–600 (default 60)
  --candidates <n>      signed-in candidates in the dynamic test, 1–45 (default 20; sign-up allows 50 accounts an hour per address)
  --load-seconds <n>    each lesson-page throughput run, 2–60 (default 8)
  --connections <n>     open connections for the lesson-page runs, 1–200 (default 50)
  --lesson <slug>       the lesson compared with the vanilla page (default single-leader-replication)
  --quiz <id>           the quiz the candidates answer (default single-leader-basics)
  --only <parts>        comma-separated subset of ${PARTS.join(",")} (default: all)
  --help                this text`;

const count = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);

const schema = z.strictObject({
  "app-dir": z.string().min(1).optional(),
  commit: z
    .string()
    .regex(/^[\w./^~@-]{1,100}$/, "a commit, branch or tag name")
    .optional(),
  seconds: count(5, 600, 60),
  candidates: count(1, 45, 20),
  "load-seconds": count(2, 60, 8),
  connections: count(1, 200, 50),
  lesson: slug.default("single-leader-replication"),
  quiz: slug.default("single-leader-basics"),
  only: z
    .string()
    .transform((text) => text.split(",").map((part) => part.trim()))
    .pipe(z.array(z.enum(PARTS)).min(1))
    .optional(),
  help: z.boolean().optional(),
});

export interface BenchOptions {
  readonly appDir: string;
  readonly commit: string | undefined;
  readonly seconds: number;
  readonly candidates: number;
  readonly loadSeconds: number;
  readonly connections: number;
  readonly lesson: string;
  readonly quiz: string;
  readonly parts: ReadonlySet<Part>;
  readonly help: boolean;
}

export function parseOptions(
  argv: readonly string[],
  repoRoot: string,
): { ok: true; options: BenchOptions } | { ok: false; error: string } {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        "app-dir": { type: "string" },
        commit: { type: "string" },
        seconds: { type: "string" },
        candidates: { type: "string" },
        "load-seconds": { type: "string" },
        connections: { type: "string" },
        lesson: { type: "string" },
        quiz: { type: "string" },
        only: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ") };
  const v = parsed.data;
  if (v.commit && v["app-dir"]) return { ok: false, error: "give --commit or --app-dir, not both" };
  return {
    ok: true,
    options: {
      appDir: path.resolve(v["app-dir"] ?? repoRoot),
      commit: v.commit,
      seconds: v.seconds,
      candidates: v.candidates,
      loadSeconds: v["load-seconds"],
      connections: v.connections,
      lesson: v.lesson,
      quiz: v.quiz,
      parts: new Set(v.only ?? PARTS),
      help: v.help === true,
    },
  };
}
