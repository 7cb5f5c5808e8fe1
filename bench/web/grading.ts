/**
 * Scenario-question grading as the server does it for one answer (lib/db's
 * gradeOne): ask the question at a seed, which replays the engine to derive the
 * key, then grade a response against it. In-process, no database: the p99 over
 * every scenario question of every quiz, each at several variant seeds.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { quizSchema } from "@/lib/content/quiz-schema";
import { parseYamlSource } from "@/lib/yaml-source";
import { askQuestion } from "@/lib/quiz/ask";
import { grade } from "@/lib/quiz/grade";
import type { Question, Response } from "@/lib/quiz/schema";
import { percentile } from "./stats";

export interface GradingTimes {
  readonly questions: number;
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** CPU time the process spent per grading, p99: steadier than wall time on a shared machine. */
  readonly cpuP99Ms: number;
  /** The question whose grading took longest, and how long (the first place to look when p99 is over). */
  readonly slowest: string;
}

function scenarioQuestions(appDir: string): Question[] {
  const dir = path.join(appDir, "content/quizzes");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".yaml"))
    .flatMap((file) => {
      const parsed = quizSchema.safeParse(parseYamlSource(readFileSync(path.join(dir, file), "utf8")).data);
      return parsed.success ? parsed.data.questions.filter((q) => q.type === "scenario") : [];
    });
}

/** A response of the right shape (which option or number does not change the work). */
function someResponse(responseType: Response["type"], options: readonly { id: string }[] | undefined): Response {
  if (responseType === "scenario-choice") return { type: "scenario-choice", choice: options?.[0]?.id ?? "a" };
  return { type: "scenario-number", value: 0 };
}

export function timeGrading(appDir: string, seedsPerQuestion: number): GradingTimes {
  const questions = scenarioQuestions(appDir);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let slowest = { id: "", ms: 0 };
  // One untimed pass first, so module and JIT warm-up is not counted as grading.
  for (const pass of ["warm-up", "timed"] as const) {
    for (const q of questions) {
      for (let seed = 1; seed <= seedsPerQuestion; seed++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        const asked = askQuestion(q, seed);
        if (asked.ok) grade(asked.key, someResponse(asked.client.responseType, asked.client.options));
        const took = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        if (pass !== "timed") continue;
        times.push(took);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        if (took > slowest.ms) slowest = { id: `${q.id} (seed ${seed})`, ms: took };
      }
    }
  }
  return {
    questions: questions.length,
    samples: times.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: percentile(times, 100),
    cpuP99Ms: percentile(cpuTimes, 99),
    slowest: slowest.id,
  };
}
