import { formatDate, formatDateTime } from "@/lib/dates";

/**
 * An instant on the reader's clock: "Tue, 10 Mar 2026, 18:00 CET", or the day
 * alone with `withTime={false}`. Pages pass the zone the server read from the
 * reader's cookie, so server and browser render the same text.
 */
export function LocalTime({ iso, timeZone, withTime = true }: { iso: string; timeZone: string; withTime?: boolean }) {
  return <time dateTime={iso}>{withTime ? formatDateTime(iso, timeZone) : formatDate(iso, timeZone)}</time>;
}
