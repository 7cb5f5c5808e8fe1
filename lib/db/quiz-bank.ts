import { quizSchema, type QuizFile } from "../content/quiz-schema";
import { readQuizSources } from "../content/sources";
import { parseYamlSource } from "@/lib/yaml-source";
import type { Question } from "../quiz/schema";

export interface BankEntry {
  readonly question: Question;
  readonly quizId: string;
  readonly lesson: string;
}

export interface Bank {
  readonly quizzes: ReadonlyMap<string, QuizFile>;
  readonly questions: ReadonlyMap<string, BankEntry>;
}

let cached: { key: string; bank: Bank } | undefined;

/** Every quiz file's questions, re-read when the files change (content:check guarantees they parse). */
export function quizBank(): Bank {
  const sources = readQuizSources();
  const key = sources.map((s) => `${s.path}\0${s.source.length}\0${s.source.slice(-64)}`).join("\0");
  if (cached?.key === key) return cached.bank;
  const quizzes = new Map<string, QuizFile>();
  const questions = new Map<string, BankEntry>();
  for (const file of sources) {
    const r = quizSchema.safeParse(parseYamlSource(file.source).data);
    if (!r.success) continue;
    quizzes.set(r.data.id, r.data);
    for (const q of r.data.questions) questions.set(q.id, { question: q, quizId: r.data.id, lesson: r.data.lesson });
  }
  cached = { key, bank: { quizzes, questions } };
  return cached.bank;
}
