import { z } from "zod";
import { slugSchema } from "./frontmatter";

/** A quiz file in content/quizzes/<id>.yaml: review prompts now, graded questions in a later issue. */
export const quizSchema = z.strictObject({
  id: slugSchema,
  lesson: slugSchema,
  title: z.string().min(3),
  concepts: z.array(slugSchema).min(1),
  prompts: z.array(z.string().min(10)).min(3),
});

export type QuizFile = z.infer<typeof quizSchema>;
