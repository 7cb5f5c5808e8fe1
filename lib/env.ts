import { z } from "zod";

/**
 * Every environment variable the app reads, and the one place that reads them
 * (lint forbids process.env elsewhere in app/, components/, lib/ and proxy.ts).
 * A bad value stops the server at start-up (instrumentation.ts) with one line
 * per variable, instead of surfacing on some later request.
 *
 * Server-side only. No "server-only" marker, because the tsx scripts share
 * lib/db with the server; a browser import fails below instead.
 */

/** A blank value counts as unset, so `FOO=` in a .env file means "use the default". */
const unsetIfBlank = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfBlank, schema.optional());

const SECRET_RULE = "must be at least 32 characters (npm start generates one into .auth-secret)";
const HOPS_RULE = "must be a whole number from 0 to 10 (the reverse proxies in front of the app)";

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(
    unsetIfBlank,
    z
      .enum(["development", "production", "test"], { error: "must be development, production or test" })
      .default("development"),
  ),
  /**
   * Its shape (file: or postgresql://) is parsed by lib/db/config.ts, the one home of that rule; checked at start-up
   * too.
   */
  DATABASE_URL: optional(z.string()),
  /** The site's public URL: decides the accepted Origin, HSTS and Secure cookies. */
  NEXTAUTH_URL: optional(
    z.url({ protocol: /^https?$/, error: "must be the site's public http(s) URL, e.g. https://quorum.example.org" }),
  ),
  /**
   * next-auth reads NEXTAUTH_SECRET, or AUTH_SECRET when that is unset, itself; validated here so a short one is
   * refused.
   */
  NEXTAUTH_SECRET: optional(z.string().min(32, { error: SECRET_RULE })),
  AUTH_SECRET: optional(z.string().min(32, { error: SECRET_RULE })),
  TRUSTED_PROXY_HOPS: z.preprocess(
    unsetIfBlank,
    z.coerce
      .number({ error: HOPS_RULE })
      .int({ error: HOPS_RULE })
      .min(0, { error: HOPS_RULE })
      .max(10, { error: HOPS_RULE })
      .default(0),
  ),
  /** Test-only: the PostgreSQL server integration tests and migration creation use. */
  DATABASE_URL_TEST_PG: optional(z.string()),
  /** Set (to anything) to print each migration statement's error while probing. */
  QUORUM_DEBUG_MIGRATE: optional(z.string()).transform((value) => value !== undefined),
});

export type Env = z.infer<typeof EnvSchema>;
export const ENV_KEYS = Object.keys(EnvSchema.shape) as (keyof Env)[];

export type EnvResult = { success: true; data: Env } | { success: false; errors: string[] };

/** Parses `source`: the values, or one "NAME: what is wrong" line per bad variable. */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): EnvResult {
  const parsed = EnvSchema.safeParse(Object.fromEntries(ENV_KEYS.map((key) => [key, source[key]])));
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}

/**
 * Problems that only matter for a server about to serve: per-variable ones, and a production server without a secret.
 */
export function startupProblems(source: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const parsed = parseEnv(source);
  if (!parsed.success) return parsed.errors;
  const { NODE_ENV, NEXTAUTH_SECRET, AUTH_SECRET } = parsed.data;
  if (NODE_ENV === "production" && !NEXTAUTH_SECRET && !AUTH_SECRET)
    return [`NEXTAUTH_SECRET: is required in production: ${SECRET_RULE}`];
  return [];
}

let last: { key: string; env: Env } | undefined;

/**
 * The validated environment. Read on each call (cached while nothing changed),
 * so tests that set a variable and a build that runs under another URL see it.
 */
export function env(): Env {
  if (typeof window !== "undefined") throw new Error("lib/env is server-only: pass the value down as a prop instead.");
  const source = process.env;
  const key = ENV_KEYS.map((name) => source[name] ?? "\u0000").join("\u0001");
  if (last?.key === key) return last.env;
  const parsed = parseEnv(source);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.errors.join("; ")}`);
  last = { key, env: parsed.data };
  return parsed.data;
}
