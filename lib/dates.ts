/**
 * Time as the pages word it. Pure: callers pass `now`, so a server render and
 * a test agree on what "in 3 days" means.
 */
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

/** "in 3 days", "2 hours ago": the distance from `now` to `iso`, rounded in the largest whole unit (at least one minute). */
export function relativeTime(iso: string, now: Date): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const abs = Math.abs(diff);
  const [size, unit] = UNITS.find(([ms]) => abs >= ms) ?? [60_000, "minute"];
  const n = Math.max(1, Math.round(abs / size));
  const text = `${n} ${unit}${n === 1 ? "" : "s"}`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}
