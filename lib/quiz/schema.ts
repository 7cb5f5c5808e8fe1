/**
 * Question schemas: what authors write in content/quizzes/<id>.yaml under
 * `questions:`. A discriminated union on `type`; every consumer switches on it
 * exhaustively. Answer keys and explanations live here and never leave the
 * server before an attempt is graded (see dto.ts).
 */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase kebab-case");
export const optionId = z.string().regex(/^[a-z0-9-]{1,40}$/, "option ids are short kebab-case");

const OptionSchema = z.strictObject({ id: optionId, text: z.string().min(1) });

const common = {
  id: slug,
  prompt: z.string().min(10),
  concepts: z.array(slug).min(1, "every question needs at least one concept tag"),
  explanation: z.string().min(20, "every question needs an explanation"),
  /**
   * The lesson section that teaches what the question asks, linked beside the explanation; content:check resolves it.
   */
  readMore: z
    .string()
    .regex(/^\/learn\/[a-z0-9-]+#[a-z0-9-]+$/, "use /learn/<lesson-slug>#<heading-anchor>")
    .optional(),
};

export const SingleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("single"),
  options: z.array(OptionSchema).min(2),
  answer: optionId,
});

export const MultiQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("multi"),
  options: z.array(OptionSchema).min(3),
  answer: z.array(optionId).min(1),
});

export const NumericQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("numeric"),
  answer: z.number(),
  /** Absolute tolerance: |response − answer| ≤ tolerance is correct. */
  tolerance: z.number().nonnegative().default(0),
  unit: z.string().min(1).optional(),
});

export const OrderingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("ordering"),
  /** Listed in the correct order; the client receives them shuffled by the attempt's seed. */
  items: z.array(OptionSchema).min(3),
});

/**
 * An integer parameter drawn uniformly from min, min+step, …, ≤ max, or from a
 * list of values: a list can leave out the values next to a boundary the
 * candidate cannot see (a gap equal to a link delay), keeping a margin on both sides.
 */
export const ParamRangeSchema = z.union([
  z
    .strictObject({ min: z.number().int(), max: z.number().int(), step: z.number().int().positive().default(1) })
    .refine((r) => r.max >= r.min, "max must be ≥ min"),
  z.strictObject({ values: z.array(z.number().int()).min(1).max(64) }),
]);
export type ParamRange = z.output<typeof ParamRangeSchema>;

/** Largest finite seed range content:check will enumerate; every seed in it is checked. */
export const MAX_VARIANTS = 64;

export const ScenarioQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("scenario"),
  /** A generator in lib/quiz/generators: parameters → scenario + actions + probe. */
  generator: slug,
  /** Parameters the generator reads; drawn from their ranges by the variant's seed. */
  params: z.record(z.string(), ParamRangeSchema).default({}),
  /** Variant seeds are 1..variants; content:check recomputes the answer for every one of them. */
  variants: z.number().int().min(1).max(MAX_VARIANTS).default(16),
  /** For generators that answer with a number: |response − answer| ≤ tolerance is correct. */
  tolerance: z.number().nonnegative().default(0),
});

export const QuestionSchema = z.discriminatedUnion("type", [
  SingleQuestionSchema,
  MultiQuestionSchema,
  NumericQuestionSchema,
  OrderingQuestionSchema,
  ScenarioQuestionSchema,
]);

export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question["type"];
export type ScenarioQuestion = z.output<typeof ScenarioQuestionSchema>;
export type Option = z.output<typeof OptionSchema>;

export const CERTAINTIES = ["low", "medium", "high"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What a candidate submits for one question; the shape must match the question's type. */
export const ResponseSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), choice: optionId }),
  z.strictObject({ type: z.literal("multi"), choices: z.array(optionId).max(20) }),
  z.strictObject({ type: z.literal("numeric"), value: z.number().finite() }),
  z.strictObject({ type: z.literal("ordering"), order: z.array(optionId).min(1).max(20) }),
  z.strictObject({ type: z.literal("scenario-choice"), choice: optionId }),
  z.strictObject({ type: z.literal("scenario-number"), value: z.number().finite() }),
]);
export type Response = z.output<typeof ResponseSchema>;
