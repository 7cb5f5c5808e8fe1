import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostic } from "./diagnostics";
import { checkContent } from "./check";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./frontmatter";
import { headingsOf, parseMdx, sectionsOf, wordCount, type HeadingInfo, type Section } from "./mdx-tree";
import { quizSchema, type QuizFile } from "./quiz-schema";
import { contentCheckInput, QUIZZES_DIR } from "./sources";
import { parseYamlSource } from "@/lib/yaml-source";
import { env } from "@/lib/env";

const WORDS_PER_MINUTE = 220;

export interface Lesson extends LessonFrontmatter {
  readonly file: string;
  readonly source: string;
  readonly words: number;
  readonly readingMinutes: number;
  /** h2 and h3 headings, for the table of contents. */
  readonly toc: readonly HeadingInfo[];
  readonly sections: readonly Section[];
}

export type LessonSummary = Omit<Lesson, "source" | "sections">;

let cache: { key: string; lessons: readonly Lesson[] } | undefined;

function load(): readonly Lesson[] {
  const input = contentCheckInput();
  const key = [...input.lessons, ...input.quizzes].map((file) => `${file.path}\0${file.source}`).join("\0");
  if (cache?.key === key) return cache.lessons;
  // Broken content fails the build with the same messages as `npm run content:check`.
  const problems = checkContent(input);
  if (problems.length > 0) throw new Error(`Content errors:\n${problems.map(formatDiagnostic).join("\n")}`);
  const lessons = input.lessons
    .map((file) => {
      const tree = parseMdx(file.source);
      const yaml = tree.children[0]?.type === "yaml" ? tree.children[0].value : "";
      const frontmatter = lessonFrontmatterSchema.parse(parseYamlSource(yaml).data);
      const words = wordCount(tree);
      return {
        ...frontmatter,
        file: file.path,
        source: file.source,
        words,
        readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
        toc: headingsOf(tree).filter((heading) => heading.depth === 2 || heading.depth === 3),
        sections: sectionsOf(tree),
      };
    })
    .sort((a, b) => a.order - b.order);
  cache = { key, lessons };
  return lessons;
}

/**
 * All lessons in track order. In development files are re-read on each call,
 * so edits show up in `npm run dev` (parsing is cached until they change); a
 * production server keeps what it first loaded, the content it was built with.
 */
export function getLessons(): readonly Lesson[] {
  if (env().NODE_ENV === "production" && cache) return cache.lessons;
  return load();
}

export function getLesson(slug: string): Lesson | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

export function lessonSlugs(): string[] {
  return getLessons().map((lesson) => lesson.slug);
}

export function summarize({ source: _source, sections: _sections, ...summary }: Lesson): LessonSummary {
  return summary;
}

export function getQuiz(id: string): QuizFile | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    const result = quizSchema.safeParse(parseYamlSource(readFileSync(join(QUIZZES_DIR, `${id}.yaml`), "utf8")).data);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
