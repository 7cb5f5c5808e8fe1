import { describe, expect, it } from "vitest";
import {
  isFeedbackUnread,
  isReviewScored,
  parseReview,
  REVIEW_MAX_SCORE,
  scoreField,
  selfAssessmentAverage,
  type ScorableItem,
} from "./review";

const lab: ScorableItem = { id: "lab1", position: 2, kind: "lab" };
const interview: ScorableItem = { id: "int1", position: 3, kind: "interview" };
const scorable = [lab, interview];

describe("parseReview", () => {
  it("accepts whole points from 0 to 10, trims, and reads an empty box as unscored", () => {
    const r = parseReview({ feedback: "  Good fencing argument. ", scores: { lab1: " 7 ", int1: "" } }, scorable);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.feedback).toBe("Good fencing argument.");
    expect([...r.data.scores]).toEqual([
      ["lab1", 7],
      ["int1", null],
    ]);
    expect(
      parseReview({ feedback: "x", scores: { lab1: "0", int1: String(REVIEW_MAX_SCORE) } }, scorable).success,
    ).toBe(true);
  });

  it("leaves out items the input did not mention, so their stored score stays", () => {
    const r = parseReview({ feedback: "Fine." }, scorable);
    expect(r.success && r.data.scores.size).toBe(0);
  });

  it("names each bad score by item and reports the feedback error too", () => {
    const r = parseReview({ feedback: "  ", scores: { lab1: "11", int1: "seven" } }, scorable);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.fieldErrors.feedback).toBe("Write some feedback before saving.");
    expect(r.fieldErrors[scoreField("lab1")]).toBe("Item 3 (lab scenario): 11 is outside 0 to 10 points.");
    expect(r.fieldErrors[scoreField("int1")]).toMatch(/^Item 4 \(mock interview\): “seven” is not a number/);
  });

  it("refuses fractions, negatives and exponent notation", () => {
    const errorFor = (value: string) => {
      const r = parseReview({ feedback: "ok", scores: { lab1: value } }, scorable);
      return r.success ? null : r.fieldErrors[scoreField("lab1")];
    };
    expect(errorFor("7.5")).toMatch(/whole points/);
    expect(errorFor("-1")).toMatch(/outside 0 to 10/);
    expect(errorFor("1e1")).toMatch(/is not a number/);
  });

  it("refuses a score for an item that is not scorable instead of dropping it", () => {
    const r = parseReview({ feedback: "ok", scores: { lab1: "5", quiz1: "3" } }, scorable);
    expect(r.success === false && r.fieldErrors.form).toMatch(/Reload the page/);
  });

  it("refuses a malformed payload as a whole", () => {
    expect(parseReview(null, scorable)).toEqual({
      success: false,
      fieldErrors: { form: "The review form was incomplete. Reload the page and try again." },
    });
    expect(parseReview({ feedback: "ok", scores: { lab1: 7 } }, scorable).success).toBe(false);
  });
});

describe("isReviewScored", () => {
  it("is true only for the kinds without an automatic score", () => {
    expect((["lesson", "quiz", "lab", "interview"] as const).filter(isReviewScored)).toEqual(["lab", "interview"]);
  });
});

describe("selfAssessmentAverage", () => {
  it("averages rubric levels to one decimal, null when none were given", () => {
    expect(selfAssessmentAverage([3, 2, 4])).toBe(3);
    expect(selfAssessmentAverage([3, 2, 2])).toBe(2.3);
    expect(selfAssessmentAverage([])).toBeNull();
  });
});

describe("isFeedbackUnread", () => {
  const t = (iso: string) => new Date(`2030-01-01T${iso}Z`);
  it("is unread when reviewed and never seen, or reviewed again after it was seen", () => {
    expect(isFeedbackUnread("reviewed", t("10:00:00"), null)).toBe(true);
    expect(isFeedbackUnread("reviewed", t("10:00:00"), t("09:00:00"))).toBe(true);
    expect(isFeedbackUnread("reviewed", t("10:00:00"), t("10:00:00"))).toBe(false);
    expect(isFeedbackUnread("reviewed", t("10:00:00"), t("11:00:00"))).toBe(false);
  });
  it("is never unread before a review", () => {
    expect(isFeedbackUnread("submitted", null, null)).toBe(false);
    expect(isFeedbackUnread("submitted", t("10:00:00"), null)).toBe(false);
    expect(isFeedbackUnread("reviewed", null, null)).toBe(false);
  });
});
