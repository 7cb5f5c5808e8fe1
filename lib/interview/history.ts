/** Score trends per rubric dimension across a candidate's past interviews. */
import { RUBRIC_DIMENSIONS, type RubricDimension } from "./prompt-schema";

export interface ScoredSession {
  readonly id: string;
  readonly createdAt: string;
  /** Interviewer scores win over self-scores for the same dimension. */
  readonly scores: readonly {
    readonly source: "self" | "interviewer";
    readonly dimension: string;
    readonly level: number;
  }[];
}

export interface DimensionTrend {
  readonly dimension: RubricDimension;
  readonly points: readonly { readonly sessionId: string; readonly createdAt: string; readonly level: number }[];
  readonly latest: number | null;
  /** Latest minus first, or null with fewer than two points. */
  readonly change: number | null;
}

export function scoreTrends(sessions: readonly ScoredSession[]): DimensionTrend[] {
  const ordered = [...sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return RUBRIC_DIMENSIONS.map((dimension) => {
    const points = ordered.flatMap((session) => {
      const mine = session.scores.filter((score) => score.dimension === dimension);
      const chosen =
        mine.find((score) => score.source === "interviewer") ?? mine.find((score) => score.source === "self");
      return chosen ? [{ sessionId: session.id, createdAt: session.createdAt, level: chosen.level }] : [];
    });
    const first = points[0];
    const last = points[points.length - 1];
    return {
      dimension,
      points,
      latest: last?.level ?? null,
      change: first && last && points.length > 1 ? last.level - first.level : null,
    };
  });
}
