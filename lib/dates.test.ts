import { describe, expect, it } from "vitest";
import { relativeTime } from "./dates";

const now = new Date("2026-11-22T12:00:00Z");

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
