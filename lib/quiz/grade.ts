/**
 * Grading: a response against a question's key → credit in [0, 1]. Partial
 * credit (documented in content/README.md, "Graded questions"):
 * - multi: (correct picks − wrong picks) / number of correct options, at least 0;
 * - ordering: Kendall's tau clipped at 0: (pairs in the right relative order − pairs reversed) / all pairs;
 * - everything else is all or nothing.
 */
import type { Question, Response } from "./schema";

/** The key of one asked question: for a scenario question, what the engine derived for the attempt's seed. */
export type AnswerKey =
  | { readonly type: "single"; readonly answer: string }
  | { readonly type: "multi"; readonly answer: readonly string[]; readonly options: readonly string[] }
  | { readonly type: "numeric"; readonly answer: number; readonly tolerance: number }
  | { readonly type: "ordering"; readonly order: readonly string[] }
  | { readonly type: "scenario-choice"; readonly answer: string; readonly options: readonly string[] }
  | { readonly type: "scenario-number"; readonly answer: number; readonly tolerance: number };

export type GradeResult =
  | { readonly ok: true; readonly credit: number; readonly correct: boolean }
  | { readonly ok: false; readonly error: string };

/** The key of a non-scenario question (scenario keys come from derive.ts). */
export function staticKey(q: Exclude<Question, { type: "scenario" }>): AnswerKey {
  switch (q.type) {
    case "single":
      return { type: "single", answer: q.answer };
    case "multi":
      return { type: "multi", answer: q.answer, options: q.options.map((o) => o.id) };
    case "numeric":
      return { type: "numeric", answer: q.answer, tolerance: q.tolerance };
    case "ordering":
      return { type: "ordering", order: q.items.map((i) => i.id) };
    default: {
      const never: never = q;
      return never;
    }
  }
}

const result = (credit: number): GradeResult => ({ ok: true, credit, correct: credit >= 1 });

/** Kendall's tau distance as credit: 1 for the right order, 0 for random or worse. */
export function orderingCredit(expected: readonly string[], given: readonly string[]): number {
  const pos = new Map(given.map((id, i) => [id, i] as const));
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < expected.length; i++)
    for (let j = i + 1; j < expected.length; j++) {
      const a = pos.get(expected[i] ?? "");
      const b = pos.get(expected[j] ?? "");
      if (a === undefined || b === undefined) continue;
      if (a < b) concordant++;
      else discordant++;
    }
  const pairs = (expected.length * (expected.length - 1)) / 2;
  return pairs === 0 ? 1 : Math.max(0, (concordant - discordant) / pairs);
}

/** Grades one response. A response of the wrong shape or naming unknown options is an error, not a zero. */
export function grade(key: AnswerKey, response: Response): GradeResult {
  const mismatch: GradeResult = { ok: false, error: "This answer does not fit the question." };
  switch (key.type) {
    case "single":
      if (response.type !== "single") return mismatch;
      return result(response.choice === key.answer ? 1 : 0);
    case "multi": {
      if (response.type !== "multi") return mismatch;
      const picks = new Set(response.choices);
      if ([...picks].some((id) => !key.options.includes(id))) return { ok: false, error: "Unknown option." };
      const right = [...picks].filter((id) => key.answer.includes(id)).length;
      const wrong = picks.size - right;
      return result(Math.max(0, (right - wrong) / key.answer.length));
    }
    case "numeric":
      if (response.type !== "numeric") return mismatch;
      return result(Math.abs(response.value - key.answer) <= key.tolerance ? 1 : 0);
    case "ordering": {
      if (response.type !== "ordering") return mismatch;
      const given = response.order;
      if (
        given.length !== key.order.length ||
        new Set(given).size !== given.length ||
        given.some((id) => !key.order.includes(id))
      )
        return { ok: false, error: "Order every item exactly once." };
      return result(orderingCredit(key.order, given));
    }
    case "scenario-choice":
      if (response.type !== "scenario-choice") return mismatch;
      if (!key.options.includes(response.choice)) return { ok: false, error: "Unknown option." };
      return result(response.choice === key.answer ? 1 : 0);
    case "scenario-number":
      if (response.type !== "scenario-number") return mismatch;
      return result(Math.abs(response.value - key.answer) <= key.tolerance ? 1 : 0);
    default: {
      const never: never = key;
      return never;
    }
  }
}
