import { z } from "zod";
import { QuestionSchema } from "@/lib/quiz/schema";
import { slugSchema } from "./frontmatter";

/** A quiz file in content/quizzes/<id>.yaml: review prompts and graded questions (schemas in lib/quiz/schema.ts). */
export const quizSchema = z.strictObject({
  id: slugSchema,
  lesson: slugSchema,
  title: z.string().min(3),
  concepts: z.array(slugSchema).min(1),
  prompts: z.array(z.string().min(10)).min(3),
  questions: z.array(QuestionSchema).default([]),
});

export type QuizFile = z.infer<typeof quizSchema>;
