/**
 * The abuse limits: fixed-window counters kept in the RateLimit table, so all
 * app instances on one database count into the same rows.
 *
 * A hit is one statement (INSERT … ON CONFLICT DO UPDATE … RETURNING, which
 * SQLite and PostgreSQL both run atomically), and the caller acts on the count
 * that statement returns. Work a limit protects (an argon2 verify, a code
 * lookup) therefore happens only after its slot is taken: a burst of
 * concurrent attempts cannot all read "not yet over" before any of them is
 * counted, which is how a read-then-write limiter lets a burst through.
 * rate-limiter-flexible's Prisma store is such a read-then-write transaction
 * (findFirst, then update or create), so it is not used here.
 */
import { db } from "./client";

/** At most `max` hits per window of `windowMs`, the window starting at the first hit after the last one ended. */
export interface LimitRule {
  readonly name: string;
  readonly max: number;
  readonly windowMs: number;
}

/**
 * Every limit Quorum applies, in one place. The sign-in limits count attempts
 * that did not succeed (a success refunds its address and global slot and
 * clears its email's counter).
 */
export const LIMITS = {
  /** Guesses at one account's password, from anywhere. */
  signInEmail: { name: "sign-in:email", max: 5, windowMs: 15 * 60_000 },
  /** Failed sign-ins from one client address, across all accounts (a whole office behind one NAT still has room). */
  signInAddress: { name: "sign-in:address", max: 30, windowMs: 10 * 60_000 },
  /**
   * Failed sign-ins across the whole site per minute. It caps the argon2 work an
   * attacker spread over many addresses and accounts can cause (120 verifies a
   * minute is a small share of one core), so other pages stay fast. What it
   * costs real users: while a flood keeps it full, a sign-in attempt is refused
   * with "busy, try again in N seconds" for the rest of that minute. People
   * already signed in are not affected (their sessions are tokens), sign-up is
   * not affected, and nobody is locked out for longer than the minute.
   */
  signInGlobal: { name: "sign-in:all", max: 120, windowMs: 60_000 },
  /** New accounts from one client address (a class signing up together behind one NAT fits). */
  signUpAddress: { name: "sign-up:address", max: 50, windowMs: 60 * 60_000 },
  /** Wrong cohort or interview join codes typed by one account. */
  joinCode: { name: "join-code:user", max: 10, windowMs: 10 * 60_000 },
  /** Unknown invitation tokens tried by one account. */
  invitation: { name: "invitation:user", max: 10, windowMs: 10 * 60_000 },
} as const satisfies Record<string, LimitRule>;

export type LimitVerdict = { ok: true; key: string } | { ok: false; key: string; retryAfterSeconds: number };

const keyOf = (rule: LimitRule, subject: string) => `${rule.name}:${subject.slice(0, 200)}`;

type HitRow = { hits: number | bigint; windowEndsAt: number | bigint };

/**
 * Counts one hit of `subject` against `rule` and says whether it is within the
 * limit. Of any number of concurrent hits in one window, exactly `rule.max`
 * are allowed (across every instance sharing the database).
 */
export async function hitLimit(rule: LimitRule, subject: string, now: Date = new Date()): Promise<LimitVerdict> {
  const key = keyOf(rule, subject);
  const nowMs = BigInt(now.getTime());
  const endsAt = nowMs + BigInt(rule.windowMs);
  const rows = await db().$queryRaw<HitRow[]>`
    INSERT INTO "RateLimit" ("key", "hits", "windowEndsAt") VALUES (${key}, 1, ${endsAt})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."windowEndsAt" <= ${nowMs} THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "windowEndsAt" = CASE WHEN "RateLimit"."windowEndsAt" <= ${nowMs} THEN ${endsAt} ELSE "RateLimit"."windowEndsAt" END
    RETURNING "hits", "windowEndsAt"`;
  const row = rows[0];
  if (!row) throw new Error(`rate limit ${key}: the upsert returned no row`);
  if (Number(row.hits) <= rule.max) {
    // A new window on the site-wide sign-in counter (at most once a minute): sweep rows whose windows ended long ago.
    if (rule === LIMITS.signInGlobal && Number(row.hits) === 1) await sweepExpired(now);
    return { ok: true, key };
  }
  return {
    ok: false,
    key,
    retryAfterSeconds: Math.max(1, Math.ceil((Number(row.windowEndsAt) - now.getTime()) / 1000)),
  };
}

/** Gives back a hit that turned out not to count (a successful sign-in, a valid code). */
export async function refundHit(key: string): Promise<void> {
  await db().rateLimit.updateMany({ where: { key, hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
}

/** Forgets a counter entirely (an account's failures once its owner signs in). */
export async function clearLimit(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}

const SWEEP_AFTER_MS = 24 * 60 * 60_000;

async function sweepExpired(now: Date): Promise<void> {
  await db().rateLimit.deleteMany({ where: { windowEndsAt: { lt: BigInt(now.getTime() - SWEEP_AFTER_MS) } } });
}

/** "45 seconds", "3 minutes": how long a refused user waits, for messages. */
export function retryWording(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Runs `attempt` under `rule` for `subject`: refused without running it when
 * over the limit; a hit whose attempt succeeds (`succeeded`) is refunded, so
 * only failures count towards the limit.
 */
export async function limitFailures<T>(
  rule: LimitRule,
  subject: string,
  attempt: () => Promise<T>,
  succeeded: (result: T) => boolean,
  now: Date = new Date(),
): Promise<{ ok: true; result: T } | { ok: false; retryAfterSeconds: number }> {
  const verdict = await hitLimit(rule, subject, now);
  if (!verdict.ok) return { ok: false, retryAfterSeconds: verdict.retryAfterSeconds };
  const result = await attempt();
  if (succeeded(result)) await refundHit(verdict.key);
  return { ok: true, result };
}
