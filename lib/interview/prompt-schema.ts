/** The shape of an interview prompt in content/interviews/<slug>.yaml. */
import { z } from "zod";
import { ActionSchema } from "@/lib/sim/actions";
import { RUBRIC_LEVELS } from "@/lib/rubric-scale";
import { PHASE_IDS } from "./phases";

const text = z.string().trim().min(1);
const list = (min: number) => z.array(text).min(min);
/** A phase's lines, each once: the page keys them by their text. */
const phaseList = (min: number) =>
  list(min).refine((lines) => new Set(lines).size === lines.length, "each line appears once in a phase");
const perPhase = (min: number) =>
  z.strictObject({
    clarify: phaseList(min),
    "high-level": phaseList(min),
    "deep-dive": phaseList(min),
    operations: phaseList(min),
  });

export const RUBRIC_DIMENSIONS = [
  "requirements",
  "high-level-design",
  "data-and-replication",
  "deep-dive",
  "failure-and-trade-offs",
  "communication",
] as const;
export type RubricDimension = (typeof RUBRIC_DIMENSIONS)[number];

export const rubricEntrySchema = z.strictObject({
  dimension: z.enum(RUBRIC_DIMENSIONS),
  label: text,
  /** Level descriptors from 1 (weak) to 4 (strong). */
  levels: z.array(text).length(RUBRIC_LEVELS.length),
});

export const promptSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use kebab-case"),
  title: text,
  summary: text,
  statement: text,
  clarify: z.strictObject({ functional: list(2), nonFunctional: list(2) }),
  guidingQuestions: perPhase(3),
  outline: perPhase(2),
  followUps: z.array(z.strictObject({ question: text, listenFor: text })).min(3),
  pitfalls: list(2),
  rubric: z.array(rubricEntrySchema).length(RUBRIC_DIMENSIONS.length),
  keyPoints: z
    .array(
      z.strictObject({
        point: text,
        /** Words that show the point (synonyms an expert would accept), matched as whole words. */
        terms: list(1),
        /** A number the point is about, accepted within a factor of `within` either way (lib/interview/quantities). */
        estimate: z
          .strictObject({ value: z.number().positive(), unit: text, within: z.number().min(1.1).max(10) })
          .optional(),
      }),
    )
    .min(4),
  lab: z.strictObject({
    scenario: text,
    why: text,
    /** Faults the interviewer can inject into the candidate's lab. */
    faults: z.array(z.strictObject({ label: text, action: ActionSchema })).min(1),
  }),
});

export type InterviewPrompt = z.infer<typeof promptSchema>;
export type RubricEntry = z.infer<typeof rubricEntrySchema>;
export { PHASE_IDS };
