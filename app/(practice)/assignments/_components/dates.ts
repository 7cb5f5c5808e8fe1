/** Due dates as people read them, in the server's locale-neutral English form with the time (UTC shown explicitly). */
export function formatDue(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
}
