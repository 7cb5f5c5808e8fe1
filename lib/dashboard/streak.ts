/**
 * Activity streaks: consecutive calendar days with at least one activity
 * (a lesson completed, a quiz submitted, an interview taken part in).
 * Days are whole numbers (days since 1970-01-01 on the reader's calendar, from
 * lib/dates' localDayNumber), so the arithmetic here has no clock, no Date
 * objects and no daylight-saving traps.
 */
import { localDayNumber } from "../dates";

export interface Streak {
  /** Consecutive active days ending today, or ending yesterday when today has none yet. 0 when neither. */
  readonly current: number;
  /** The longest run of consecutive active days on record. */
  readonly longest: number;
  readonly activeToday: boolean;
  /** The most recent active day, or null with no activity at all. */
  readonly lastActiveDay: number | null;
}

/**
 * The streak as of `today`. A run that ended yesterday still counts (the day
 * is not over), one that ended before yesterday is broken. Activity dated
 * after `today` (clock skew between servers) counts as today.
 */
export function computeStreak(activityDays: Iterable<number>, today: number): Streak {
  const days = new Set<number>();
  for (const day of activityDays) days.add(Math.min(day, today));
  if (days.size === 0) return { current: 0, longest: 0, activeToday: false, lastActiveDay: null };
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 1;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === (sorted[i - 1] ?? Number.NaN) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const activeToday = days.has(today);
  let current = 0;
  for (let day = activeToday ? today : today - 1; days.has(day); day--) current++;
  return { current, longest, activeToday, lastActiveDay: sorted[sorted.length - 1] ?? null };
}

/** Which of the last `count` days (oldest first, ending today) had activity: the streak strip. */
export function recentDays(
  activityDays: Iterable<number>,
  today: number,
  count: number,
): { day: number; active: boolean }[] {
  const days = new Set(activityDays);
  return Array.from({ length: count }, (_, i) => {
    const day = today - (count - 1 - i);
    return { day, active: days.has(day) };
  });
}

/**
 * The streak as the reader's calendar sees it: each activity (an ISO instant)
 * counts on its day in `timeZone`, and today is `nowMs`'s day there. Someone in
 * California practising at 6 pm is still on today, though UTC is on tomorrow.
 */
export function streakInZone(
  activity: readonly string[],
  nowMs: number,
  timeZone: string,
): { today: number; activityDays: number[]; streak: Streak } {
  const today = localDayNumber(nowMs, timeZone);
  const activityDays = activity.map((iso) => localDayNumber(Date.parse(iso), timeZone));
  return { today, activityDays, streak: computeStreak(activityDays, today) };
}
