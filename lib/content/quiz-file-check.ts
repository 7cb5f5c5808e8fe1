/**
 * content:check rules for the quiz files (content/quizzes/*.yaml): the schema, with each problem at its line; the id
 * matching the file name; question ids unique across quizzes; every graded question checked (lib/quiz/check: static
 * keys, and for scenario questions every seed recomputed by the engine). Cross-checks against the lessons (the quiz's
 * lesson, readMore anchors) are made by check.ts, which knows them.
 */
import { basename } from "node:path";
import type { z } from "zod";
import { checkQuestion } from "@/lib/quiz/check";
import { parseYamlSource, type YamlSource } from "@/lib/yaml-source";
import type { Place } from "./diagnostics";
import { quizSchema } from "./quiz-schema";
import type { SourceFile } from "./check";

export type Report = (file: string, place: Place, message: string) => void;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

export function zodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: string,
  yaml: YamlSource,
  file: string,
  report: Report,
) {
  for (const issue of issues) {
    if (issue.code === "invalid_type" && valueAt(yaml.data, issue.path) === undefined) {
      report(file, yaml.pointOf(issue.path), `${prefix}: missing required field "${issue.path.join(".")}"`);
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        report(
          file,
          yaml.pointOf([...issue.path, key]),
          `${prefix}: unknown field "${[...issue.path, key].join(".")}"`,
        );
      continue;
    }
    report(file, yaml.pointOf(issue.path), `${prefix} "${issue.path.join(".")}": ${issue.message}`);
  }
}

export function checkQuizzes(quizzes: readonly SourceFile[], report: Report) {
  const parsed: {
    file: SourceFile;
    yaml: YamlSource;
    id?: string;
    lesson?: string;
    readMore: { url: string; place: Place }[];
  }[] = [];
  const questionIds = new Map<string, string>();
  for (const file of quizzes) {
    const yaml = parseYamlSource(file.source);
    for (const error of yaml.errors) report(file.path, error, `YAML: ${error.message}`);
    if (yaml.errors.length > 0) continue;
    const result = quizSchema.safeParse(yaml.data);
    if (!result.success) {
      zodIssues(result.error.issues, "quiz field", yaml, file.path, report);
      continue;
    }
    const expected = basename(file.path).replace(/\.ya?ml$/, "");
    if (result.data.id !== expected)
      report(file.path, yaml.pointOf(["id"]), `quiz id "${result.data.id}" must match the file name "${expected}"`);
    // Graded questions: static keys and, for scenario questions, every seed recomputed by the engine
    // (lib/quiz/check.ts).
    result.data.questions.forEach((question, index) => {
      const first = questionIds.get(question.id);
      if (first)
        report(
          file.path,
          yaml.pointOf(["questions", index, "id"]),
          `duplicate question id "${question.id}" (already used in ${first})`,
        );
      else questionIds.set(question.id, file.path);
      checkQuestion(question, (path, message) =>
        report(file.path, yaml.pointOf(["questions", index, ...path]), message),
      );
    });
    const readMore = result.data.questions.flatMap((question, index) =>
      question.readMore ? [{ url: question.readMore, place: yaml.pointOf(["questions", index, "readMore"]) }] : [],
    );
    parsed.push({ file, yaml, id: result.data.id, lesson: result.data.lesson, readMore });
  }
  return parsed;
}

/** Quiz ids from quiz files that match the schema, as `<Quiz id>` may name them; questions are not graded here. */
export function quizIdsOf(quizzes: readonly SourceFile[]): string[] {
  return quizzes.flatMap((file) => {
    const yaml = parseYamlSource(file.source);
    const result = yaml.errors.length > 0 ? undefined : quizSchema.safeParse(yaml.data);
    return result?.success ? [result.data.id] : [];
  });
}
