import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/access";
import { db } from "../../lib/db/client";
import { dashboardActivity } from "../../lib/db/dashboard";
import { answerQuizQuestion, startQuizAttempt, startReviewAttempt, submitQuizAttempt } from "../../lib/db/quiz";
import { quizBank } from "../../lib/db/quiz-bank";
import { getReviewSession, rateReviewAnswer } from "../../lib/db/review-session";
import { signUp } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

let ada: Actor = { id: "", role: "candidate" };
let bob: Actor = { id: "", role: "candidate" };
const quizDay = new Date("2026-01-10T10:00:00Z");
const reviewDay = new Date("2026-03-01T10:00:00Z"); // every card from quizDay is due by then
const single = { questionId: "slr-replica-scaling", response: { type: "single" as const, choice: "reads" } };

beforeEach(async () => {
  const a = await signUp({ name: "Ada", email: "ada@example.com", password: "analytical-engine" });
  const b = await signUp({ name: "Bob", email: "bob@example.com", password: "difference-engine" });
  if (!a.ok || !b.ok) throw new Error("test users not created");
  ada = { id: a.user.id, role: a.user.role };
  bob = { id: b.user.id, role: b.user.role };
  // Ada answers one question of a quiz: one card, due again well before reviewDay.
  const started = await startQuizAttempt(ada, {
    quizId: "single-leader-basics",
    feedback: "deferred",
    certainty: false,
  });
  if (!started.ok) throw new Error(started.message);
  await submitQuizAttempt(ada, started.data.attemptId, [single], quizDay);
});

async function review(actor: Actor, at: Date) {
  const r = await startReviewAttempt(actor, at);
  if (!r.ok) throw new Error(r.message);
  return r.data.attemptId;
}

const card = () =>
  db().reviewCard.findUniqueOrThrow({
    where: { userId_questionId: { userId: ada.id, questionId: single.questionId } },
  });

describe("review sessions", () => {
  it("shows the four ratings with intervals once the card is answered, and applies the one chosen", async () => {
    const id = await review(ada, reviewDay);
    const before = await getReviewSession(ada, id, reviewDay);
    expect(before).toMatchObject({ total: 1, done: 0, current: { position: 1, choices: null } });
    await answerQuizQuestion(ada, id, single, 0);
    const answered = await getReviewSession(ada, id, reviewDay);
    const choices = answered?.current?.choices ?? [];
    expect(choices.map((c) => c.label)).toEqual(["Again", "Hard", "Good", "Easy"]);
    expect(choices.every((c) => c.interval.length > 0)).toBe(true);
    expect(answered?.current?.card.feedback).not.toBeNull();

    const r = await rateReviewAnswer(ada, id, single.questionId, 4, reviewDay);
    expect(r).toEqual({ ok: true, data: { finished: true } });
    const rescheduled = await card();
    expect(rescheduled.lastReview?.toISOString()).toBe(reviewDay.toISOString());
    expect(rescheduled.due.getTime()).toBeGreaterThan(reviewDay.getTime() + 86_400_000);

    const done = await getReviewSession(ada, id, reviewDay);
    expect(done?.current).toBeNull();
    expect(done?.summary).toMatchObject({ right: 1, wrong: 0, nextDue: rescheduled.due.toISOString() });
    expect(done?.summary?.ratings.find((x) => x.label === "Easy")?.count).toBe(1);
  });

  it("rates a card once: a second rating changes nothing", async () => {
    const id = await review(ada, reviewDay);
    await answerQuizQuestion(ada, id, single, 0);
    await rateReviewAnswer(ada, id, single.questionId, 1, reviewDay);
    const afterAgain = await card();
    await rateReviewAnswer(ada, id, single.questionId, 4, reviewDay);
    expect((await card()).due.toISOString()).toBe(afterAgain.due.toISOString());
    expect(await db().quizAnswer.count({ where: { attemptId: id, rating: 1 } })).toBe(1);
  });

  it("refuses a rating before the answer, outside 1–4, or for someone else's session, and changes nothing", async () => {
    const id = await review(ada, reviewDay);
    const due = (await card()).due.toISOString();
    expect(await rateReviewAnswer(ada, id, single.questionId, 3, reviewDay)).toMatchObject({
      ok: false,
      error: "bad-response",
    });
    await answerQuizQuestion(ada, id, single, 0);
    expect(await rateReviewAnswer(ada, id, single.questionId, 5, reviewDay)).toMatchObject({ ok: false });
    expect(await rateReviewAnswer(bob, id, single.questionId, 3, reviewDay)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect(await getReviewSession(bob, id, reviewDay)).toBeNull();
    expect((await card()).due.toISOString()).toBe(due);
  });

  it("practises ahead when nothing is due, and a concept's questions on request", async () => {
    const early = new Date(quizDay.getTime() + 60_000);
    expect(await startReviewAttempt(ada, early)).toMatchObject({ ok: false, error: "no-questions" });
    const ahead = await startReviewAttempt(ada, early, { kind: "ahead" });
    expect(ahead.ok).toBe(true);
    const concept = quizBank().questions.get(single.questionId)?.question.concepts[0] ?? "";
    const byConcept = await startReviewAttempt(bob, early, { kind: "concept", concept });
    if (!byConcept.ok) throw new Error(byConcept.message);
    const session = await getReviewSession(bob, byConcept.data.attemptId, early);
    expect(session?.total).toBeGreaterThan(0);
    expect(session?.attempt.questions.every((q) => q.question.concepts.includes(concept))).toBe(true);
    expect(await startReviewAttempt(bob, early, { kind: "concept", concept: "no-such-concept" })).toMatchObject({
      ok: false,
    });
  });

  it("keeps a finished session out of the quiz score trend", async () => {
    const id = await review(ada, reviewDay);
    await answerQuizQuestion(ada, id, single, 0);
    await rateReviewAnswer(ada, id, single.questionId, 3, reviewDay);
    const { scored, recent } = await dashboardActivity(ada);
    expect(scored.some((s) => s.id === id)).toBe(false);
    expect(recent.some((r) => r.id === id)).toBe(true);
  });
});
