/**
 * Per-concept mastery from graded answers (documented in content/README.md):
 * - attempted: answered at least one question tagged with the concept;
 * - familiar: at least one fully correct answer;
 * - proficient: fully correct answers on ≥ 2 distinct questions;
 * - mastered: fully correct answers on ≥ 3 distinct questions, in ≥ 2 sessions
 *   (attempts), at least one of them a scenario question.
 * Repeating one question never raises a level past familiar: levels need mixed questions.
 */
export const MASTERY_LEVELS = ["attempted", "familiar", "proficient", "mastered"] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export interface GradedAnswer {
  readonly questionId: string;
  readonly attemptId: string;
  readonly concepts: readonly string[];
  readonly scenario: boolean;
  readonly correct: boolean;
}

export function levelOf(answers: readonly GradedAnswer[]): MasteryLevel {
  const right = answers.filter((a) => a.correct);
  const questions = new Set(right.map((a) => a.questionId));
  const sessions = new Set(right.map((a) => a.attemptId));
  if (questions.size >= 3 && sessions.size >= 2 && right.some((a) => a.scenario)) return "mastered";
  if (questions.size >= 2) return "proficient";
  if (right.length >= 1) return "familiar";
  return "attempted";
}

/** concept → level for every concept that has at least one answer. */
export function masteryByConcept(answers: readonly GradedAnswer[]): Map<string, MasteryLevel> {
  const by = new Map<string, GradedAnswer[]>();
  for (const a of answers) for (const c of a.concepts) by.set(c, [...(by.get(c) ?? []), a]);
  return new Map([...by].map(([c, list]) => [c, levelOf(list)] as const));
}
