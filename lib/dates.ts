import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "./time-zone-cookie";

export { DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE } from "./time-zone-cookie";

/**
 * Time as the pages word it, in the reader's own time zone. Pure: callers pass
 * `now` and the zone, so a server render, a client render and a test agree on
 * what "in 3 days" and "Tue, 10 Mar 2026, 18:00 CET" mean. The server learns
 * the zone from the browser (a cookie); until it has, pages use UTC.
 */

// The longest IANA name is 32 characters; anything far beyond is not a zone.
const MAX_ZONE_LENGTH = 64;

/**
 * A real IANA zone, as this runtime's Intl knows it, returned in its canonical spelling ("europe/berlin" →
 * "Europe/Berlin").
 */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_ZONE_LENGTH)
  .transform((zone, ctx) => {
    try {
      return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      ctx.addIssue({ code: "custom", message: "Not a time zone." });
      return z.NEVER;
    }
  });

/** The zone in `value` if it is a real one, otherwise UTC: a missing or forged cookie never breaks a page. */
export function parseTimeZone(value: unknown): string {
  const parsed = timeZoneSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_TIME_ZONE;
}

// Building a DateTimeFormat costs far more than using one; a page formats dozens of dates in one or two zones.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

// Dates read the British way ("10 Mar 2026", 24-hour clock), as the pages always have.
const LOCALE = "en-GB";
const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** "10 Mar 2026": the calendar day of `iso` in `timeZone`. */
export function formatDate(iso: string, timeZone: string): string {
  return formatter(LOCALE, { ...DATE, timeZone }).format(Date.parse(iso));
}

/** "10 Mar": for chart labels and lists where the year goes without saying. */
export function formatShortDate(iso: string, timeZone: string): string {
  return formatter(LOCALE, { day: "numeric", month: "short", timeZone }).format(Date.parse(iso));
}

/**
 * "Tue, 10 Mar 2026, 18:00 CET": an instant with the zone's short name, so it cannot be misread ("GMT-7" where the zone
 * has no common abbreviation).
 */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(LOCALE, { weekday: "short", ...DATE, ...TIME, timeZoneName: "short", timeZone }).format(
    Date.parse(iso),
  );
}

/** "18:00:05": a time today, for "Saved at" notes. */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(LOCALE, { ...TIME, second: "2-digit", timeZone }).format(Date.parse(iso));
}

const UNITS: readonly (readonly [number, string])[] = [
  [86_400_000, "day"],
  [3_600_000, "hour"],
  [60_000, "minute"],
];

/** Time spent: "1 h 05 min", "12 min", "40 s", "—" for nothing recorded. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/**
 * "in 3 days", "2 hours ago": the distance from `now` to `iso`, rounded in the largest whole unit (at least one
 * minute).
 */
export function relativeTime(iso: string, now: Date): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const abs = Math.abs(diff);
  const [size, unit] = UNITS.find(([ms]) => abs >= ms) ?? [60_000, "minute"];
  const n = Math.max(1, Math.round(abs / size));
  const text = `${n} ${unit}${n === 1 ? "" : "s"}`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

// ---- Calendar days and wall-clock time in a zone -------------------------------------------------

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A day number as YYYY-MM-DD, for labels and tests (the inverse of daysFromCivil, so no Date object is needed). */
export function dayLabel(day: number): string {
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

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The wall-clock reading of an instant in `timeZone`, from Intl's parts (Gregorian calendar, Latin digits, 00–23 hours
 * whatever the locale).
 */
function wallClock(epochMs: number, timeZone: string): WallClock {
  const f = formatter("en-US-u-ca-gregory-nu-latn", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
    timeZone,
  });
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(f.formatToParts(epochMs).find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/**
 * The calendar day an instant falls on in `timeZone`, as days since
 * 1970-01-01. Read from the zone's own rules, so daylight-saving changes and
 * zones a whole day ahead of UTC (Pacific/Kiritimati, UTC+14) count the day
 * the reader sees on their calendar.
 */
export function localDayNumber(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  return daysFromCivil(w.year, w.month, w.day);
}

/** How far the zone's clocks are ahead of UTC at an instant, in ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = epochMs - (((epochMs % 1000) + 1000) % 1000);
  const w = wallClock(whole, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a zoneless `datetime-local` value ("2026-03-10T17:00") names in
 * `timeZone`, as an ISO string; null when it is not such a value. A time
 * skipped by a clock change (02:30 as clocks spring forward) moves forward by
 * the gap, and one that happens twice (as clocks fall back) is the earlier,
 * as browsers and Temporal's "compatible" choice do.
 */
export function zonedDateTimeToIso(local: string, timeZone: string): string | null {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((s) => Number(s ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Rejects 31 February and the like, which Date.UTC would roll into March.
  if (dayLabel(Math.floor(asUtc / MS_PER_DAY)) !== `${m[1]}-${m[2]}-${m[3]}`) return null;
  // The offsets either side of any clock change near this wall time; each gives a candidate instant.
  const before = offsetAt(asUtc - MS_PER_DAY, timeZone);
  const after = offsetAt(asUtc + MS_PER_DAY, timeZone);
  const candidates = [asUtc - before, asUtc - after]
    .filter((t) => t + offsetAt(t, timeZone) === asUtc)
    .sort((a, b) => a - b);
  const chosen = candidates[0] ?? asUtc - before;
  return new Date(chosen).toISOString();
}
