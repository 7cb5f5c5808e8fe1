import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/access";
import { db } from "../../lib/db/client";
import { dashboardActivity } from "../../lib/db/dashboard";
import { markLessonComplete } from "../../lib/db/lesson-progress";
import { startQuizAttempt, startReviewAttempt, submitQuizAttempt } from "../../lib/db/quiz";
import { signUp } from "../../lib/db/users";
import { createInterview } from "../../lib/db/interviews";
import { withTestDatabase } from "./test-db";

withTestDatabase();

let ada: Actor = { id: "", role: "candidate" };
let bob: Actor = { id: "", role: "candidate" };
const single = { questionId: "slr-replica-scaling", response: { type: "single" as const, choice: "reads" } };

beforeEach(async () => {
  const a = await signUp({ name: "Ada", email: "ada@example.com", password: "analytical-engine" });
  const b = await signUp({ name: "Bob", email: "bob@example.com", password: "difference-engine" });
  if (!a.ok || !b.ok) throw new Error("test users not created");
  ada = { id: a.user.id, role: a.user.role };
  bob = { id: b.user.id, role: b.user.role };
});

async function quiz(actor: Actor, submitAt: Date | null) {
  const started = await startQuizAttempt(actor, {
    quizId: "single-leader-basics",
    feedback: "deferred",
    certainty: false,
  });
  if (!started.ok) throw new Error(started.message);
  if (submitAt) {
    const done = await submitQuizAttempt(actor, started.data.attemptId, [single], submitAt);
    if (!done.ok) throw new Error(done.message);
  }
  return started.data.attemptId;
}

describe("dashboardActivity", () => {
  it("is empty for a new user", async () => {
    expect(await dashboardActivity(ada)).toEqual({ activity: [], scored: [], recent: [] });
  });

  it("collects lesson completions, quiz submissions and interviews as activity, and nothing of another user's", async () => {
    await markLessonComplete(ada, "single-leader-replication");
    await quiz(ada, new Date("2026-01-09T08:00:00Z"));
    await quiz(ada, null); // an open attempt is not activity yet
    const interview = await createInterview(
      { id: ada.id, role: "candidate" },
      { promptSlug: "url-shortener", mode: "solo", durationMin: 45 },
    );
    expect(interview.ok).toBe(true);
    await markLessonComplete(bob, "failover-and-fencing");
    await quiz(bob, new Date("2026-01-08T08:00:00Z"));

    const mine = await dashboardActivity(ada);
    expect(mine.activity).toHaveLength(3);
    expect(mine.activity).toContain("2026-01-09T08:00:00.000Z");
    expect(mine.activity).not.toContain("2026-01-08T08:00:00.000Z");
    expect((await dashboardActivity(bob)).activity).toHaveLength(2);
  });

  it("returns submitted scores with quiz titles and the newest attempts first, open ones included", async () => {
    const first = await quiz(ada, new Date("2026-01-01T10:00:00Z"));
    const second = await quiz(ada, new Date("2026-01-02T10:00:00Z"));
    const open = await quiz(ada, null);
    const { scored, recent } = await dashboardActivity(ada, { recentLimit: 2 });
    expect(scored.map((s) => s.id)).toEqual([second, first]);
    expect(scored[0]).toMatchObject({ title: "Single-leader replication", score: 1, maxScore: 10 });
    expect(recent.map((r) => r.id)).toEqual([open, second]);
    expect(recent[0]).toMatchObject({ status: "open", submittedAt: null, score: null });
    expect(recent[1]).toMatchObject({ status: "submitted", submittedAt: "2026-01-02T10:00:00.000Z" });
  });

  it("names review sessions in recent attempts but keeps them out of the score trend", async () => {
    const first = await quiz(ada, new Date("2026-01-01T10:00:00Z"));
    const later = new Date("2026-03-01T10:00:00Z"); // every card is due by then
    const review = await startReviewAttempt(ada, later);
    if (!review.ok) throw new Error(review.message);
    await submitQuizAttempt(ada, review.data.attemptId, [], later);
    const { scored, recent } = await dashboardActivity(ada, { scoredLimit: 1 });
    expect(scored.map((s) => s.id)).toEqual([first]);
    expect(recent[0]).toMatchObject({ id: review.data.attemptId, title: "Review session", status: "submitted" });
    expect(await db().quizAttempt.count({ where: { userId: ada.id } })).toBe(2);
  });
});
