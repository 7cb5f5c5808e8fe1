import { describe, expect, it } from "vitest";
import {
  dayLabel,
  formatDate,
  formatDateTime,
  formatShortDate,
  formatTime,
  localDayNumber,
  parseTimeZone,
  relativeTime,
  zonedDateTimeToIso,
} from "./dates";

const now = new Date("2026-11-22T12:00:00Z");
const dayIn = (iso: string, zone: string) => dayLabel(localDayNumber(Date.parse(iso), zone));

describe("relativeTime", () => {
  it("words the future and the past in the largest whole unit", () => {
    expect(relativeTime("2026-11-25T12:00:00Z", now)).toBe("in 3 days");
    expect(relativeTime("2026-11-22T10:00:00Z", now)).toBe("2 hours ago");
    expect(relativeTime("2026-11-22T12:01:00Z", now)).toBe("in 1 minute");
  });

  it("never says zero: under a minute reads as one", () => {
    expect(relativeTime("2026-11-22T12:00:10Z", now)).toBe("in 1 minute");
    expect(relativeTime("2026-11-22T11:59:50Z", now)).toBe("1 minute ago");
  });
});

describe("parseTimeZone", () => {
  it("accepts a real IANA zone and returns its canonical spelling", () => {
    expect(parseTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(parseTimeZone("america/los_angeles")).toBe("America/Los_Angeles");
    expect(parseTimeZone("Pacific/Kiritimati")).toBe("Pacific/Kiritimati");
  });

  it("falls back to UTC for a missing, made-up, oversized or non-string value", () => {
    expect(parseTimeZone(undefined)).toBe("UTC");
    expect(parseTimeZone("")).toBe("UTC");
    expect(parseTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(parseTimeZone("Europe/Berlin; path=/")).toBe("UTC");
    expect(parseTimeZone(`Europe/${"x".repeat(80)}`)).toBe("UTC");
    expect(parseTimeZone(120)).toBe("UTC");
  });
});

describe("formatters", () => {
  const winter = "2026-03-10T17:00:00Z";
  it("write an instant in the reader's zone with the zone's short name", () => {
    expect(formatDateTime(winter, "UTC")).toBe("Tue, 10 Mar 2026, 17:00 UTC");
    expect(formatDateTime(winter, "Europe/Berlin")).toBe("Tue, 10 Mar 2026, 18:00 CET");
    expect(formatDateTime("2026-07-10T17:00:00Z", "Europe/Berlin")).toBe("Fri, 10 Jul 2026, 19:00 CEST");
    expect(formatDateTime(winter, "America/Los_Angeles")).toBe("Tue, 10 Mar 2026, 10:00 GMT-7");
  });

  it("put a late-evening instant on the reader's calendar day, not UTC's", () => {
    const late = "2026-03-10T23:30:00Z";
    expect(formatDate(late, "UTC")).toBe("10 Mar 2026");
    expect(formatDate(late, "Europe/Berlin")).toBe("11 Mar 2026");
    expect(formatShortDate(late, "Europe/Berlin")).toBe("11 Mar");
    expect(formatDate("2026-03-11T01:00:00Z", "America/Los_Angeles")).toBe("10 Mar 2026");
  });

  it("write a time on the 24-hour clock with seconds, midnight as 00", () => {
    expect(formatTime("2026-03-10T23:05:09Z", "Europe/Berlin")).toBe("00:05:09");
    expect(formatTime("2026-03-10T23:05:09Z", "America/Los_Angeles")).toBe("16:05:09");
  });
});

describe("localDayNumber", () => {
  it("counts a Californian's 6 pm on their own day, where UTC is already tomorrow", () => {
    expect(dayIn("2026-06-10T01:00:00Z", "UTC")).toBe("2026-06-10");
    expect(dayIn("2026-06-10T01:00:00Z", "America/Los_Angeles")).toBe("2026-06-09");
  });

  it("follows Berlin's clock changes rather than a fixed offset", () => {
    // 29 March 2026: CET (UTC+1) becomes CEST (UTC+2) at 01:00 UTC. 22:30 UTC that evening is 00:30 on the 30th.
    expect(dayIn("2026-03-29T00:30:00Z", "Europe/Berlin")).toBe("2026-03-29");
    expect(dayIn("2026-03-29T21:59:00Z", "Europe/Berlin")).toBe("2026-03-29");
    expect(dayIn("2026-03-29T22:30:00Z", "Europe/Berlin")).toBe("2026-03-30");
    // 25 October 2026: back to CET. 22:30 UTC is 23:30 the same day, where CEST would have said the 26th.
    expect(dayIn("2026-10-24T22:30:00Z", "Europe/Berlin")).toBe("2026-10-25");
    expect(dayIn("2026-10-25T22:30:00Z", "Europe/Berlin")).toBe("2026-10-25");
    expect(dayIn("2026-10-25T23:00:00Z", "Europe/Berlin")).toBe("2026-10-26");
  });

  it("follows Los Angeles' clock changes", () => {
    // 8 March 2026: PST (UTC-8) becomes PDT (UTC-7). 07:30 UTC on the 9th is 00:30 PDT on the 9th (PST would say 23:30
    // on the 8th).
    expect(dayIn("2026-03-09T06:30:00Z", "America/Los_Angeles")).toBe("2026-03-08");
    expect(dayIn("2026-03-09T07:30:00Z", "America/Los_Angeles")).toBe("2026-03-09");
    // 1 November 2026: back to PST. 07:30 UTC on the 2nd is 23:30 PST on the 1st (PDT would say the 2nd).
    expect(dayIn("2026-11-02T07:30:00Z", "America/Los_Angeles")).toBe("2026-11-01");
    expect(dayIn("2026-11-02T08:30:00Z", "America/Los_Angeles")).toBe("2026-11-02");
  });

  it("puts Kiritimati (UTC+14) a calendar day ahead of UTC for most of the day", () => {
    expect(dayIn("2026-03-10T09:59:00Z", "Pacific/Kiritimati")).toBe("2026-03-10");
    expect(dayIn("2026-03-10T10:00:00Z", "Pacific/Kiritimati")).toBe("2026-03-11");
    expect(
      localDayNumber(Date.parse("2026-03-10T10:00:00Z"), "Pacific/Kiritimati") -
        localDayNumber(Date.parse("2026-03-10T10:00:00Z"), "Pacific/Honolulu"),
    ).toBe(1);
  });

  it("round-trips with dayLabel, leap days included", () => {
    for (const iso of ["1970-01-01", "2000-02-29", "2024-02-29", "2024-12-31", "2025-03-01"])
      expect(dayIn(`${iso}T12:00:00Z`, "UTC")).toBe(iso);
  });
});

describe("zonedDateTimeToIso", () => {
  it("reads a datetime-local value as wall-clock time in the given zone", () => {
    expect(zonedDateTimeToIso("2026-03-10T17:00", "UTC")).toBe("2026-03-10T17:00:00.000Z");
    expect(zonedDateTimeToIso("2026-03-10T17:00", "Europe/Berlin")).toBe("2026-03-10T16:00:00.000Z");
    expect(zonedDateTimeToIso("2026-07-10T17:00", "Europe/Berlin")).toBe("2026-07-10T15:00:00.000Z");
    expect(zonedDateTimeToIso("2026-03-10T17:00", "America/Los_Angeles")).toBe("2026-03-11T00:00:00.000Z");
    expect(zonedDateTimeToIso("2026-03-10T08:00:30", "Pacific/Kiritimati")).toBe("2026-03-09T18:00:30.000Z");
  });

  it("moves a time skipped by the spring change forward by the gap", () => {
    // Berlin has no 02:30 on 29 March 2026: it reads as 03:30 CEST.
    expect(zonedDateTimeToIso("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    expect(formatDateTime("2026-03-29T01:30:00.000Z", "Europe/Berlin")).toBe("Sun, 29 Mar 2026, 03:30 CEST");
  });

  it("takes the earlier of a time that happens twice in the autumn", () => {
    expect(zonedDateTimeToIso("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedDateTimeToIso("2026-11-01T01:30", "America/Los_Angeles")).toBe("2026-11-01T08:30:00.000Z");
  });

  it("refuses what is not a datetime-local value or not a calendar date", () => {
    expect(zonedDateTimeToIso("", "UTC")).toBeNull();
    expect(zonedDateTimeToIso("tomorrow", "UTC")).toBeNull();
    expect(zonedDateTimeToIso("2026-03-10T17:00:00Z", "UTC")).toBeNull();
    expect(zonedDateTimeToIso("2026-02-31T10:00", "UTC")).toBeNull();
    expect(zonedDateTimeToIso("2026-03-10T24:00", "UTC")).toBeNull();
  });
});
