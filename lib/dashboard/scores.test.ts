import { describe, expect, it } from "vitest";
import { scoreTrend } from "./scores";

const attempt = (id: string, submittedAt: string, score: number, maxScore: number) => ({
  id,
  title: `Quiz ${id}`,
  submittedAt,
  score,
  maxScore,
});

describe("scoreTrend", () => {
  it("orders by submission, keeps the last n and rounds percentages", () => {
    const points = scoreTrend(
      [
        attempt("c", "2025-01-03T00:00:00.000Z", 2, 3),
        attempt("a", "2025-01-01T00:00:00.000Z", 1, 4),
        attempt("b", "2025-01-02T00:00:00.000Z", 3, 4),
      ],
      2,
    );
    expect(points.map((p) => [p.id, p.percent])).toEqual([
      ["b", 75],
      ["c", 67],
    ]);
  });
  it("leaves out attempts with nothing to score and clamps negative marks (certainty penalties) to 0", () => {
    expect(
      scoreTrend([attempt("a", "2025-01-01T00:00:00.000Z", 1, 0), attempt("b", "2025-01-02T00:00:00.000Z", -2, 6)], 10),
    ).toEqual([{ id: "b", title: "Quiz b", submittedAt: "2025-01-02T00:00:00.000Z", percent: 0 }]);
  });
});
