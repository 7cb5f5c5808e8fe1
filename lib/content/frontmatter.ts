import { z } from "zod";
import { LESSON_TRACKS } from "./tracks";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single dashes)");

/** Lesson frontmatter: the contract between an author's .mdx file and every page that lists lessons. */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(120),
  slug,
  order: z.number().int().positive(),
  summary: z.string().min(20).max(400),
  objectives: z.array(z.string().min(3)).min(2),
  prerequisites: z.array(slug),
  estimatedMinutes: z.number().int().min(5).max(180),
  concepts: z.array(slug).min(1),
  /** Which group of lessons this belongs to on the dashboard; optional so a draft can leave it out. */
  track: z.enum(LESSON_TRACKS).optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const slugSchema = slug;
