import { describe, expect, it } from "vitest";
import { dayLabel, localDayNumber } from "../dates";
import { computeStreak, recentDays, streakInZone } from "./streak";

const day = (iso: string) => localDayNumber(Date.parse(`${iso}T12:00:00Z`), "UTC");
const today = day("2025-03-10");

describe("streakInZone", () => {
  // Evenings in California (PDT, UTC-7): 18:00 on 8, 9 and 10 June is 01:00 UTC on 9, 10 and 11 June.
  const evenings = ["2025-06-09T01:00:00Z", "2025-06-10T01:00:00Z", "2025-06-11T01:00:00Z"];

  it("counts a Californian's evening practice on their own calendar day", () => {
    // 20:00 PDT on 10 June: still the 10th there, already the 11th in UTC.
    const { today: tz, streak } = streakInZone(evenings, Date.parse("2025-06-11T03:00:00Z"), "America/Los_Angeles");
    expect(dayLabel(tz)).toBe("2025-06-10");
    expect(streak).toMatchObject({ current: 3, activeToday: true });
    expect(dayLabel(streak.lastActiveDay ?? Number.NaN)).toBe("2025-06-10");
  });

  it("does not carry the evening over into the next morning", () => {
    // 09:00 PDT on 11 June: nothing yet today, and yesterday's run is still alive.
    const { streak, activityDays } = streakInZone(evenings, Date.parse("2025-06-11T16:00:00Z"), "America/Los_Angeles");
    expect(activityDays.map(dayLabel)).toEqual(["2025-06-08", "2025-06-09", "2025-06-10"]);
    expect(streak).toMatchObject({ current: 3, activeToday: false });
  });

  it("keeps a streak across Berlin's spring clock change", () => {
    // 23:30 local on 28, 29 and 30 March 2025: CET before the change on the 30th, CEST after it.
    const nights = ["2025-03-28T22:30:00Z", "2025-03-29T22:30:00Z", "2025-03-30T21:30:00Z"];
    const { streak, activityDays } = streakInZone(nights, Date.parse("2025-03-30T21:45:00Z"), "Europe/Berlin");
    expect(activityDays.map(dayLabel)).toEqual(["2025-03-28", "2025-03-29", "2025-03-30"]);
    expect(streak).toMatchObject({ current: 3, longest: 3, activeToday: true });
  });
});

describe("computeStreak", () => {
  it("is zero with no activity", () => {
    expect(computeStreak([], today)).toEqual({ current: 0, longest: 0, activeToday: false, lastActiveDay: null });
  });
  it("counts consecutive days ending today, several activities a day counting once", () => {
    const s = computeStreak([today, today, today - 1, today - 2, today - 4], today);
    expect(s).toMatchObject({ current: 3, longest: 3, activeToday: true, lastActiveDay: today });
  });
  it("keeps a run that ended yesterday alive: today is not over", () => {
    expect(computeStreak([today - 1, today - 2], today)).toMatchObject({ current: 2, activeToday: false });
  });
  it("breaks a run that ended the day before yesterday, but remembers the longest", () => {
    expect(computeStreak([today - 2, today - 3, today - 4, today - 5], today)).toMatchObject({
      current: 0,
      longest: 4,
      lastActiveDay: today - 2,
    });
  });
  it("counts activity dated after today (clock skew) as today", () => {
    expect(computeStreak([today + 1, today - 1], today)).toMatchObject({ current: 2, activeToday: true });
  });
  it("takes the longest of several runs in any input order", () => {
    expect(computeStreak([today - 20, today - 10, today - 19, today - 9, today - 18, today], today)).toMatchObject({
      current: 1,
      longest: 3,
    });
  });
});

describe("recentDays", () => {
  it("lists the last n days oldest first, ending today", () => {
    expect(recentDays([today, today - 2, today - 9], today, 3)).toEqual([
      { day: today - 2, active: true },
      { day: today - 1, active: false },
      { day: today, active: true },
    ]);
  });
});
