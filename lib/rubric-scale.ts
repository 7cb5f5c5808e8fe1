/**
 * The rubric's scale: every dimension is scored on levels 1 to 4 (the four
 * level descriptors of an interview prompt), and a mean of levels reads with
 * one decimal wherever it appears ("3.3 / 4"), so a table, a CSV, a form hint
 * and the candidate's page never disagree about the same number. Pure: the
 * browser imports it too.
 */

/** The lowest and highest rubric level. */
export const RUBRIC_MIN_LEVEL = 1;
export const RUBRIC_MAX_LEVEL = 4;
/** 1, 2, 3, 4: one radio per level. */
export const RUBRIC_LEVELS: readonly number[] = Array.from(
  { length: RUBRIC_MAX_LEVEL - RUBRIC_MIN_LEVEL + 1 },
  (_, i) => RUBRIC_MIN_LEVEL + i,
);

export function isRubricLevel(n: number): boolean {
  return Number.isInteger(n) && n >= RUBRIC_MIN_LEVEL && n <= RUBRIC_MAX_LEVEL;
}

/** The mean of some levels, unrounded (rounding is the formatter's job), or null when there are none. */
export function rubricMean(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  return levels.reduce((sum, level) => sum + level, 0) / levels.length;
}

/** A mean of levels as it is shown and exported: one decimal, always ("3.0", "3.3"). */
export function formatRubricMean(mean: number): string {
  // Halves round up on the decimal shown: toFixed alone rounds the binary value, so 1.45 would read "1.4".
  return (Math.round(mean * 10) / 10).toFixed(1);
}

/** "3.3 / 4". */
export function rubricMeanText(mean: number): string {
  return `${formatRubricMean(mean)} / ${RUBRIC_MAX_LEVEL}`;
}
