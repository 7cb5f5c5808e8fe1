/**
 * What a candidate's dashboard reads beyond lessons, mastery and the review
 * queue: when they were active (for the streak), their quiz scores over time
 * and their latest attempts. Only the acting user's own rows are ever read.
 */
import { may, type Actor } from "../auth/access";
import { db } from "./client";
import { REVIEW_QUIZ_ID } from "./quiz";
import { quizBank } from "./quiz-bank";

export interface RecentAttemptDto {
  readonly id: string;
  readonly quizId: string;
  readonly title: string;
  readonly status: "open" | "submitted";
  readonly score: number | null;
  readonly maxScore: number | null;
  /** ISO strings; submittedAt is null while open. */
  readonly createdAt: string;
  readonly submittedAt: string | null;
}

export interface DashboardActivityDto {
  /**
   * ISO instants of every activity: lessons completed, quizzes submitted, interviews taken part in (as candidate or
   * interviewer).
   */
  readonly activity: readonly string[];
  /** Submitted quiz attempts (review sessions left out) with marks, the newest `scoredLimit`, newest first. */
  readonly scored: readonly { id: string; title: string; submittedAt: string; score: number; maxScore: number }[];
  /** The newest attempts, open or submitted, newest first. */
  readonly recent: readonly RecentAttemptDto[];
}

function quizTitle(quizId: string): string {
  if (quizId === REVIEW_QUIZ_ID) return "Review session";
  return quizBank().quizzes.get(quizId)?.title ?? quizId;
}

/** The acting user's activity, score history and recent attempts. */
export async function dashboardActivity(
  actor: Actor,
  options: { scoredLimit?: number; recentLimit?: number } = {},
): Promise<DashboardActivityDto> {
  if (!may(actor, "quiz-attempt.history")) return { activity: [], scored: [], recent: [] };
  const { scoredLimit = 20, recentLimit = 5 } = options;
  const [lessons, submitted, interviews, scored, recent] = await Promise.all([
    db().lessonCompletion.findMany({ where: { userId: actor.id }, select: { completedAt: true } }),
    db().quizAttempt.findMany({
      where: { userId: actor.id, status: "submitted", submittedAt: { not: null } },
      select: { submittedAt: true },
    }),
    db().interviewSession.findMany({
      where: { OR: [{ candidateId: actor.id }, { interviewerId: actor.id }] },
      select: { createdAt: true },
    }),
    db().quizAttempt.findMany({
      // Review sessions are practice of cards already scored: kept out of the quiz score trend.
      where: {
        userId: actor.id,
        status: "submitted",
        submittedAt: { not: null },
        maxScore: { gt: 0 },
        quizId: { not: REVIEW_QUIZ_ID },
      },
      orderBy: { submittedAt: "desc" },
      take: scoredLimit,
      select: { id: true, quizId: true, submittedAt: true, score: true, maxScore: true },
    }),
    db().quizAttempt.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "desc" },
      take: recentLimit,
      select: { id: true, quizId: true, status: true, score: true, maxScore: true, createdAt: true, submittedAt: true },
    }),
  ]);
  const activity = [
    ...lessons.map((r) => r.completedAt),
    ...submitted.flatMap((r) => (r.submittedAt ? [r.submittedAt] : [])),
    ...interviews.map((r) => r.createdAt),
  ].map((d) => d.toISOString());
  return {
    activity,
    scored: scored.flatMap((r) =>
      r.submittedAt && r.maxScore !== null
        ? [
            {
              id: r.id,
              title: quizTitle(r.quizId),
              submittedAt: r.submittedAt.toISOString(),
              score: r.score ?? 0,
              maxScore: r.maxScore,
            },
          ]
        : [],
    ),
    recent: recent.map((r) => ({
      id: r.id,
      quizId: r.quizId,
      title: quizTitle(r.quizId),
      status: r.status === "submitted" ? "submitted" : "open",
      score: r.score,
      maxScore: r.maxScore,
      createdAt: r.createdAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
  };
}
