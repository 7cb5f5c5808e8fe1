import type { ClientQuestion } from "@/lib/quiz/ask";
import type { Response } from "@/lib/quiz/schema";

/** What the form holds for one question before it becomes a Response. */
export type Draft = { choice?: string; choices?: string[]; text?: string; order?: string[] };

/** What a draft needs to know of its question. */
type Asked = Pick<ClientQuestion, "responseType" | "options">;

export function initialDraft(q: Asked): Draft {
  return q.responseType === "ordering" ? { order: (q.options ?? []).map((o) => o.id) } : {};
}

/** The response to send, or null when nothing was answered. Numbers are sent as typed: the server rejects non-numbers. */
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
      return d.text === undefined || d.text.trim() === "" ? null : { type: q.responseType, value: Number(d.text.replace(/[,\s]/g, "")) };
    case "ordering":
      return { type: "ordering", order: d.order ?? [] };
    default: {
      const never: never = q.responseType;
      return never;
    }
  }
}
