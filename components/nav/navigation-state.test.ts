import { describe, expect, it } from "vitest";
import { currentHref } from "./navigation-state";

const entries = [
  { href: "/dashboard", label: "Overview" },
  { href: "/interviews", label: "Interviews" },
  { href: "/interviews/new", label: "Lead an interview" },
  { href: "/learn", label: "Lessons" },
];

describe("currentHref", () => {
  it("marks the entry whose page is shown, and the section a deeper page belongs to", () => {
    expect(currentHref("/learn", entries)).toBe("/learn");
    expect(currentHref("/learn/failover-and-fencing", entries)).toBe("/learn");
    expect(currentHref("/interviews/abc123", entries)).toBe("/interviews");
  });

  it("prefers the longest match, so a nested entry is not also its parent", () => {
    expect(currentHref("/interviews/new", entries)).toBe("/interviews/new");
  });

  it("marks nothing for a page outside the menu or a path that only shares a prefix", () => {
    expect(currentHref("/", entries)).toBeUndefined();
    expect(currentHref("/learning", entries)).toBeUndefined();
  });
});
