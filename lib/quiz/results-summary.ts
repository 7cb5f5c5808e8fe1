/**
 * What a submitted attempt comes to, as a results page leads with it: how many
 * right, partly right and wrong; how each concept went; and what to do next
 * (the lesson sections and a lab run behind what was missed). Pure.
 */
import type { Feedback } from "./ask";
import type { LabRun } from "./derive";
import { verdictOf, type GradedAnswer, type Tone } from "./verdict";

export interface SummaryInput {
  readonly questionId: string;
  readonly concepts: readonly string[];
  readonly answer: GradedAnswer | null;
  readonly feedback: Pick<Feedback, "readMore" | "lab"> | null;
}

export interface ConceptLine {
  readonly concept: string;
  readonly right: number;
  readonly total: number;
  readonly tone: Exclude<Tone, "unanswered">;
}

export interface ResultsSummary {
  readonly counts: Readonly<Record<Tone, number>>;
  /** Weakest first, so the line to act on is on top. */
  readonly byConcept: readonly ConceptLine[];
  /** Lesson sections behind the questions not fully right, each once, in question order. */
  readonly toRead: readonly string[];
  /** The run of the first scenario question not fully right, to replay in the lab. */
  readonly lab: LabRun | null;
  /** The questions not fully right (they come back in review). */
  readonly missed: readonly string[];
}

export function summarise(questions: readonly SummaryInput[]): ResultsSummary {
  const counts: Record<Tone, number> = { right: 0, partly: 0, wrong: 0, unanswered: 0 };
  const concepts = new Map<string, { right: number; total: number }>();
  const toRead: string[] = [];
  const missed: string[] = [];
  let lab: LabRun | null = null;
  for (const q of questions) {
    const tone = verdictOf(q.answer).tone;
    counts[tone] += 1;
    for (const c of q.concepts) {
      const line = concepts.get(c) ?? { right: 0, total: 0 };
      concepts.set(c, { right: line.right + (tone === "right" ? 1 : 0), total: line.total + 1 });
    }
    if (tone === "right") continue;
    missed.push(q.questionId);
    if (q.feedback?.readMore && !toRead.includes(q.feedback.readMore)) toRead.push(q.feedback.readMore);
    lab ??= q.feedback?.lab ?? null;
  }
  const byConcept = [...concepts.entries()]
    .map(([concept, { right, total }]): ConceptLine => ({
      concept,
      right,
      total,
      tone: right === total ? "right" : right === 0 ? "wrong" : "partly",
    }))
    .sort((a, b) => a.right / a.total - b.right / b.total || a.concept.localeCompare(b.concept));
  return { counts, byConcept, toRead, lab, missed };
}
