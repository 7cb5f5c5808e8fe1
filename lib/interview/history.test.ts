import { describe, expect, it } from "vitest";
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
