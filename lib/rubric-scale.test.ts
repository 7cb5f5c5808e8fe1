import { describe, expect, it } from "vitest";
import { formatRubricMean, isRubricLevel, RUBRIC_LEVELS, rubricMean, rubricMeanText } from "./rubric-scale";

describe("the rubric scale", () => {
  it("has four levels, 1 to 4, whole numbers only", () => {
    expect(RUBRIC_LEVELS).toEqual([1, 2, 3, 4]);
    expect([0, 1, 2.5, 4, 5].map(isRubricLevel)).toEqual([false, true, false, true, false]);
  });

  it("averages levels unrounded, null when there are none", () => {
    expect(rubricMean([3, 3, 4])).toBeCloseTo(10 / 3);
    expect(rubricMean([])).toBeNull();
  });

  it("reads every mean with one decimal, halves rounded up", () => {
    expect(rubricMeanText(10 / 3)).toBe("3.3 / 4");
    expect(rubricMeanText(3)).toBe("3.0 / 4");
    expect(formatRubricMean(2.25)).toBe("2.3");
    expect(formatRubricMean(1.45)).toBe("1.5");
    expect(formatRubricMean(17 / 6)).toBe("2.8");
  });
});
