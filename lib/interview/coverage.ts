/**
 * The coverage check: which of a prompt's key points the candidate's notes
 * mention, by deterministic term matching (no AI). A point counts as covered
 * when any of its terms appears as whole words, ignoring case, punctuation and
 * a plural "s", or, for a point about a number, when the notes give that number
 * within the point's band (500 GB/day against ≈ 1 TB/day).
 */
import { estimateMatch, type Estimate } from "./quantities";

export interface KeyPoint {
  readonly point: string;
  readonly terms: readonly string[];
  readonly estimate?: Estimate;
}

export interface CoverageResult {
  /** `why`: for an estimate, how the number written compares with the model answer's. */
  readonly covered: readonly { readonly point: string; readonly matched: string; readonly why?: string }[];
  readonly missed: readonly { readonly point: string; readonly terms: readonly string[] }[];
}

/** Lowercase words separated by single spaces, with a space at each end. */
export function normaliseText(text: string): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9+]+/)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));
  return ` ${words.join(" ")} `;
}

export function mentions(normalisedNotes: string, term: string): boolean {
  const needle = normaliseText(term);
  return needle.trim().length > 0 && normalisedNotes.includes(needle);
}

export function checkCoverage(notes: string, keyPoints: readonly KeyPoint[]): CoverageResult {
  const text = normaliseText(notes);
  const covered: { point: string; matched: string; why?: string }[] = [];
  const missed: { point: string; terms: readonly string[] }[] = [];
  for (const keyPoint of keyPoints) {
    const matched = keyPoint.terms.find((term) => mentions(text, term));
    const estimated = matched === undefined && keyPoint.estimate ? estimateMatch(notes, keyPoint.estimate) : undefined;
    if (matched !== undefined) covered.push({ point: keyPoint.point, matched });
    else if (estimated) covered.push({ point: keyPoint.point, ...estimated });
    else missed.push({ point: keyPoint.point, terms: keyPoint.terms });
  }
  return { covered, missed };
}
