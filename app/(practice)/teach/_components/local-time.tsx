"use client";
import { useHydrated } from "@/components/ui/use-hydrated";

/** A date in the reader's own time zone; the server renders the UTC date until hydration. */
export function LocalTime({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" };
  const text = hydrated ? date.toLocaleString(undefined, options) : date.toLocaleString("en-GB", { ...options, timeZone: "UTC" }) + " UTC";
  return <time dateTime={iso}>{text}</time>;
}
