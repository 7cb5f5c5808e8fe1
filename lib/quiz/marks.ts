/**
 * Marks from credit. Certainty-based marking (Gardner-Medwin's LAPT scheme):
 *
 * | certainty | correct | wrong |
 * | --------- | ------- | ----- |
 * | low       | 1       | 0     |
 * | medium    | 2       | −2    |
 * | high      | 3       | −6    |
 *
 * Partial credit interpolates: mark = credit × correct + (1 − credit) × wrong.
 * Without certainty marking a question is worth 1 and mark = credit.
 * Immediate feedback allows MAX_TRIES tries; each retry multiplies credit by
 * RETRY_FACTOR (second try: half credit).
 */
import type { Certainty } from "./schema";

export const CBM_TABLE: Readonly<Record<Certainty, { readonly correct: number; readonly wrong: number }>> = {
  low: { correct: 1, wrong: 0 },
  medium: { correct: 2, wrong: -2 },
  high: { correct: 3, wrong: -6 },
};

export const MAX_TRIES = 2;
export const RETRY_FACTOR = 0.5;

/** Credit after retries: tries = 1 for a first answer. */
export function penalisedCredit(credit: number, tries: number): number {
  return credit * RETRY_FACTOR ** Math.max(0, tries - 1);
}

/** The mark for one question; `certainty` undefined when the quiz does not use certainty-based marking. */
export function markFor(credit: number, certainty: Certainty | undefined): number {
  if (certainty === undefined) return credit;
  const row = CBM_TABLE[certainty];
  return credit * row.correct + (1 - credit) * row.wrong;
}

/** The best possible mark for one question. */
export const maxMark = (certaintyMarking: boolean): number => (certaintyMarking ? CBM_TABLE.high.correct : 1);
