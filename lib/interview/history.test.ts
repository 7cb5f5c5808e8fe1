import { describe, expect, it } from "vitest";
import { pendingFaults } from "./events";
import { scoreTrends } from "./history";

describe("score trends", () => {
  it("orders by date, prefers interviewer scores and reports change", () => {
    const trends = scoreTrends([
      {
        id: "b",
        createdAt: "2026-02-01",
        scores: [
          { source: "self", dimension: "requirements", level: 2 },
          { source: "interviewer", dimension: "requirements", level: 4 },
        ],
      },
      { id: "a", createdAt: "2026-01-01", scores: [{ source: "self", dimension: "requirements", level: 1 }] },
    ]);
    const requirements = trends.find((t) => t.dimension === "requirements");
    expect(requirements?.points.map((p) => p.level)).toEqual([1, 4]);
    expect(requirements?.change).toBe(3);
    expect(trends.find((t) => t.dimension === "deep-dive")?.latest).toBeNull();
  });
});

describe("pending faults", () => {
  it("returns only unapplied faults in order", () => {
    const action = { type: "crash", node: "A" } as const;
    const entries = [
      { seq: 3, elapsedMs: 0, payload: { kind: "fault", label: "x", action } },
      { seq: 1, elapsedMs: 0, payload: { kind: "fault", label: "y", action } },
      { seq: 2, elapsedMs: 0, payload: { kind: "pause" } },
    ] as const;
    expect(pendingFaults(entries, 0).map((e) => e.seq)).toEqual([1, 3]);
    expect(pendingFaults(entries, 1).map((e) => e.seq)).toEqual([3]);
  });
});
