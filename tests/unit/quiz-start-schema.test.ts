import { describe, expect, it } from "vitest";
import { StartSchema } from "@/app/(practice)/quiz/start-schema";

describe("starting a quiz from a form", () => {
  it("refuses a form that names a seed: the server alone picks the variant", () => {
    expect(
      StartSchema.safeParse({ quizId: "single-leader-basics", questionId: "slr-stale-read", seed: "7" }).success,
    ).toBe(false);
    expect(StartSchema.safeParse({ quizId: "single-leader-basics", questionId: "slr-stale-read" }).success).toBe(true);
  });
});
