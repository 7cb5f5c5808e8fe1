"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE } from "@/lib/time-zone-cookie";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
// IANA names use only these; anything else would need escaping in a cookie and is not a zone the server accepts.
const ZONE_NAME = /^[A-Za-z0-9/_+-]{1,64}$/;

function cookieZone(): string | undefined {
  const prefix = `${TIME_ZONE_COOKIE}=`;
  return document.cookie
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Tells the server the reader's time zone, so pages render dates on the
 * reader's clock from the first byte (no UTC text swapped after hydration).
 * The cookie is written when missing or stale (travel, a changed OS setting);
 * the page refreshes once, only if it was rendered in another zone and the
 * cookie took, so blocked cookies cannot cause a refresh loop.
 */
export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const before = cookieZone();
    if (!ZONE_NAME.test(zone) || before === zone) return;
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax${secure}`;
    if (cookieZone() === zone && (before ?? DEFAULT_TIME_ZONE) !== zone) router.refresh();
  }, [router]);
  return null;
}
