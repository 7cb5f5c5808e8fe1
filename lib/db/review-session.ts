/**
 * A review session the way Anki users expect: one card at a time, answered,
 * then rated for recall (Again, Hard, Good, Easy). The buttons' intervals and
 * the rescheduling both come from the server's copy of the card (ts-fsrs); the
 * browser sends only the rating. A session's marks stay out of quiz score
 * trends (dashboard.ts leaves REVIEW_QUIZ_ID out).
 */
import { maxMark } from "../quiz/marks";
import { isRecallRating, previewSchedule, recallLabel, type RecallLabel } from "../quiz/review";
import { verdictOf } from "../quiz/verdict";
import { may, type Actor } from "../auth/access";
import { db } from "./client";
import {
  cardState,
  findCard,
  ownAttempt,
  recomputeMastery,
  REVIEW_QUIZ_ID,
  scheduleCard,
  toAttemptDto,
  type AttemptDto,
  type AttemptQuestionDto,
  type QuizResult,
} from "./quiz";

export interface RatingChoiceDto {
  readonly rating: number;
  readonly label: RecallLabel;
  readonly key: string;
  /** "10 min", "4 days": when the card comes back after this rating. */
  readonly interval: string;
}

export interface ReviewSummaryDto {
  readonly right: number;
  readonly partly: number;
  readonly wrong: number;
  readonly ratings: ReadonlyArray<{ readonly label: RecallLabel; readonly count: number }>;
  /** ISO: when the soonest of this session's cards is due again. */
  readonly nextDue: string | null;
}

export interface ReviewSessionDto {
  /** The attempt with every card of the session (its questions, answers and, once answered, feedback). */
  readonly attempt: AttemptDto;
  readonly total: number;
  /** Cards rated so far. */
  readonly done: number;
  /** The card to answer or rate now, with its position (1-based); null once every card is rated. */
  readonly current: {
    readonly position: number;
    readonly card: AttemptQuestionDto;
    /** Once answered: the four ratings with the interval each would give. */
    readonly choices: readonly RatingChoiceDto[] | null;
  } | null;
  /** Once every card is rated. */
  readonly summary: ReviewSummaryDto | null;
}

async function reviewAttempt(actor: Actor, rule: "review-queue.view" | "review-queue.rate", attemptId: string) {
  const row = await ownAttempt(actor, rule, attemptId);
  return row && row.quizId === REVIEW_QUIZ_ID ? row : null;
}

/** The acting user's review session: where they are, the next card's rating choices, or the summary. */
export async function getReviewSession(actor: Actor, attemptId: string, now: Date): Promise<ReviewSessionDto | null> {
  const row = await reviewAttempt(actor, "review-queue.view", attemptId);
  if (!row) return null;
  const attempt = toAttemptDto(row, { showSeeds: false });
  const cards = attempt.questions;
  const done = cards.filter((c) => c.answer?.rating != null).length;
  const index = cards.findIndex((c) => c.answer?.rating == null);
  const card = index >= 0 ? cards[index] : undefined;
  if (!card || attempt.status === "submitted")
    return { attempt, total: cards.length, done, current: null, summary: await summary(actor, attempt) };
  let choices: RatingChoiceDto[] | null = null;
  if (card.answer?.final) {
    const stored = await findCard(db(), actor.id, card.question.id);
    choices = previewSchedule(cardState(stored, now), now).map(({ rating, label, key, interval }) => ({
      rating,
      label,
      key,
      interval,
    }));
  }
  return { attempt, total: cards.length, done, current: { position: index + 1, card, choices }, summary: null };
}

async function summary(actor: Actor, attempt: AttemptDto): Promise<ReviewSummaryDto> {
  const answers = attempt.questions.flatMap((q) => (q.answer ? [q.answer] : []));
  const tones = answers.map((a) => verdictOf(a).tone);
  const next = await db().reviewCard.findFirst({
    where: { userId: actor.id, questionId: { in: attempt.questions.map((q) => q.question.id) } },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  const labels = answers.flatMap((a) => (a.rating !== null && isRecallRating(a.rating) ? [recallLabel(a.rating)] : []));
  return {
    right: tones.filter((t) => t === "right").length,
    partly: tones.filter((t) => t === "partly").length,
    wrong: tones.filter((t) => t === "wrong").length,
    ratings: (["Again", "Hard", "Good", "Easy"] as const).map((label) => ({
      label,
      count: labels.filter((l) => l === label).length,
    })),
    nextDue: next ? next.due.toISOString() : null,
  };
}

/**
 * Rates the user's recall of one answered card and reschedules it from that
 * rating; rating the last card closes the session (score, mastery). A card is
 * rated once: a second rating (another tab, a double press) changes nothing.
 */
export async function rateReviewAnswer(
  actor: Actor,
  attemptId: string,
  questionId: string,
  rating: number,
  now: Date,
): Promise<QuizResult<{ finished: boolean }>> {
  if (!may(actor, "review-queue.rate") || !isRecallRating(rating))
    return { ok: false, error: "bad-response", message: "Rate your recall from 1 (Again) to 4 (Easy)." };
  const row = await reviewAttempt(actor, "review-queue.rate", attemptId);
  if (!row) return { ok: false, error: "not-found", message: "No such review session." };
  if (row.status !== "open") return { ok: true, data: { finished: true } };
  const items = JSON.parse(row.items) as Array<{ questionId: string; seed: number }>;
  const item = items.find((i) => i.questionId === questionId);
  if (!item) return { ok: false, error: "unknown-question", message: "This card is not part of the session." };
  const answer = row.answers.find((a) => a.questionId === questionId);
  if (!answer?.final)
    return { ok: false, error: "bad-response", message: "Answer the card before rating your recall." };
  const finished = await db().$transaction(async (tx) => {
    const rated = await tx.quizAnswer.updateMany({ where: { id: answer.id, rating: null }, data: { rating } });
    if (rated.count === 1) await scheduleCard(tx, actor.id, questionId, rating, now, item.seed);
    const answers = await tx.quizAnswer.findMany({ where: { attemptId }, select: { rating: true, mark: true } });
    if (answers.length < items.length || answers.some((a) => a.rating === null)) return false;
    const flipped = await tx.quizAttempt.updateMany({
      where: { id: attemptId, status: "open" },
      data: {
        status: "submitted",
        submittedAt: now,
        score: answers.reduce((s, a) => s + a.mark, 0),
        maxScore: items.length * maxMark(false),
      },
    });
    if (flipped.count === 1) await recomputeMastery(tx, actor.id);
    return true;
  });
  return { ok: true, data: { finished } };
}
