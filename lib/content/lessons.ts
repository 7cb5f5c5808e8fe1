import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostic } from "./diagnostics";
import { checkContent } from "./check";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./frontmatter";
import { headingsOf, parseMdx, sectionsOf, wordCount, type HeadingInfo, type Section } from "./mdx-tree";
import { quizSchema, type QuizFile } from "./quiz-schema";
import { contentCheckInput, QUIZZES_DIR, readLessonSources } from "./sources";
import { parseYamlSource } from "./yaml-source";

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

let cache: readonly Lesson[] | undefined;

function load(): readonly Lesson[] {
  // Broken content fails the build with the same messages as `npm run content:check`.
  const problems = checkContent(contentCheckInput());
  if (problems.length > 0) throw new Error(`Content errors:\n${problems.map(formatDiagnostic).join("\n")}`);
  return readLessonSources()
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
}

/** All lessons in track order. Cached in production; re-read in development so edits hot-reload. */
export function getLessons(): readonly Lesson[] {
  if (process.env.NODE_ENV !== "production") return load();
  cache ??= load();
  return cache;
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
