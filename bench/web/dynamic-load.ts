/**
 * The dynamic load test of issue 17: N signed-in candidates, each autosaving
 * interview notes every 2 s, answering a quiz question every 5 s and loading
 * the dashboard every 15 s, for a set duration, against one Quorum server.
 *
 * The candidates sign up, sign in, open an interview, the dashboard and a
 * quiz one after another before the clock starts (argon2 hashing makes sign-up and sign-in the expensive part, and it
 * is not what is
 * measured). The limits allow that without any bypass: all requests come from
 * this machine, so Next's server writes 127.0.0.1 into X-Forwarded-For and the
 * per-address sign-up limit (50 accounts an hour) counts them together, which
 * is why the number of candidates is capped below it; the sign-in limits only
 * count failed attempts, and the database is fresh for every run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { Candidate, ROUTES, type QuizQuestion, type Sample } from "./candidate";
import { percentile } from "./stats";

export const PERIODS_MS = { save: 2_000, answer: 5_000, dashboard: 15_000 } as const;

export interface RouteFigures {
  readonly route: string;
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Up to three distinct failure descriptions, for the reader to chase. */
  readonly failures: readonly string[];
}

export interface DynamicLoadResult {
  readonly candidates: number;
  readonly seconds: number;
  readonly routes: readonly RouteFigures[];
}

/** The id Next gave `answerQuestionAction` in this build (what the attempt form's client code posts as Next-Action). */
export function actionId(appDir: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(appDir, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node?: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node ?? {}).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!found) throw new Error(`the build in ${appDir} has no server action named ${exportedName}`);
  return found;
}

function quizQuestions(appDir: string, quizId: string): QuizQuestion[] {
  const file = parseYaml(readFileSync(path.join(appDir, "content/quizzes", `${quizId}.yaml`), "utf8")) as {
    questions?: QuizQuestion[];
  };
  return file.questions ?? [];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `step` every `periodMs` (after a random offset, so candidates do not move in lockstep) until `deadline`. */
async function every(periodMs: number, deadline: number, step: () => Promise<void>): Promise<void> {
  await sleep(Math.random() * periodMs);
  while (performance.now() < deadline) {
    const started = performance.now();
    await step();
    await sleep(Math.max(0, periodMs - (performance.now() - started)));
  }
}

function summarise(samples: readonly Sample[]): RouteFigures[] {
  return Object.values(ROUTES).map((route) => {
    const mine = samples.filter((s) => s.route === route);
    const failed = mine.filter((s) => !s.ok);
    return {
      route,
      requests: mine.length,
      errors: failed.length,
      p50Ms: percentile(
        mine.map((s) => s.ms),
        50,
      ),
      p99Ms: percentile(
        mine.map((s) => s.ms),
        99,
      ),
      failures: [...new Set(failed.map((s) => s.detail ?? "?"))].slice(0, 3),
    };
  });
}

export async function runDynamicLoad(options: {
  base: string;
  origin: string;
  appDir: string;
  candidates: number;
  seconds: number;
  quizId: string;
  log: (line: string) => void;
}): Promise<DynamicLoadResult> {
  const questions = quizQuestions(options.appDir, options.quizId);
  const answerActionId = actionId(options.appDir, "answerQuestionAction");
  const runId = Date.now().toString(36);
  const candidates: Candidate[] = [];
  for (let index = 0; index < options.candidates; index++) {
    const candidate = new Candidate({
      base: options.base,
      origin: options.origin,
      index,
      runId,
      quizId: options.quizId,
      questions,
      answerActionId,
    });
    await candidate.signUpAndIn();
    await candidate.openInterview();
    // Unmeasured first visits, so the figures are of a warm server (routes compiled on first use, pools filled).
    await candidate.dashboard();
    await candidate.answer();
    candidates.push(candidate);
  }
  options.log(
    `${candidates.length} candidates signed up, signed in and started an interview; measuring for ${options.seconds} s`,
  );
  const samples: Sample[] = [];
  const deadline = performance.now() + options.seconds * 1000;
  await Promise.all(
    candidates.flatMap((candidate) => [
      every(PERIODS_MS.save, deadline, async () => void samples.push(await candidate.save())),
      every(PERIODS_MS.answer, deadline, async () => void samples.push(...(await candidate.answer()))),
      every(PERIODS_MS.dashboard, deadline, async () => void samples.push(await candidate.dashboard())),
    ]),
  );
  return { candidates: candidates.length, seconds: options.seconds, routes: summarise(samples) };
}
