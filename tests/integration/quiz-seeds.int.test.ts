import { beforeEach, describe, expect, it } from "vitest";
import { enrol } from "../../lib/db/assignment-members";
import { startItem, submitAssignment } from "../../lib/db/assignment-work";
import { db } from "../../lib/db/client";
import {
  attemptForCheckedReviewer,
  getQuizAttempt,
  startQuizAttempt,
  startReviewAttempt,
  submitQuizAttempt,
} from "../../lib/db/quiz";
import { quizBank } from "../../lib/db/quiz-bank";
import { askQuestion } from "../../lib/quiz/ask";
import { distinctVariantSeeds } from "../../lib/quiz/distinct-variants";
import type { ScenarioQuestion } from "../../lib/quiz/schema";
import { createTestUser, withTestDatabase, type TestUser } from "./test-db";

/**
 * Issue 18: a candidate must not read an open assignment's scenario keys by
 * practising the same variant. Practice and review attempts never ask a
 * variant that reads like one of their open assignments', whatever they have
 * seen before, and the taker's page never carries the variant seed.
 */
withTestDatabase();

const QUIZ = "single-leader-basics";
const now = new Date("2026-03-01T10:00:00Z");
let tess: TestUser;
let ada: TestUser;

beforeEach(async () => {
  tess = await createTestUser("Tess", "interviewer");
  ada = await createTestUser("Ada", "candidate");
});

function scenarioQuestions(): ScenarioQuestion[] {
  return (quizBank().quizzes.get(QUIZ)?.questions ?? []).filter((q): q is ScenarioQuestion => q.type === "scenario");
}

function reads(q: ScenarioQuestion, seed: number): string {
  const asked = askQuestion(q, seed);
  return asked.ok
    ? JSON.stringify([
        asked.client.prompt,
        asked.client.options,
        asked.client.scenario?.setup,
        asked.client.scenario?.timeline,
      ])
    : `unaskable ${seed}`;
}

/** Ada's assignment with the quiz, started: the seed each scenario question is asked with there. */
async function assignedQuiz(): Promise<{ assignmentId: string; attemptId: string; seeds: Map<string, number> }> {
  const row = await db().assignment.create({
    data: {
      ownerId: tess.id,
      title: "Week 1",
      instructions: "",
      dueAt: new Date("2026-03-10T17:00:00Z"),
      seedMode: "per-candidate",
      seedBase: 3,
      items: { create: [{ position: 0, kind: "quiz", ref: QUIZ }] },
    },
  });
  await enrol(row.id, [{ email: ada.email, userId: ada.id }]);
  const started = await startItem(ada, row.id, 0, now);
  if (!started.ok || !started.data.quizAttemptId) throw new Error("quiz not started");
  const attempt = await db().quizAttempt.findUniqueOrThrow({ where: { id: started.data.quizAttemptId } });
  const seeds = new Map(
    (JSON.parse(attempt.items) as { questionId: string; seed: number }[]).map((i) => [i.questionId, i.seed] as const),
  );
  return { assignmentId: row.id, attemptId: attempt.id, seeds };
}

/**
 * Review cards saying Ada has seen every variant but the assigned one, so "prefer an unseen variant" points straight at
 * it.
 */
async function seenAllButAssigned(seeds: ReadonlyMap<string, number>, due: Date) {
  for (const q of scenarioQuestions()) {
    const assigned = seeds.get(q.id) ?? 0;
    const others = distinctVariantSeeds(q).filter((s) => reads(q, s) !== reads(q, assigned));
    await db().reviewCard.create({
      data: {
        userId: ada.id,
        questionId: q.id,
        due,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        reps: 1,
        lapses: 0,
        state: 2,
        seenSeeds: JSON.stringify(others),
      },
    });
  }
}

async function askedSeeds(attemptId: string): Promise<Map<string, number>> {
  const row = await db().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  return new Map(
    (JSON.parse(row.items) as { questionId: string; seed: number }[]).map((i) => [i.questionId, i.seed] as const),
  );
}

describe("practice never reproduces an open assignment's variant", () => {
  it("a fresh variant of each scenario question reads differently from the assigned one, even when it is the only unseen one", async () => {
    expect(scenarioQuestions().length).toBeGreaterThanOrEqual(4);
    const { seeds } = await assignedQuiz();
    await seenAllButAssigned(seeds, new Date("2026-04-01T00:00:00Z"));
    for (const q of scenarioQuestions()) {
      for (let round = 0; round < 3; round++) {
        const started = await startQuizAttempt(ada, {
          quizId: QUIZ,
          feedback: "immediate",
          certainty: false,
          questionId: q.id,
        });
        if (!started.ok) throw new Error(started.message);
        const asked = (await askedSeeds(started.data.attemptId)).get(q.id) ?? 0;
        expect(reads(q, asked)).not.toBe(reads(q, seeds.get(q.id) ?? 0));
      }
    }
    const whole = await startQuizAttempt(ada, { quizId: QUIZ, feedback: "deferred", certainty: false });
    if (!whole.ok) throw new Error(whole.message);
    for (const [questionId, seed] of await askedSeeds(whole.data.attemptId)) {
      const q = scenarioQuestions().find((x) => x.id === questionId);
      if (q) expect(reads(q, seed)).not.toBe(reads(q, seeds.get(q.id) ?? 0));
    }
  });

  it("a review session does not ask the assigned variant either", async () => {
    const { seeds } = await assignedQuiz();
    await seenAllButAssigned(seeds, now);
    const review = await startReviewAttempt(ada, now);
    if (!review.ok) throw new Error(review.message);
    const asked = await askedSeeds(review.data.attemptId);
    expect(asked.size).toBe(scenarioQuestions().length);
    for (const q of scenarioQuestions())
      expect(reads(q, asked.get(q.id) ?? 0)).not.toBe(reads(q, seeds.get(q.id) ?? 0));
  });

  it("once the assignment is submitted, its variants are free to practise again", async () => {
    const { assignmentId, attemptId, seeds } = await assignedQuiz();
    await submitQuizAttempt(ada, attemptId, [], now);
    expect(await submitAssignment(ada, assignmentId, now)).toMatchObject({ ok: true });
    await db().reviewCard.deleteMany({ where: { userId: ada.id } });
    await seenAllButAssigned(seeds, new Date("2026-04-01T00:00:00Z"));
    const q = scenarioQuestions()[0];
    if (!q) throw new Error("no scenario question");
    const started = await startQuizAttempt(ada, {
      quizId: QUIZ,
      feedback: "immediate",
      certainty: false,
      questionId: q.id,
    });
    if (!started.ok) throw new Error(started.message);
    expect(reads(q, (await askedSeeds(started.data.attemptId)).get(q.id) ?? 0)).toBe(reads(q, seeds.get(q.id) ?? 0));
  });
});

describe("the variant seed stays on the server for the taker", () => {
  it("the candidate's attempt carries no seed; the reviewing interviewer's copy does", async () => {
    const { attemptId, seeds } = await assignedQuiz();
    const mine = await getQuizAttempt(ada, attemptId);
    const scenarios = mine?.questions.filter((q) => q.question.scenario) ?? [];
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
    for (const q of scenarios) expect(q.question.scenario).not.toHaveProperty("seed");
    expect(JSON.stringify(mine)).not.toContain('"seed"');
    const reviewed = await attemptForCheckedReviewer(attemptId);
    const first = reviewed?.questions.find((q) => q.question.scenario);
    expect(first?.question.scenario?.seed).toBe(seeds.get(first?.question.id ?? ""));
  });
});
