/**
 * The two facts the browser and the server share about the reader's zone, in a
 * module without zod: the root layout's client component reads them, and
 * importing them from lib/dates would put zod into every page's first-load script.
 */

/** The zone pages use when the reader's is unknown. */
export const DEFAULT_TIME_ZONE = "UTC";
/**
 * The cookie the browser writes its IANA zone into (components/time-zone-cookie.tsx) and the server reads
 * (lib/request/time-zone.ts).
 */
export const TIME_ZONE_COOKIE = "tz";
