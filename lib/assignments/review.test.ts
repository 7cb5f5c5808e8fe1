import { describe, expect, it } from "vitest";
import {
  isFeedbackUnread,
  isMarkable,
  isReviewScored,
  parseReview,
  REVIEW_MAX_SCORE,
  reviewFields,
  rubricCommentField,
  rubricField,
  rubricLevelField,
  scoreField,
  type ScorableItem,
} from "./review";

const lab: ScorableItem = { id: "lab1", position: 2, kind: "lab" };
const lab2: ScorableItem = { id: "lab2", position: 1, kind: "lab" };
const interview: ScorableItem = {
  id: "int1",
  position: 3,
  kind: "interview",
  rubric: [
    { dimension: "requirements", label: "Requirements" },
    { dimension: "deep-dive", label: "Deep dive" },
    { dimension: "communication", label: "Communication" },
  ],
};
const scorable = [lab, lab2, interview];

describe("parseReview", () => {
  it("accepts whole points from 0 to 10, trims, and reads an empty box as unscored", () => {
    const r = parseReview({ feedback: "  Good fencing argument. ", scores: { lab1: " 7 ", lab2: "" } }, scorable);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.feedback).toBe("Good fencing argument.");
    expect([...r.data.scores]).toEqual([
      ["lab1", 7],
      ["lab2", null],
    ]);
    expect(
      parseReview({ feedback: "x", scores: { lab1: "0", lab2: String(REVIEW_MAX_SCORE) } }, scorable).success,
    ).toBe(true);
  });

  it("leaves out items the input did not mention, so their stored score stays", () => {
    const r = parseReview({ feedback: "Fine." }, scorable);
    expect(r.success && r.data.scores.size).toBe(0);
  });

  it("names each bad score by item and reports the feedback error too", () => {
    const r = parseReview({ feedback: "  ", scores: { lab1: "11", lab2: "seven" } }, scorable);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.fieldErrors.feedback).toBe("Write some feedback before saving.");
    expect(r.fieldErrors[scoreField("lab1")]).toBe("Item 3 (lab scenario): 11 is outside 0 to 10 points.");
    expect(r.fieldErrors[scoreField("lab2")]).toMatch(/^Item 2 \(lab scenario\): “seven” is not a number/);
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

describe("parseReview: an interview item's rubric", () => {
  const levels = (l: Record<string, string>, comments: Record<string, string> = {}) => ({
    feedback: "ok",
    rubrics: { int1: { levels: l, comments } },
  });
  const full = { requirements: "3", "deep-dive": "4", communication: "3" };

  it("takes a level for every dimension, with comments, and scores the item with their mean", () => {
    const r = parseReview(levels(full, { "deep-dive": "  Fenced the old leader. " }), scorable);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.rubrics.get("int1")).toEqual({
      levels: [
        { dimension: "requirements", level: 3, comment: "" },
        { dimension: "deep-dive", level: 4, comment: "Fenced the old leader." },
        { dimension: "communication", level: 3, comment: "" },
      ],
      mean: 10 / 3,
    });
  });

  it("refuses a partial rubric, naming the dimensions left out", () => {
    const r = parseReview(levels({ "deep-dive": "4" }), scorable);
    expect(r.success === false && r.fieldErrors[rubricField("int1")]).toBe(
      "Item 4 (mock interview): pick a level for Requirements and Communication too. The rubric is saved only with a level for every dimension.",
    );
    const commentOnly = parseReview(levels({}, { communication: "Clear." }), scorable);
    expect(commentOnly.success === false && commentOnly.fieldErrors[rubricField("int1")]).toMatch(
      /pick a level for Requirements, Deep dive and Communication too/,
    );
  });

  it("leaves an interview item with no level at all as it is", () => {
    const r = parseReview(levels({ requirements: "" }), scorable);
    expect(r.success && r.data.rubrics.size).toBe(0);
  });

  it("refuses levels outside 1 to 4, naming the dimension", () => {
    for (const bad of ["0", "5", "2.5", "-1", "three", "1e0"]) {
      const r = parseReview(levels({ ...full, communication: bad }), scorable);
      expect(r.success === false && r.fieldErrors[rubricField("int1")]).toBe(
        `Item 4 (mock interview): “${bad}” is not a level for Communication; pick one from 1 to 4.`,
      );
    }
  });

  it("refuses an over-long comment, a dimension the prompt does not have, points for an interview item and a rubric for a lab item", () => {
    const long = parseReview(levels(full, { requirements: "x".repeat(2001) }), scorable);
    expect(long.success === false && long.fieldErrors[rubricField("int1")]).toMatch(/comment on Requirements under/);
    const unknown = parseReview(levels({ ...full, "high-level-design": "2" }), scorable);
    expect(unknown.success === false && unknown.fieldErrors[rubricField("int1")]).toMatch(/Reload the page/);
    expect(parseReview({ feedback: "ok", scores: { int1: "7" } }, scorable)).toMatchObject({
      success: false,
      fieldErrors: { form: expect.stringMatching(/Reload the page/) },
    });
    expect(parseReview({ feedback: "ok", rubrics: { lab1: { levels: {} } } }, scorable)).toMatchObject({
      success: false,
      fieldErrors: { form: expect.stringMatching(/Reload the page/) },
    });
  });

  it("refuses a payload with more dimensions or items than any form sends", () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`d${i}`, "1"]));
    expect(parseReview(levels(many), scorable)).toMatchObject({ success: false, fieldErrors: { form: /incomplete/ } });
  });
});

describe("reviewFields", () => {
  it("sorts a posted form's score, level and comment fields by item and dimension", () => {
    expect(
      reviewFields([
        ["feedback", "ok"],
        [scoreField("lab1"), "7"],
        [rubricLevelField("int1", "deep-dive"), "4"],
        [rubricCommentField("int1", "deep-dive"), "Good."],
        ["rubric.no-dimension", "3"],
      ]),
    ).toEqual({
      scores: { lab1: "7" },
      rubrics: { int1: { levels: { "deep-dive": "4" }, comments: { "deep-dive": "Good." } } },
    });
  });

  it("treats a field named after Object's prototype as a plain (unknown) item", () => {
    const fields = reviewFields([[rubricLevelField("__proto__", "x"), "1"]]);
    expect(Object.keys(fields.rubrics)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).levels).toBeUndefined();
  });
});

describe("isReviewScored", () => {
  it("is true only for the kinds without an automatic score", () => {
    expect((["lesson", "quiz", "lab", "interview"] as const).filter(isReviewScored)).toEqual(["lab", "interview"]);
  });
});

describe("isMarkable", () => {
  it("marks a started lab item, and an interview item only with its interview and a rubric to score it on", () => {
    expect(isMarkable("lab", true, false, 0)).toBe(true);
    expect(isMarkable("lab", false, false, 0)).toBe(false);
    expect(isMarkable("interview", true, true, 6)).toBe(true);
    expect(isMarkable("interview", true, false, 6)).toBe(false);
    expect(isMarkable("interview", true, true, 0)).toBe(false);
    expect(isMarkable("quiz", true, false, 0)).toBe(false);
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
