/**
 * Activity streaks: consecutive calendar days with at least one activity
 * (a lesson completed, a quiz submitted, an interview taken part in).
 * Days are whole numbers (days since 1970-01-01 in the viewer's time zone), so
 * the arithmetic has no clock, no Date objects and no daylight-saving traps.
 */
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** The day number of an instant, `offsetMinutes` east of UTC (UTC+2 → 120). */
export function dayNumber(epochMs: number, offsetMinutes = 0): number {
  return Math.floor((epochMs + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY);
}

/** A day number as YYYY-MM-DD, for labels and tests. */
export function dayLabel(day: number): string {
  // Civil-from-days (proleptic Gregorian), so no Date object is needed.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

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
export function recentDays(activityDays: Iterable<number>, today: number, count: number): { day: number; active: boolean }[] {
  const days = new Set(activityDays);
  return Array.from({ length: count }, (_, i) => {
    const day = today - (count - 1 - i);
    return { day, active: days.has(day) };
  });
}
