import { beforeEach, describe, expect, it } from "vitest";
import { getQuizAttempt, startQuizAttempt, submitQuizAttempt } from "../../lib/db/quiz";
import { getQuizDraft, saveQuizDraft } from "../../lib/db/quiz-drafts";
import { createTestUser, withTestDatabase, type TestUser } from "./test-db";

withTestDatabase();

const now = new Date("2026-01-10T10:00:00Z");
let ada: TestUser;
let bob: TestUser;
let attemptId = "";

beforeEach(async () => {
  ada = await createTestUser("Ada");
  bob = await createTestUser("Bob");
  const r = await startQuizAttempt(ada, { quizId: "single-leader-basics", feedback: "deferred", certainty: false });
  if (!r.ok) throw new Error(r.message);
  attemptId = r.data.attemptId;
});

describe("quiz drafts", () => {
  it("come back to their taker as typed, trimmed to the attempt's questions", async () => {
    const draft = {
      drafts: { "slr-replica-scaling": { choice: "reads" }, "not-in-this-quiz": { choice: "x" } },
      certainty: {},
    };
    expect((await saveQuizDraft(ada, attemptId, draft, now)).ok).toBe(true);
    expect(await getQuizDraft(ada, attemptId)).toEqual({
      drafts: { "slr-replica-scaling": { choice: "reads" } },
      certainty: {},
    });
  });

  it("are not found for anyone else, who cannot overwrite them either", async () => {
    await saveQuizDraft(ada, attemptId, { drafts: { "slr-replica-scaling": { choice: "reads" } }, certainty: {} }, now);
    expect(await getQuizDraft(bob, attemptId)).toBeNull();
    expect(
      await saveQuizDraft(
        bob,
        attemptId,
        { drafts: { "slr-replica-scaling": { choice: "writes" } }, certainty: {} },
        now,
      ),
    ).toMatchObject({ ok: false, error: "not-found" });
    expect((await getQuizDraft(ada, attemptId))?.drafts["slr-replica-scaling"]).toEqual({ choice: "reads" });
  });

  it("refuse a malformed draft and any save after submission, and are never graded", async () => {
    expect(await saveQuizDraft(ada, attemptId, { drafts: { q: { choice: "<b>" } }, certainty: {} }, now)).toMatchObject(
      { ok: false, error: "invalid" },
    );
    await saveQuizDraft(ada, attemptId, { drafts: { "slr-replica-scaling": { choice: "reads" } }, certainty: {} }, now);
    // Submitted with no answers: the draft's right answer earns nothing.
    expect(await submitQuizAttempt(ada, attemptId, [], now)).toMatchObject({ ok: true, data: { score: 0 } });
    expect(await saveQuizDraft(ada, attemptId, { drafts: {}, certainty: {} }, now)).toMatchObject({
      ok: false,
      error: "closed",
    });
    expect(await getQuizDraft(ada, attemptId)).toBeNull();
    expect((await getQuizAttempt(ada, attemptId))?.status).toBe("submitted");
  });
});
