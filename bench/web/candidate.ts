/**
 * One simulated candidate of the dynamic load test, driving the routes the
 * pages use: sign-up (POST /api/account) and next-auth's credentials sign-in,
 * a solo mock interview created through its form and autosaved through
 * PUT /api/interviews/[id] (the editor's autosave), a quiz started through its
 * form with immediate feedback and answered through the `answerQuestionAction`
 * server action (what the attempt form calls), and the dashboard page.
 */
import { transition, type FlowState } from "@/lib/interview/flow";
import { PHASES } from "@/lib/interview/phases";
import { BrowserClient, type Timed } from "./browser-client";

export interface Sample {
  readonly route: string;
  readonly ms: number;
  readonly ok: boolean;
  readonly detail?: string;
}

export interface QuizQuestion {
  readonly id: string;
  readonly type: string;
  readonly options?: ReadonlyArray<{ readonly id: string }>;
  /** An ordering question's items (it has no options). */
  readonly items?: ReadonlyArray<{ readonly id: string }>;
}

export interface CandidateSetup {
  readonly base: string;
  readonly origin: string;
  readonly index: number;
  readonly runId: string;
  readonly quizId: string;
  readonly questions: readonly QuizQuestion[];
  readonly answerActionId: string;
}

export const ROUTES = {
  save: "save notes: PUT /api/interviews/[id]",
  answer: "answer: action answerQuestionAction",
  dashboard: "dashboard: GET /dashboard",
  startQuiz: "start quiz: form action, then the attempt page",
} as const;

class SetupError extends Error {}

function expectStatus(step: string, result: Timed, ...statuses: number[]): Timed {
  if (!statuses.includes(result.status))
    throw new SetupError(`${step} answered ${result.status}: ${result.text.slice(0, 200)}`);
  return result;
}

export class Candidate {
  private readonly client: BrowserClient;
  private interviewId = "";
  private flow: FlowState | undefined;
  private revision = 0;
  private attempt: { id: string; next: number } | undefined;

  constructor(private readonly setup: CandidateSetup) {
    this.client = new BrowserClient(setup.base, setup.origin);
  }

  private get email(): string {
    return `bench-${this.setup.runId}-${this.setup.index}@example.com`;
  }

  /** A password the strength rule accepts: long and random. */
  private readonly password = `bench ${crypto.randomUUID()} Quorum`;

  async signUpAndIn(): Promise<void> {
    expectStatus(
      "sign-up",
      await this.client.json("POST", "/api/account", {
        name: `Bench candidate ${this.setup.index}`,
        email: this.email,
        password: this.password,
      }),
      201,
    );
    const csrf = JSON.parse(expectStatus("csrf", await this.client.request("GET", "/api/auth/csrf"), 200).text) as {
      csrfToken: string;
    };
    const form = new URLSearchParams({
      csrfToken: csrf.csrfToken,
      email: this.email,
      password: this.password,
      callbackUrl: `${this.setup.origin}/dashboard`,
      json: "true",
    });
    expectStatus(
      "sign-in",
      await this.client.request("POST", "/api/auth/callback/credentials", {
        body: form,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      200,
    );
    const session = JSON.parse(
      expectStatus("session", await this.client.request("GET", "/api/auth/session"), 200).text,
    ) as { user?: { email?: string } };
    if (session.user?.email !== this.email)
      throw new SetupError(`sign-in did not give a session (got ${JSON.stringify(session)})`);
  }

  async openInterview(): Promise<void> {
    const page = expectStatus("new interview page", await this.client.request("GET", "/interviews/new"), 200);
    const promptSlug = /name="promptSlug" value="([^"]+)"/.exec(page.text)?.[1];
    if (!promptSlug) throw new SetupError("the new-interview page lists no prompt");
    const created = expectStatus(
      "create interview",
      await this.client.submitActionForm("/interviews/new", page.text, { promptSlug, mode: "solo", durationMin: "45" }),
      303,
    );
    this.interviewId =
      /\/interviews\/([^/?;]+)/.exec(
        created.headers.get("location") ?? created.headers.get("x-action-redirect") ?? "",
      )?.[1] ?? "";
    if (!this.interviewId)
      throw new SetupError(`creating an interview redirected nowhere useful (${created.headers.get("location")})`);
    const session = JSON.parse(
      expectStatus("interview", await this.client.request("GET", `/api/interviews/${this.interviewId}`), 200).text,
    ) as { flow: FlowState; revision: number };
    this.flow = transition(session.flow, { type: "start", now: Date.now() }).state;
    this.revision = session.revision;
    const started = await this.save();
    if (!started.ok) throw new SetupError(`starting the interview failed: ${started.detail ?? ""}`);
  }

  /** The editor's autosave after some typing: notes of the current phase grow by a sentence. */
  async save(): Promise<Sample> {
    if (!this.flow) throw new SetupError("no interview open");
    const phase = PHASES[this.flow.phaseIndex]?.id ?? "clarify";
    const notes =
      `${this.flow.notes[phase] ?? ""}Replicate the log to two followers; read from the leader after a write. `.slice(
        -4000,
      );
    const flow = transition(this.flow, { type: "edit-notes", phase, text: notes }).state;
    const result = await this.client.json("PUT", `/api/interviews/${this.interviewId}`, {
      baseRevision: this.revision,
      flow,
    });
    if (result.status === 200) {
      this.revision = (JSON.parse(result.text) as { revision: number }).revision;
      this.flow = flow;
      return { route: ROUTES.save, ms: result.ms, ok: true };
    }
    return { route: ROUTES.save, ms: result.ms, ok: false, detail: `${result.status} ${result.text.slice(0, 120)}` };
  }

  private async startAttempt(): Promise<Sample> {
    const page = await this.client.request("GET", `/quiz/${this.setup.quizId}`);
    if (page.status !== 200)
      return { route: ROUTES.startQuiz, ms: page.ms, ok: false, detail: `quiz page ${page.status}` };
    const started = await this.client.submitActionForm(`/quiz/${this.setup.quizId}`, page.text, {
      quizId: this.setup.quizId,
      feedback: "immediate",
    });
    const id = /\/quiz\/attempts\/([^/?;]+)/.exec(started.headers.get("location") ?? "")?.[1];
    if (started.status !== 303 || !id)
      return {
        route: ROUTES.startQuiz,
        ms: started.ms,
        ok: false,
        detail: `start ${started.status} ${started.headers.get("location") ?? started.text.slice(0, 120)}`,
      };
    const attemptPage = await this.client.request("GET", `/quiz/attempts/${id}`);
    this.attempt = { id, next: 0 };
    this.attemptHtml = attemptPage.text;
    return {
      route: ROUTES.startQuiz,
      ms: started.ms + attemptPage.ms,
      ok: attemptPage.status === 200,
      detail: `attempt page ${attemptPage.status}`,
    };
  }

  private attemptHtml = "";

  /** A response of the right shape for the question as the attempt page shows it. */
  private responseFor(question: QuizQuestion): unknown {
    const first = question.options?.[0]?.id ?? "";
    switch (question.type) {
      case "single":
        return { type: "single", choice: first };
      case "multi":
        return { type: "multi", choices: [first] };
      case "numeric":
        return { type: "numeric", value: 1 };
      case "ordering":
        return { type: "ordering", order: (question.items ?? []).map((o) => o.id) };
      default: {
        // A scenario question's options are generated per variant: read them from its fieldset on the page.
        const section =
          this.attemptHtml.split(`data-testid="question-${question.id}"`)[1]?.split('data-testid="question-')[0] ?? "";
        const choice =
          /type="radio"[^>]*value="([^"]+)"/.exec(section)?.[1] ??
          /value="([^"]+)"[^>]*type="radio"/.exec(section)?.[1];
        return choice ? { type: "scenario-choice", choice } : { type: "scenario-number", value: 1 };
      }
    }
  }

  /** Answers the attempt's next question (starting a new attempt when none is open or all are answered). */
  async answer(): Promise<Sample[]> {
    const samples: Sample[] = [];
    if (!this.attempt || this.attempt.next >= this.setup.questions.length) samples.push(await this.startAttempt());
    const attempt = this.attempt;
    if (!attempt) return samples;
    const question = this.setup.questions[attempt.next];
    attempt.next += 1;
    if (!question) return samples;
    // Questions the page did not ask (an attempt may hold a subset) are skipped, as a user cannot answer them.
    if (!this.attemptHtml.includes(`data-testid="question-${question.id}"`)) return samples;
    const input = {
      attemptId: attempt.id,
      expectedTries: 0,
      answer: { questionId: question.id, response: this.responseFor(question) },
    };
    const result = await this.client.callAction(`/quiz/attempts/${attempt.id}`, this.setup.answerActionId, [input]);
    const ok = result.status === 200 && result.text.includes('"ok":true');
    samples.push({
      route: ROUTES.answer,
      ms: result.ms,
      ok,
      ...(ok ? {} : { detail: `${result.status} ${result.text.slice(0, 160)}` }),
    });
    return samples;
  }

  async dashboard(): Promise<Sample> {
    const result = await this.client.request("GET", "/dashboard");
    const ok = result.status === 200;
    return { route: ROUTES.dashboard, ms: result.ms, ok, ...(ok ? {} : { detail: String(result.status) }) };
  }
}

export { SetupError };
