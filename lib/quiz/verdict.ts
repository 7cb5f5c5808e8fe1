/**
 * How one graded answer reads at a glance: a tone (drawn with a colour and an
 * icon, always beside the word), a word, and what the marks mean in plain
 * language. Never a bare "Correct 0.50". Pure: the page and tests share it.
 */
import type { Certainty } from "./schema";

export type Tone = "right" | "partly" | "wrong" | "unanswered";

export interface Verdict {
  readonly tone: Tone;
  /** "Right", "Partly right", "Right on the second try", "Wrong", "Not answered". */
  readonly word: string;
  /** What it earned: "full marks", "half marks", "no marks", "−2 marks (you were fairly sure)". */
  readonly marks: string;
}

export interface GradedAnswer {
  readonly correct: boolean;
  readonly credit: number;
  readonly tries: number;
  readonly mark: number;
  readonly certainty: Certainty | null;
}

const SURE: Record<Certainty, string> = {
  low: "you were unsure",
  medium: "you were fairly sure",
  high: "you were sure",
};

/** A share of the marks in words: "half marks", "three quarters of the marks", "60 % of the marks". */
export function shareInWords(credit: number): string {
  if (credit >= 1) return "full marks";
  if (credit <= 0) return "no marks";
  const named: Record<string, string> = {
    "0.25": "a quarter of the marks",
    "0.5": "half marks",
    "0.75": "three quarters of the marks",
  };
  return named[String(Math.round(credit * 100) / 100)] ?? `${Math.round(credit * 100)} % of the marks`;
}

/** A mark as a person writes it: "1 mark", "1.5 marks", "−6 marks". */
export function marksInWords(mark: number): string {
  const rounded = Math.round(mark * 100) / 100;
  const text = Math.abs(rounded).toLocaleString("en-GB", { maximumFractionDigits: 2 });
  return `${rounded < 0 ? "−" : ""}${text} ${Math.abs(rounded) === 1 ? "mark" : "marks"}`;
}

export function verdictOf(answer: GradedAnswer | null): Verdict {
  if (!answer) return { tone: "unanswered", word: "Not answered", marks: "no marks" };
  const retried = answer.tries > 1;
  const tone: Tone = answer.correct && !retried ? "right" : answer.credit > 0 ? "partly" : "wrong";
  const word = answer.correct
    ? retried
      ? "Right on the second try"
      : "Right"
    : answer.credit > 0
      ? retried
        ? "Partly right on the second try"
        : "Partly right"
      : "Wrong";
  // With certainty-based marking the mark is what counts (and can be negative); otherwise the share of the question's
  // mark.
  const marks = answer.certainty
    ? `${marksInWords(answer.mark)} (${SURE[answer.certainty]})`
    : shareInWords(answer.credit);
  return { tone, word, marks };
}
