import { z } from "zod";

const id = z.string().min(1).max(100);

/**
 * What a browser may ask for when it starts a quiz: which quiz (or one of its
 * questions), feedback mode and certainty marking. Never a seed: the server
 * alone chooses which variant is asked (lib/db/quiz.ts), so a form carrying
 * one is refused rather than quietly obeyed.
 */
export const StartSchema = z.strictObject({
  quizId: id,
  feedback: z.enum(["immediate", "deferred"]).default("deferred"),
  certainty: z.enum(["on", "off"]).default("off"),
  questionId: id.optional(),
});
