import { describe, expect, it } from "vitest";
import { computeStreak, dayLabel, dayNumber, recentDays } from "./streak";

const day = (iso: string) => dayNumber(Date.parse(`${iso}T12:00:00Z`));
const today = day("2025-03-10");

describe("dayNumber and dayLabel", () => {
  it("round-trips calendar days, leap days included", () => {
    for (const iso of ["1970-01-01", "2000-02-29", "2024-02-29", "2024-12-31", "2025-03-01"]) expect(dayLabel(day(iso))).toBe(iso);
  });
  it("applies the viewer's offset: 23:30 UTC is already tomorrow at UTC+1 and still today at UTC-5", () => {
    const late = Date.parse("2025-03-10T23:30:00Z");
    expect(dayLabel(dayNumber(late))).toBe("2025-03-10");
    expect(dayLabel(dayNumber(late, 60))).toBe("2025-03-11");
    expect(dayLabel(dayNumber(Date.parse("2025-03-11T02:00:00Z"), -300))).toBe("2025-03-10");
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
    expect(computeStreak([today - 2, today - 3, today - 4, today - 5], today)).toMatchObject({ current: 0, longest: 4, lastActiveDay: today - 2 });
  });
  it("counts activity dated after today (clock skew) as today", () => {
    expect(computeStreak([today + 1, today - 1], today)).toMatchObject({ current: 2, activeToday: true });
  });
  it("takes the longest of several runs in any input order", () => {
    expect(computeStreak([today - 20, today - 10, today - 19, today - 9, today - 18, today], today)).toMatchObject({ current: 1, longest: 3 });
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
