/** Quiz score trend: each submitted attempt's percentage, oldest first. */

export interface ScoredAttempt {
  readonly id: string;
  readonly title: string;
  /** ISO timestamp. */
  readonly submittedAt: string;
  readonly score: number;
  readonly maxScore: number;
}

export interface ScorePoint {
  readonly id: string;
  readonly title: string;
  readonly submittedAt: string;
  /** 0–100, rounded to a whole number. */
  readonly percent: number;
}

/** The last `limit` submitted attempts as percentages, oldest first; attempts with no marks available are left out. */
export function scoreTrend(attempts: readonly ScoredAttempt[], limit: number): ScorePoint[] {
  return attempts
    .filter((a) => a.maxScore > 0)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    .slice(-limit)
    .map((a) => ({
      id: a.id,
      title: a.title,
      submittedAt: a.submittedAt,
      percent: Math.round((Math.max(0, Math.min(a.score, a.maxScore)) / a.maxScore) * 100),
    }));
}
