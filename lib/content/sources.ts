import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CheckInput, SourceFile } from "./check";

/**
 * Repository root: content/ and public/ are resolved from the working directory (npm scripts, next build).
 * Every content folder is named here, in the module that reads it: the build's file tracing follows these
 * constants to content/ alone, where a path built in another module makes it trace the whole project.
 */
export const ROOT = process.cwd();
export const CONTENT_DIR = join(ROOT, "content");
export const LESSONS_DIR = join(CONTENT_DIR, "lessons");
export const QUIZZES_DIR = join(CONTENT_DIR, "quizzes");
export const INTERVIEWS_DIR = join(CONTENT_DIR, "interviews");

function readDir(dir: string, pattern: RegExp): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ path: relative(ROOT, join(dir, name)), source: readFileSync(join(dir, name), "utf8") }));
}

export function readLessonSources(dir = LESSONS_DIR): SourceFile[] {
  return readDir(dir, /\.mdx$/);
}

export function readQuizSources(dir = QUIZZES_DIR): SourceFile[] {
  return readDir(dir, /\.ya?ml$/);
}

export function readInterviewSources(dir = INTERVIEWS_DIR): SourceFile[] {
  return readDir(dir, /\.ya?ml$/);
}

/** The real content/ as checker input. */
export function contentCheckInput(): CheckInput {
  return {
    lessons: readLessonSources(),
    quizzes: readQuizSources(),
    publicFileExists: (path) => existsSync(join(ROOT, "public", path)),
  };
}
