import { describe, expect, it } from "vitest";
import { isLocked, memberStatus } from "./status";

const due = new Date("2026-11-30T12:00:00Z");
const before = new Date("2026-11-29T12:00:00Z");
const after = new Date("2026-12-01T12:00:00Z");

describe("member status", () => {
  it("turns unfinished work overdue after the due date", () => {
    expect(memberStatus("not-started", due, before)).toBe("not-started");
    expect(memberStatus("in-progress", due, after)).toBe("overdue");
    expect(memberStatus("not-started", due, after)).toBe("overdue");
  });

  it("never calls submitted or reviewed work overdue", () => {
    expect(memberStatus("submitted", due, after)).toBe("submitted");
    expect(memberStatus("reviewed", due, after)).toBe("reviewed");
  });

  it("locks answers once submitted", () => {
    expect(isLocked("in-progress")).toBe(false);
    expect(isLocked("submitted")).toBe(true);
    expect(isLocked("reviewed")).toBe(true);
  });
});
