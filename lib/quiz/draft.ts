import { z } from "zod";
import { TEXT_LIMITS } from "../text-limits";
import type { ClientQuestion } from "./ask";
import { CERTAINTIES, optionId, type Response } from "./schema";

/**
 * What a taker has typed into an open attempt but not yet checked or
 * submitted: saved as they type (server and browser) so a reload loses
 * nothing. A draft is never graded: Check and Submit send the real answers,
 * which the server validates and grades on their own.
 */
export const DraftSchema = z.strictObject({
  choice: optionId.optional(),
  choices: z.array(optionId).max(20).optional(),
  text: z.string().max(TEXT_LIMITS.quizTypedNumber).optional(),
  order: z.array(optionId).max(20).optional(),
});
export type Draft = z.output<typeof DraftSchema>;

/** Every draft of one attempt, keyed by question id; bounded like an attempt's questions. */
export const AttemptDraftSchema = z.strictObject({
  drafts: z.record(z.string().max(100), DraftSchema).refine((r) => Object.keys(r).length <= 100, "Too many answers."),
  certainty: z
    .record(z.string().max(100), z.enum(CERTAINTIES))
    .refine((r) => Object.keys(r).length <= 100, "Too many answers."),
});
export type AttemptDraft = z.output<typeof AttemptDraftSchema>;

/** Keeps only the questions the attempt asks: a draft naming others is trimmed, not trusted. */
export function trimDraft(draft: AttemptDraft, questionIds: ReadonlySet<string>): AttemptDraft {
  const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([id]) => questionIds.has(id)));
  return { drafts: keep(draft.drafts), certainty: keep(draft.certainty) };
}

/** What a draft needs to know of its question. */
type Asked = Pick<ClientQuestion, "responseType" | "options">;

export function initialDraft(q: Asked): Draft {
  return q.responseType === "ordering" ? { order: (q.options ?? []).map((o) => o.id) } : {};
}

/**
 * The response to send, or null when nothing was answered. Numbers are sent as typed: the server rejects non-numbers.
 */
export function toResponse(q: Asked, d: Draft): Response | null {
  switch (q.responseType) {
    case "single":
      return d.choice ? { type: "single", choice: d.choice } : null;
    case "scenario-choice":
      return d.choice ? { type: "scenario-choice", choice: d.choice } : null;
    case "multi":
      return d.choices && d.choices.length > 0 ? { type: "multi", choices: d.choices } : null;
    case "numeric":
    case "scenario-number":
      return d.text === undefined || d.text.trim() === ""
        ? null
        : { type: q.responseType, value: Number(d.text.replace(/[,\s]/g, "")) };
    case "ordering":
      return { type: "ordering", order: d.order ?? [] };
    default: {
      const never: never = q.responseType;
      return never;
    }
  }
}
