import { describe, expect, it } from "vitest";
import { progressByTrack } from "./progress";

const tracks = {
  order: ["leader-based", "multi-writer", "interview"] as const,
  labels: { "leader-based": "Leader-based", "multi-writer": "Multi-writer", interview: "Interview" },
};

const lessons = [
  { slug: "a", title: "A", track: "leader-based" as const },
  { slug: "b", title: "B", track: "leader-based" as const },
  { slug: "x", title: "X" },
  { slug: "c", title: "C", track: "interview" as const },
];

describe("progressByTrack", () => {
  it("groups in track order, leaves out empty tracks and puts untracked lessons last", () => {
    expect(progressByTrack(lessons, new Set(), tracks).map((t) => t.label)).toEqual([
      "Leader-based",
      "Interview",
      "Other lessons",
    ]);
  });
  it("counts completions per track and names the first unfinished lesson", () => {
    const [leader, interview] = progressByTrack(lessons, new Set(["a", "c", "unknown"]), tracks);
    expect(leader).toMatchObject({ done: 1, total: 2, next: { slug: "b", title: "B" } });
    expect(interview).toMatchObject({ done: 1, total: 1, next: null });
  });
});
