/**
 * Quiz attempts, answers, mastery and the review queue. Every function takes
 * the acting user; an attempt that is not theirs is "not found". Grading runs
 * here, on the server, with keys recomputed from the question bank and the
 * attempt's stored seeds: the browser only ever sends responses.
 */
import { randomInt } from "node:crypto";
import { askQuestion, type ClientQuestion, type Feedback } from "../quiz/ask";
import { grade } from "../quiz/grade";
import { markFor, maxMark, MAX_TRIES, penalisedCredit } from "../quiz/marks";
import { masteryByConcept, type GradedAnswer, type MasteryLevel } from "../quiz/mastery";
import { newCard, ratingFor, reviewCard, type ReviewCardState } from "../quiz/review";
import { CERTAINTIES, type Certainty, type Response } from "../quiz/schema";
import { distinctVariantSeeds, pickSeed } from "../quiz/distinct-variants";
import { variantFor } from "../assignments/seeds";
import { isLocked } from "../assignments/status";
import { may, type Actor } from "../auth/access";
import type { RuleId } from "../auth/access-rules";
import { db, type Tx } from "./client";
import { quizBank } from "./quiz-bank";

export type { Actor };
export type FeedbackMode = "immediate" | "deferred";
export const REVIEW_QUIZ_ID = "review";
const REVIEW_BATCH = 10;

export interface AnswerDto {
  readonly questionId: string;
  readonly response: Response;
  readonly certainty: Certainty | null;
  readonly tries: number;
  readonly credit: number;
  readonly mark: number;
  readonly correct: boolean;
  readonly final: boolean;
  /** Review sessions: the recall the user rated (1 Again … 4 Easy), once they have. */
  readonly rating: number | null;
}

/** A question as the page shows it. The variant seed is left out for the attempt's taker (see toAttemptDto). */
export type AttemptQuestion = Omit<ClientQuestion, "scenario"> & {
  readonly scenario?: Omit<NonNullable<ClientQuestion["scenario"]>, "seed"> & { readonly seed?: number };
};

export interface AttemptQuestionDto {
  readonly question: AttemptQuestion;
  readonly answer: AnswerDto | null;
  /** Only once the answer is final or the attempt is submitted. */
  readonly feedback: Feedback | null;
}

export interface AttemptDto {
  readonly id: string;
  readonly quizId: string;
  readonly title: string;
  readonly lesson: string | null;
  readonly feedback: FeedbackMode;
  readonly certainty: boolean;
  readonly status: "open" | "submitted";
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly questions: readonly AttemptQuestionDto[];
}

export type QuizError =
  "not-found" | "closed" | "unknown-question" | "bad-response" | "no-questions" | "held-by-assignment";
export type QuizResult<T> = { ok: true; data: T } | { ok: false; error: QuizError; message: string };

interface Item {
  readonly questionId: string;
  readonly seed: number;
}

const fail = <T>(error: QuizError, message: string): QuizResult<T> => ({ ok: false, error, message });
const parseItems = (json: string): Item[] => JSON.parse(json) as Item[];
const isCertainty = (v: string | null): v is Certainty => v !== null && (CERTAINTIES as readonly string[]).includes(v);

/**
 * The practice seed of a question, chosen here and only here: crypto-random,
 * preferring a variant the user has not seen, and never one that reads like
 * a variant of an assignment they have not submitted yet (null when every
 * variant does: the question then waits until they submit).
 */
function practiceSeed(questionId: string, seen: readonly number[], assigned: readonly number[]): number | null {
  const entry = quizBank().questions.get(questionId);
  if (!entry) return null;
  if (entry.question.type !== "scenario") return randomInt(1, 1000);
  return pickSeed(entry.question, randomInt(0, 1_000_000) / 1_000_000, seen, assigned);
}

/**
 * The variant seed an assignment member's seed gives a question (equal member seeds, equal variants; consecutive ones,
 * different questions).
 */
function assignedSeed(questionId: string, memberSeed: number): number {
  const entry = quizBank().questions.get(questionId);
  return entry?.question.type === "scenario"
    ? variantFor(memberSeed, distinctVariantSeeds(entry.question))
    : memberSeed;
}

async function seenSeeds(userId: string, questionIds: readonly string[]): Promise<Map<string, number[]>> {
  const cards = await db().reviewCard.findMany({
    where: { userId, questionId: { in: [...questionIds] } },
    select: { questionId: true, seenSeeds: true },
  });
  return new Map(cards.map((c) => [c.questionId, JSON.parse(c.seenSeeds) as number[]] as const));
}

/**
 * Per question, the seeds the user is asked with in assignments they have not
 * submitted: from their member seed, and from the attempts those assignments
 * already hold (the same seeds unless the quiz changed since).
 */
async function openAssignmentSeeds(userId: string): Promise<Map<string, number[]>> {
  const members = await db().assignmentMember.findMany({
    where: { userId },
    select: {
      status: true,
      seed: true,
      assignment: { select: { items: { where: { kind: "quiz" }, select: { ref: true } } } },
      work: { select: { quizAttemptId: true } },
    },
  });
  const open = members.filter((m) => !isLocked(m.status));
  const out = new Map<string, number[]>();
  const add = (questionId: string, seed: number) => out.set(questionId, [...(out.get(questionId) ?? []), seed]);
  const bank = quizBank();
  for (const m of open)
    for (const item of m.assignment.items)
      for (const q of bank.quizzes.get(item.ref)?.questions ?? []) add(q.id, assignedSeed(q.id, m.seed));
  const attemptIds = open.flatMap((m) => m.work.flatMap((w) => (w.quizAttemptId ? [w.quizAttemptId] : [])));
  if (attemptIds.length > 0) {
    const attempts = await db().quizAttempt.findMany({
      where: { id: { in: attemptIds }, userId },
      select: { items: true },
    });
    for (const a of attempts) for (const item of parseItems(a.items)) add(item.questionId, item.seed);
  }
  return out;
}

/** Seeds for practice items; questions whose every variant is held by an open assignment are left out. */
async function practiceItems(
  userId: string,
  questionIds: readonly string[],
  seen: ReadonlyMap<string, readonly number[]>,
): Promise<Item[]> {
  const assigned = await openAssignmentSeeds(userId);
  return questionIds.flatMap((questionId) => {
    const seed = practiceSeed(questionId, seen.get(questionId) ?? [], assigned.get(questionId) ?? []);
    return seed === null ? [] : [{ questionId, seed }];
  });
}

/**
 * No client chooses a seed: practice seeds come from practiceSeed, assignment seeds from the member's row
 * (startAssignedQuizAttempt).
 */
export interface StartOptions {
  readonly quizId: string;
  readonly feedback: FeedbackMode;
  readonly certainty: boolean;
  /** Just this question (a fresh variant), else the whole quiz. */
  readonly questionId?: string;
}

export const ASSIGNED_ONLY =
  "Every variant of this question is part of an assignment you have not submitted yet. Practise it once you have submitted.";

/** Starts a practice attempt; seeds are fixed now, so the variant cannot change under the candidate. */
export async function startQuizAttempt(
  actor: Actor,
  options: StartOptions,
): Promise<QuizResult<{ attemptId: string }>> {
  const bank = quizBank();
  const quiz = bank.quizzes.get(options.quizId);
  if (!quiz || !may(actor, "quiz-attempt.start")) return fail("not-found", "No such quiz.");
  const ids =
    options.questionId === undefined
      ? quiz.questions.map((q) => q.id)
      : quiz.questions.some((q) => q.id === options.questionId)
        ? [options.questionId]
        : [];
  if (ids.length === 0)
    return fail(
      options.questionId === undefined ? "no-questions" : "unknown-question",
      "This quiz has no such question.",
    );
  const items = await practiceItems(actor.id, ids, await seenSeeds(actor.id, ids));
  if (items.length === 0) return fail("held-by-assignment", ASSIGNED_ONLY);
  return createAttempt(actor, quiz.id, options.feedback, options.certainty, items);
}

async function createAttempt(
  actor: Actor,
  quizId: string,
  feedback: FeedbackMode,
  certainty: boolean,
  items: readonly Item[],
): Promise<QuizResult<{ attemptId: string }>> {
  const row = await db().quizAttempt.create({
    data: { userId: actor.id, quizId, feedback, certainty, items: JSON.stringify(items) },
    select: { id: true },
  });
  return { ok: true, data: { attemptId: row.id } };
}

/**
 * Internal to lib/db, never exported through index.ts: an assignment quiz's
 * attempt for a member whose membership the caller has checked (startItem).
 * Each scenario question is asked with assignedSeed(question, memberSeed), so
 * the attempt is reproducible from the member's stored seed.
 */
export async function startAssignedQuizAttempt(
  actor: Actor,
  quizId: string,
  memberSeed: number,
): Promise<QuizResult<{ attemptId: string }>> {
  const quiz = quizBank().quizzes.get(quizId);
  if (!quiz || quiz.questions.length === 0) return fail("not-found", "No such quiz.");
  return createAttempt(
    actor,
    quiz.id,
    "deferred",
    false,
    quiz.questions.map((q) => ({ questionId: q.id, seed: assignedSeed(q.id, memberSeed) })),
  );
}

/** What a review session asks: the cards due now, the next ones due (practising ahead), or one concept's questions. */
export type ReviewScope =
  | { readonly kind: "due" }
  | { readonly kind: "ahead" }
  | {
      readonly kind: "concept";
      readonly concept: string;
    };

const NOTHING_DUE = "Nothing is due for review.";

/** The question ids a review of `scope` asks (at most REVIEW_BATCH), soonest due first, unseen ones last. */
async function reviewQuestionIds(actor: Actor, now: Date, scope: ReviewScope): Promise<string[]> {
  const bank = quizBank().questions;
  if (scope.kind === "concept") {
    const ids = [...bank.values()].filter((e) => e.question.concepts.includes(scope.concept)).map((e) => e.question.id);
    const cards = await db().reviewCard.findMany({
      where: { userId: actor.id, questionId: { in: ids } },
      orderBy: { due: "asc" },
      select: { questionId: true },
    });
    const carded = cards.map((c) => c.questionId);
    return [...carded, ...ids.filter((id) => !carded.includes(id))].slice(0, REVIEW_BATCH);
  }
  const cards = await db().reviewCard.findMany({
    where: { userId: actor.id, due: scope.kind === "due" ? { lte: now } : { gt: now } },
    orderBy: { due: "asc" },
    select: { questionId: true },
  });
  return cards
    .map((c) => c.questionId)
    .filter((id) => bank.has(id))
    .slice(0, REVIEW_BATCH);
}

/**
 * Starts a review session (see ReviewScope), each scenario question with a fresh seed (none an open assignment's).
 * The user answers one card at a time and rates their recall (review-session.ts).
 */
export async function startReviewAttempt(
  actor: Actor,
  now: Date,
  scope: ReviewScope = { kind: "due" },
): Promise<QuizResult<{ attemptId: string }>> {
  if (!may(actor, "review-queue.start")) return fail("no-questions", NOTHING_DUE);
  const ids = await reviewQuestionIds(actor, now, scope);
  const items = await practiceItems(actor.id, ids, await seenSeeds(actor.id, ids));
  if (items.length === 0)
    return fail(
      "no-questions",
      scope.kind === "concept" ? "No questions of this concept can be practised right now." : NOTHING_DUE,
    );
  return createAttempt(actor, REVIEW_QUIZ_ID, "deferred", false, items);
}

/** The attempt when the actor may take `rule` on it (the table says whose: its user's), else null. */
export async function ownAttempt(actor: Actor, rule: RuleId, attemptId: string) {
  if (!may(actor, rule)) return null;
  const row = await db().quizAttempt.findUnique({ where: { id: attemptId }, include: { answers: true } });
  return row && may(actor, rule, { owner: row.userId }) ? row : null;
}

type AnswerRow = {
  questionId: string;
  response: string;
  certainty: string | null;
  tries: number;
  credit: number;
  mark: number;
  correct: boolean;
  final: boolean;
  rating: number | null;
};

function answerDto(a: AnswerRow): AnswerDto {
  return {
    questionId: a.questionId,
    response: JSON.parse(a.response) as Response,
    certainty: isCertainty(a.certainty) ? a.certainty : null,
    tries: a.tries,
    credit: a.credit,
    mark: a.mark,
    correct: a.correct,
    final: a.final,
    rating: a.rating,
  };
}

/** The attempt as its owner may see it: keys and explanations only for final answers or a submitted attempt. */
export async function getQuizAttempt(actor: Actor, attemptId: string): Promise<AttemptDto | null> {
  const row = await ownAttempt(actor, "quiz-attempt.view", attemptId);
  return row ? toAttemptDto(row, { showSeeds: false }) : null;
}

/**
 * Internal to lib/db, never exported through index.ts: an attempt as its owner
 * would see it, WITHOUT an owner check. Only for callers that have already
 * checked the actor may see it (an assignment's owner reviewing a member's quiz).
 */
export async function attemptForCheckedReviewer(attemptId: string): Promise<AttemptDto | null> {
  const row = await db().quizAttempt.findUnique({ where: { id: attemptId }, include: { answers: true } });
  return row ? toAttemptDto(row, { showSeeds: true }) : null;
}

/**
 * The question as shown: the taker never gets the variant seed (it names the variant an assignment gave them); a
 * reviewer does.
 */
function shownQuestion(client: ClientQuestion, showSeed: boolean): AttemptQuestion {
  if (!client.scenario || showSeed) return client;
  const { seed: _seed, ...scenario } = client.scenario;
  return { ...client, scenario };
}

export function toAttemptDto(
  row: NonNullable<Awaited<ReturnType<typeof ownAttempt>>>,
  { showSeeds }: { showSeeds: boolean },
): AttemptDto {
  const bank = quizBank();
  const quiz = bank.quizzes.get(row.quizId);
  const submitted = row.status === "submitted";
  const questions: AttemptQuestionDto[] = [];
  for (const item of parseItems(row.items)) {
    const entry = bank.questions.get(item.questionId);
    if (!entry) continue;
    const asked = askQuestion(entry.question, item.seed);
    if (!asked.ok) continue;
    const a = row.answers.find((x) => x.questionId === item.questionId);
    const answer = a ? answerDto(a) : null;
    questions.push({
      question: shownQuestion(asked.client, showSeeds),
      answer,
      feedback: submitted || answer?.final ? asked.feedback : null,
    });
  }
  return {
    id: row.id,
    quizId: row.quizId,
    title: quiz?.title ?? "Review",
    lesson: quiz?.lesson ?? null,
    feedback: row.feedback === "immediate" ? "immediate" : "deferred",
    certainty: row.certainty,
    status: submitted ? "submitted" : "open",
    score: row.score,
    maxScore: row.maxScore,
    questions,
  };
}

export interface SubmittedResponse {
  readonly questionId: string;
  readonly response: Response;
  readonly certainty?: Certainty;
}

function gradeOne(item: Item, r: SubmittedResponse, certaintyMarking: boolean, tries: number) {
  const entry = quizBank().questions.get(item.questionId);
  if (!entry) return { ok: false as const, message: "Unknown question." };
  const asked = askQuestion(entry.question, item.seed);
  if (!asked.ok) return { ok: false as const, message: "This question cannot be graded right now." };
  const g = grade(asked.key, r.response);
  if (!g.ok) return { ok: false as const, message: g.error };
  const credit = penalisedCredit(g.credit, tries);
  return {
    ok: true as const,
    raw: g.credit,
    credit,
    correct: g.correct,
    mark: markFor(credit, certaintyMarking ? (r.certainty ?? "low") : undefined),
  };
}

/**
 * Immediate feedback: grade one answer now. `expectedTries` is how many tries
 * the page had seen; if another tab already used that try, nothing is counted
 * twice and the current state is returned.
 */
export async function answerQuizQuestion(
  actor: Actor,
  attemptId: string,
  r: SubmittedResponse,
  expectedTries: number,
): Promise<QuizResult<AnswerDto>> {
  const row = await ownAttempt(actor, "quiz-attempt.answer", attemptId);
  if (!row) return fail("not-found", "No such attempt.");
  if (row.status !== "open") return fail("closed", "This attempt is already submitted.");
  const item = parseItems(row.items).find((i) => i.questionId === r.questionId);
  if (!item) return fail("unknown-question", "This question is not part of the attempt.");
  const existing = row.answers.find((a) => a.questionId === r.questionId);
  if (existing && (existing.final || existing.tries !== expectedTries)) return { ok: true, data: answerDto(existing) };
  if (!existing && expectedTries !== 0) return fail("bad-response", "Reload the page: this answer is out of date.");
  const tries = expectedTries + 1;
  const g = gradeOne(item, r, row.certainty, tries);
  if (!g.ok) return fail("bad-response", g.message);
  const final = g.correct || g.raw >= 1 || tries >= MAX_TRIES || row.feedback !== "immediate";
  const data = {
    response: JSON.stringify(r.response),
    certainty: row.certainty ? (r.certainty ?? "low") : null,
    tries,
    credit: g.credit,
    mark: g.mark,
    correct: g.correct,
    final,
  };
  if (existing) {
    const updated = await db().quizAnswer.updateMany({
      where: { id: existing.id, tries: expectedTries, final: false },
      data,
    });
    if (updated.count === 0) {
      const now = await db().quizAnswer.findUnique({ where: { id: existing.id } });
      return now ? { ok: true, data: answerDto(now) } : fail("not-found", "No such answer.");
    }
  } else {
    try {
      await db().quizAnswer.create({ data: { attemptId, questionId: r.questionId, ...data } });
    } catch {
      // Unique (attemptId, questionId): another tab answered first; report its answer.
      const now = await db().quizAnswer.findUnique({
        where: { attemptId_questionId: { attemptId, questionId: r.questionId } },
      });
      return now ? { ok: true, data: answerDto(now) } : fail("bad-response", "Could not save the answer.");
    }
  }
  return {
    ok: true,
    data: {
      questionId: r.questionId,
      response: r.response,
      certainty: isCertainty(data.certainty) ? data.certainty : null,
      tries,
      credit: g.credit,
      mark: g.mark,
      correct: g.correct,
      final,
      rating: existing?.rating ?? null,
    },
  };
}

/**
 * Submits the attempt: grades the given responses for questions not yet final,
 * then closes it. Idempotent: the open → submitted flip happens once, in a
 * transaction with the answers, review cards and mastery, so a resubmission or
 * a second tab changes nothing.
 */
export async function submitQuizAttempt(
  actor: Actor,
  attemptId: string,
  responses: readonly SubmittedResponse[],
  now: Date,
): Promise<QuizResult<{ score: number; maxScore: number }>> {
  const row = await ownAttempt(actor, "quiz-attempt.submit", attemptId);
  if (!row) return fail("not-found", "No such attempt.");
  if (row.status === "submitted") return { ok: true, data: { score: row.score ?? 0, maxScore: row.maxScore ?? 0 } };
  const items = parseItems(row.items);
  const graded = new Map<
    string,
    { response: string; certainty: string | null; credit: number; mark: number; correct: boolean }
  >();
  for (const r of responses) {
    const item = items.find((i) => i.questionId === r.questionId);
    if (!item) return fail("unknown-question", "A response names a question outside the attempt.");
    const prior = row.answers.find((a) => a.questionId === r.questionId);
    if (prior?.final) continue;
    const g = gradeOne(item, r, row.certainty, (prior?.tries ?? 0) + 1);
    if (!g.ok) return fail("bad-response", `${r.questionId}: ${g.message}`);
    graded.set(r.questionId, {
      response: JSON.stringify(r.response),
      certainty: row.certainty ? (r.certainty ?? "low") : null,
      credit: g.credit,
      mark: g.mark,
      correct: g.correct,
    });
  }
  const result = await db().$transaction(async (tx) => {
    const flipped = await tx.quizAttempt.updateMany({
      where: { id: attemptId, userId: actor.id, status: "open" },
      data: { status: "submitted", submittedAt: now },
    });
    if (flipped.count === 0) {
      const done = await tx.quizAttempt.findUnique({
        where: { id: attemptId },
        select: { score: true, maxScore: true },
      });
      return { score: done?.score ?? 0, maxScore: done?.maxScore ?? 0 };
    }
    for (const [questionId, g] of graded) {
      await tx.quizAnswer.upsert({
        where: { attemptId_questionId: { attemptId, questionId } },
        create: { attemptId, questionId, ...g, tries: 1, final: true },
        update: { ...g, tries: { increment: 1 }, final: true },
      });
    }
    await tx.quizAnswer.updateMany({ where: { attemptId }, data: { final: true } });
    const answers = await tx.quizAnswer.findMany({ where: { attemptId } });
    const score = answers.reduce((s, a) => s + a.mark, 0);
    const maxScore = items.length * maxMark(row.certainty);
    await tx.quizAttempt.update({ where: { id: attemptId }, data: { score, maxScore } });
    // One FSRS card per question per user, rated from the credit; a review session's ratings were applied already.
    for (const a of answers) {
      if (a.rating !== null) continue;
      const rating = ratingFor(a.credit, isCertainty(a.certainty) ? a.certainty : undefined);
      await scheduleCard(
        tx,
        actor.id,
        a.questionId,
        rating,
        now,
        items.find((i) => i.questionId === a.questionId)?.seed,
      );
    }
    await recomputeMastery(tx, actor.id);
    return { score, maxScore };
  });
  return { ok: true, data: result };
}

type CardRow = Awaited<ReturnType<Tx["reviewCard"]["findUnique"]>>;

/** The stored card as ts-fsrs reads it, or a new card when the user has none for the question. */
export function cardState(card: CardRow, now: Date): ReviewCardState {
  return card
    ? {
        due: card.due,
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: card.elapsedDays,
        scheduled_days: card.scheduledDays,
        learning_steps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        last_review: card.lastReview ?? undefined,
      }
    : newCard(now);
}

/** The user's card for a question, in or out of a transaction. */
export function findCard(client: Tx, userId: string, questionId: string): Promise<CardRow> {
  return client.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } } });
}

/**
 * Reschedules the user's card for a question after a rating (1 Again … 4 Easy); the seed just asked joins the card's
 * seen list, so the next review asks another variant.
 */
export async function scheduleCard(
  tx: Tx,
  userId: string,
  questionId: string,
  rating: Parameters<typeof reviewCard>[1],
  now: Date,
  seed: number | undefined,
): Promise<void> {
  const card = await findCard(tx, userId, questionId);
  const next = reviewCard(cardState(card, now), rating, now);
  const seen = card ? (JSON.parse(card.seenSeeds) as number[]) : [];
  const fields = {
    due: next.due,
    stability: next.stability,
    difficulty: next.difficulty,
    elapsedDays: next.elapsed_days,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    lastReview: next.last_review ?? null,
    seenSeeds: JSON.stringify(seed === undefined || seen.includes(seed) ? seen : [...seen, seed].slice(-32)),
  };
  await tx.reviewCard.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...fields },
    update: fields,
  });
}

/** Mastery from every graded answer of the user's submitted attempts (rule in lib/quiz/mastery.ts). */
export async function recomputeMastery(tx: Tx, userId: string): Promise<void> {
  const bank = quizBank().questions;
  const all = await tx.quizAnswer.findMany({
    where: { attempt: { userId, status: "submitted" } },
    select: { questionId: true, attemptId: true, correct: true },
  });
  const gradedAnswers: GradedAnswer[] = all.flatMap((x) => {
    const entry = bank.get(x.questionId);
    return entry ? [{ ...x, concepts: entry.question.concepts, scenario: entry.question.type === "scenario" }] : [];
  });
  for (const [concept, level] of masteryByConcept(gradedAnswers))
    await tx.conceptMastery.upsert({
      where: { userId_concept: { userId, concept } },
      create: { userId, concept, level },
      update: { level },
    });
}

export interface MasteryDto {
  readonly concept: string;
  readonly level: MasteryLevel;
}

/** The acting user's mastery per concept. */
export async function conceptMastery(actor: Actor): Promise<MasteryDto[]> {
  if (!may(actor, "quiz-attempt.history")) return [];
  const rows = await db().conceptMastery.findMany({
    where: { userId: actor.id },
    orderBy: { concept: "asc" },
    select: { concept: true, level: true },
  });
  return rows.map((r) => ({ concept: r.concept, level: r.level as MasteryLevel }));
}

export interface ReviewQueueDto {
  readonly due: number;
  readonly total: number;
  readonly nextDue: string | null;
  readonly items: ReadonlyArray<{ readonly questionId: string; readonly prompt: string; readonly due: string }>;
}

/** The acting user's review queue: cards due now first. */
export async function reviewQueue(actor: Actor, now: Date): Promise<ReviewQueueDto> {
  const cards = !may(actor, "review-queue.view")
    ? []
    : await db().reviewCard.findMany({
        where: { userId: actor.id },
        orderBy: { due: "asc" },
        select: { questionId: true, due: true },
      });
  const bank = quizBank().questions;
  const known = cards.filter((c) => bank.has(c.questionId));
  const due = known.filter((c) => c.due <= now);
  const later = known.find((c) => c.due > now);
  return {
    due: due.length,
    total: known.length,
    nextDue: later ? later.due.toISOString() : null,
    items: known.slice(0, 20).map((c) => ({
      questionId: c.questionId,
      prompt: bank.get(c.questionId)?.question.prompt ?? c.questionId,
      due: c.due.toISOString(),
    })),
  };
}

/** The acting user's attempts, newest first. */
export async function listQuizAttempts(actor: Actor): Promise<
  Array<{
    id: string;
    quizId: string;
    status: string;
    score: number | null;
    maxScore: number | null;
    createdAt: string;
  }>
> {
  if (!may(actor, "quiz-attempt.history")) return [];
  const rows = await db().quizAttempt.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.map((r) => ({
    id: r.id,
    quizId: r.quizId,
    status: r.status,
    score: r.score,
    maxScore: r.maxScore,
    createdAt: r.createdAt.toISOString(),
  }));
}
