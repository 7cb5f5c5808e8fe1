/**
 * The answers a taker has typed into an open quiz attempt but not yet checked
 * or submitted, kept so a reload or another device loses nothing. Only the
 * attempt's own taker reads or writes them (the rule of "quiz-attempt.answer"),
 * only while it is open, and grading never reads them: Check and Submit carry
 * the real answers.
 */
import { may, type Actor } from "../auth/access";
import { AttemptDraftSchema, trimDraft, type AttemptDraft } from "../quiz/draft";
import { db } from "./client";

export type DraftSaveResult =
  { ok: true; savedAt: string } | { ok: false; error: "not-found" | "closed" | "invalid"; message: string };

const questionIds = (items: string): Set<string> =>
  new Set((JSON.parse(items) as { questionId: string }[]).map((i) => i.questionId));

/** The attempt's row when the table lets the actor answer it (its own taker), else null. */
async function answerable(actor: Actor, attemptId: string) {
  if (!may(actor, "quiz-attempt.answer")) return null;
  const row = await db().quizAttempt.findUnique({
    where: { id: attemptId },
    select: { userId: true, status: true, items: true, draft: true },
  });
  return row && may(actor, "quiz-attempt.answer", { owner: row.userId }) ? row : null;
}

/** The saved draft of the actor's own open attempt; null for anyone else's, a submitted attempt or no draft. */
export async function getQuizDraft(actor: Actor, attemptId: string): Promise<AttemptDraft | null> {
  const row = await answerable(actor, attemptId);
  if (!row?.draft || row.status !== "open") return null;
  const parsed = AttemptDraftSchema.safeParse(JSON.parse(row.draft));
  return parsed.success ? trimDraft(parsed.data, questionIds(row.items)) : null;
}

/**
 * Replaces the draft of the actor's own open attempt. Validated here too: answers to questions the attempt does not ask
 * are dropped.
 */
export async function saveQuizDraft(
  actor: Actor,
  attemptId: string,
  input: unknown,
  now: Date,
): Promise<DraftSaveResult> {
  const parsed = AttemptDraftSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: "invalid", message: "These answers could not be saved: reload the page." };
  const row = await answerable(actor, attemptId);
  if (!row) return { ok: false, error: "not-found", message: "No such attempt." };
  const draft = JSON.stringify(trimDraft(parsed.data, questionIds(row.items)));
  // Conditional on still being open, so a save that arrives after Submit changes nothing.
  const updated = await db().quizAttempt.updateMany({
    where: { id: attemptId, userId: row.userId, status: "open" },
    data: { draft, draftSavedAt: now },
  });
  if (updated.count === 0) return { ok: false, error: "closed", message: "This attempt is already submitted." };
  return { ok: true, savedAt: now.toISOString() };
}
