/**
 * content:check's answerability pass over the quiz files: every seed of every
 * scenario question must keep its key when what the candidate is not shown
 * varies (lib/quiz/answerability.ts). It re-runs each variant several times,
 * so it runs in `npm run content:check` only, never when the app loads content.
 */
import { checkAnswerability } from "@/lib/quiz/check";
import { sortDiagnostics, type Diagnostic } from "./diagnostics";
import type { SourceFile } from "./check";
import { quizSchema } from "./quiz-schema";
import { parseYamlSource } from "@/lib/yaml-source";

/** Diagnostics for seeds whose key moves; quiz files that do not parse are skipped (checkContent reports them). */
export function answerabilityDiagnostics(quizzes: readonly SourceFile[], variations?: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of quizzes) {
    const yaml = parseYamlSource(file.source);
    if (yaml.errors.length > 0) continue;
    const parsed = quizSchema.safeParse(yaml.data);
    if (!parsed.success) continue;
    parsed.data.questions.forEach((question, index) => {
      checkAnswerability(
        question,
        (path, message) => out.push({ file: file.path, line: yaml.lineOf(["questions", index, ...path]), message }),
        variations,
      );
    });
  }
  return sortDiagnostics(out);
}
