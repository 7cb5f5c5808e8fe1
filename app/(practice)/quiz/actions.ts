"use server";

import { revalidatePath } from "next/cache";
import { asForm, asInput } from "@/lib/http/form-data";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/session/current-user";
import {
  answerQuizQuestion,
  saveQuizDraft,
  startQuizAttempt,
  submitQuizAttempt,
  type AnswerDto,
  type DraftSaveResult,
} from "@/lib/db";
import { AttemptDraftSchema } from "@/lib/quiz/draft";
import { CERTAINTIES, ResponseSchema } from "@/lib/quiz/schema";
import { StartSchema } from "./start-schema";

const id = z.string().min(1).max(100);
const OneResponse = z.strictObject({
  questionId: id,
  response: ResponseSchema,
  certainty: z.enum(CERTAINTIES).optional(),
});
const AnswerSchema = z.strictObject({
  attemptId: id,
  expectedTries: z.number().int().min(0).max(10),
  answer: OneResponse,
});
const SubmitSchema = z.strictObject({ attemptId: id, answers: z.array(OneResponse).max(100) });
const DraftInput = z.strictObject({ attemptId: id, draft: AttemptDraftSchema });

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

async function actor() {
  const user = await getCurrentUser();
  return user && ROLES.includes(user.role) ? user : null;
}

/** Field errors keyed `question:<id>`, so the form can show each next to its question. */
function fieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const questionAt = (path: readonly PropertyKey[]): string | undefined => {
    const record = input as { answers?: Array<{ questionId?: unknown }>; answer?: { questionId?: unknown } } | null;
    const raw =
      path[0] === "answers" && typeof path[1] === "number"
        ? record?.answers?.[path[1]]?.questionId
        : path[0] === "answer"
          ? record?.answer?.questionId
          : undefined;
    return typeof raw === "string" ? raw : undefined;
  };
  for (const i of issues) {
    const question = questionAt(i.path);
    const key = question ? `question:${question}` : i.path.join(".");
    out[key] ??= "Give a valid answer for this question.";
  }
  return out;
}

/** Form action: starts an attempt and opens it. */
export async function startQuizAction(form: FormData): Promise<void> {
  form = asForm(form);
  const user = await actor();
  const entries = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = StartSchema.safeParse(entries);
  if (!user)
    redirect(
      `/sign-in?callbackUrl=${encodeURIComponent(`/quiz/${typeof entries.quizId === "string" ? entries.quizId : ""}`)}`,
    );
  if (!parsed.success) redirect("/learn");
  const { quizId, feedback, certainty, questionId } = parsed.data;
  const r = await startQuizAttempt(user, {
    quizId,
    feedback,
    certainty: certainty === "on",
    ...(questionId ? { questionId } : {}),
  });
  if (!r.ok) redirect(`/quiz/${quizId}?error=${r.error}`);
  redirect(`/quiz/attempts/${r.data.attemptId}`);
}

/** Immediate feedback: grade one answer. Bad input changes nothing and comes back as a field error. */
export async function answerQuestionAction(input: unknown): Promise<ActionResult<AnswerDto>> {
  const parsed = AnswerSchema.safeParse(asInput(input));
  if (!parsed.success)
    return { ok: false, error: "Give a valid answer.", fieldErrors: fieldErrors(parsed.error.issues, input) };
  const user = await actor();
  if (!user) return { ok: false, error: "Sign in to continue." };
  const { attemptId, expectedTries, answer } = parsed.data;
  const r = await answerQuizQuestion(
    user,
    attemptId,
    {
      questionId: answer.questionId,
      response: answer.response,
      ...(answer.certainty ? { certainty: answer.certainty } : {}),
    },
    expectedTries,
  );
  if (!r.ok) return { ok: false, error: r.message, fieldErrors: { [`question:${answer.questionId}`]: r.message } };
  revalidatePath(`/quiz/attempts/${attemptId}`);
  return { ok: true, data: r.data };
}

export async function submitAttemptAction(input: unknown): Promise<ActionResult<{ score: number; maxScore: number }>> {
  const parsed = SubmitSchema.safeParse(asInput(input));
  if (!parsed.success)
    return { ok: false, error: "Some answers are not valid.", fieldErrors: fieldErrors(parsed.error.issues, input) };
  const user = await actor();
  if (!user) return { ok: false, error: "Sign in to continue." };
  const answers = parsed.data.answers.map((a) => ({
    questionId: a.questionId,
    response: a.response,
    ...(a.certainty ? { certainty: a.certainty } : {}),
  }));
  const r = await submitQuizAttempt(user, parsed.data.attemptId, answers, new Date());
  if (!r.ok) return { ok: false, error: r.message };
  revalidatePath(`/quiz/attempts/${parsed.data.attemptId}`);
  revalidatePath("/dashboard");
  revalidatePath("/review");
  revalidatePath("/learn");
  return { ok: true, data: r.data };
}

/** Autosave of the answers typed so far (not graded: Check and Submit send the answers themselves). */
export async function saveQuizDraftAction(input: unknown): Promise<DraftSaveResult> {
  const parsed = DraftInput.safeParse(asInput(input));
  if (!parsed.success)
    return { ok: false, error: "invalid", message: "These answers could not be saved: reload the page." };
  const user = await actor();
  if (!user)
    return {
      ok: false,
      error: "not-found",
      message: "You are signed out. Sign in again in another tab: what you typed stays in this browser.",
    };
  return saveQuizDraft(user, parsed.data.attemptId, parsed.data.draft, new Date());
}
