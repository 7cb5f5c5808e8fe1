import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { parseTimeZone, TIME_ZONE_COOKIE } from "@/lib/dates";

/**
 * The reader's IANA time zone, as their browser reported it in the `tz` cookie
 * (components/time-zone-cookie.tsx writes it). Validated, since anyone can send
 * any cookie; UTC until the browser has said, or when what it said is not a zone.
 * Cached per request: a page and its components ask once between them.
 */
export const readerTimeZone = cache(async (): Promise<string> =>
  parseTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value),
);
