import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/access";
import { db } from "../../lib/db/client";
import {
  answerQuizQuestion,
  conceptMastery,
  getQuizAttempt,
  reviewQueue,
  startQuizAttempt,
  submitQuizAttempt,
} from "../../lib/db/quiz";
import { quizBank } from "../../lib/db/quiz-bank";
import { signUp } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

let ada: Actor = { id: "", role: "candidate" };
let bob: Actor = { id: "", role: "candidate" };
const now = new Date("2026-01-10T10:00:00Z");

beforeEach(async () => {
  const a = await signUp({ name: "Ada", email: "ada@example.com", password: "analytical-engine" });
  const b = await signUp({ name: "Bob", email: "bob@example.com", password: "difference-engine" });
  if (!a.ok || !b.ok) throw new Error("test users not created");
  ada = { id: a.user.id, role: a.user.role };
  bob = { id: b.user.id, role: b.user.role };
});

async function start(actor: Actor, feedback: "immediate" | "deferred" = "deferred") {
  const r = await startQuizAttempt(actor, { quizId: "single-leader-basics", feedback, certainty: false });
  if (!r.ok) throw new Error(r.message);
  return r.data.attemptId;
}

const single = { questionId: "slr-replica-scaling", response: { type: "single" as const, choice: "reads" } };

describe("quiz attempts", () => {
  it("hides keys and explanations until the attempt is submitted", async () => {
    const id = await start(ada);
    const open = await getQuizAttempt(ada, id);
    expect(open?.questions.length).toBe(quizBank().quizzes.get("single-leader-basics")?.questions.length);
    expect(open?.questions.every((q) => q.feedback === null)).toBe(true);
    expect(JSON.stringify(open)).not.toContain("Every replica applies every write the leader accepts");
    await submitQuizAttempt(ada, id, [single], now);
    const done = await getQuizAttempt(ada, id);
    expect(done?.status).toBe("submitted");
    expect(done?.questions.find((q) => q.question.id === single.questionId)?.feedback?.explanation).toContain(
      "Every replica applies every write",
    );
  });

  it("is idempotent: resubmitting changes nothing and counts once", async () => {
    const id = await start(ada);
    const first = await submitQuizAttempt(ada, id, [single], now);
    const again = await submitQuizAttempt(
      ada,
      id,
      [{ ...single, response: { type: "single", choice: "writes" } }],
      now,
    );
    expect(first).toEqual({ ok: true, data: { score: 1, maxScore: 10 } });
    expect(again).toEqual(first);
    expect(await db().quizAnswer.count({ where: { attemptId: id } })).toBe(1);
    expect(await db().reviewCard.count({ where: { userId: ada.id } })).toBe(1);
    expect((await db().reviewCard.findFirstOrThrow({ where: { userId: ada.id } })).reps).toBe(1);
  });

  it("two tabs submitting at once count once", async () => {
    const id = await start(ada);
    const results = await Promise.all([
      submitQuizAttempt(ada, id, [single], now),
      submitQuizAttempt(ada, id, [single], now),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db().quizAnswer.count({ where: { attemptId: id } })).toBe(1);
    expect((await db().reviewCard.findFirstOrThrow({ where: { userId: ada.id } })).reps).toBe(1);
  });

  it("two tabs answering the same try count once (immediate feedback)", async () => {
    const id = await start(ada, "immediate");
    const wrong = { ...single, response: { type: "single" as const, choice: "writes" } };
    const [a, b] = await Promise.all([answerQuizQuestion(ada, id, wrong, 0), answerQuizQuestion(ada, id, wrong, 0)]);
    expect(a.ok && b.ok).toBe(true);
    const row = await db().quizAnswer.findFirstOrThrow({ where: { attemptId: id } });
    expect(row.tries).toBe(1);
    const retry = await answerQuizQuestion(ada, id, single, 1);
    expect(retry.ok && retry.data).toMatchObject({ tries: 2, correct: true, credit: 0.5, final: true });
  });

  it("another candidate's attempt is not found", async () => {
    const id = await start(ada);
    expect(await getQuizAttempt(bob, id)).toBeNull();
    expect(await submitQuizAttempt(bob, id, [single], now)).toMatchObject({ ok: false, error: "not-found" });
    expect(await answerQuizQuestion(bob, id, single, 0)).toMatchObject({ ok: false, error: "not-found" });
    expect((await getQuizAttempt(ada, id))?.status).toBe("open");
  });

  it("rejects a response of the wrong shape without saving anything", async () => {
    const id = await start(ada, "immediate");
    const r = await answerQuizQuestion(
      ada,
      id,
      { questionId: "slr-replica-scaling", response: { type: "numeric", value: 3 } },
      0,
    );
    expect(r).toMatchObject({ ok: false, error: "bad-response" });
    expect(await db().quizAnswer.count()).toBe(0);
  });

  it("updates mastery and the review queue on submit", async () => {
    const id = await start(ada);
    await submitQuizAttempt(ada, id, [single], now);
    expect(await conceptMastery(ada)).toEqual(expect.arrayContaining([{ concept: "replication", level: "familiar" }]));
    const queue = await reviewQueue(ada, new Date(now.getTime() + 30 * 86_400_000));
    expect(queue).toMatchObject({ due: 1, total: 1 });
    expect(await reviewQueue(bob, now)).toMatchObject({ due: 0, total: 0 });
  });
});
