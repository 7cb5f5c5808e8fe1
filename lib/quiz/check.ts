/**
 * content:check for graded questions: static keys must name exactly one
 * reading, and every scenario question's answer is recomputed by the engine
 * for every seed in its finite range (1..variants, at most MAX_VARIANTS); in
 * `npm run content:check` each seed must also keep its key when the inputs the
 * candidate never sees are varied (`checkAnswerability`).
 */
import { HIDDEN_VARIATIONS, unanswerableReason } from "./answerability";
import { deriveScenario, scenarioKey } from "./derive";
import { generators } from "./generators";
import type { Question } from "./schema";
import { drawParams, variantSeeds } from "./variant";

export type QuestionReport = (path: readonly PropertyKey[], message: string) => void;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function checkStatic(q: Exclude<Question, { type: "scenario" }>, at: QuestionReport): void {
  switch (q.type) {
    case "single":
    case "multi": {
      const ids = q.options.map((o) => o.id);
      for (const d of duplicates(ids)) at(["options"], `question "${q.id}": two options have the id "${d}"`);
      for (const d of duplicates(q.options.map((o) => o.text.trim().toLowerCase())))
        at(["options"], `question "${q.id}": two options read "${d}", so the answer is ambiguous`);
      const keys = q.type === "single" ? [q.answer] : q.answer;
      for (const k of keys) if (!ids.includes(k)) at(["answer"], `question "${q.id}": answer "${k}" is not an option`);
      if (q.type === "multi")
        for (const d of duplicates(q.answer)) at(["answer"], `question "${q.id}": answer lists "${d}" twice`);
      return;
    }
    case "ordering":
      for (const d of duplicates(q.items.map((i) => i.id)))
        at(["items"], `question "${q.id}": two items have the id "${d}"`);
      for (const d of duplicates(q.items.map((i) => i.text.trim().toLowerCase())))
        at(["items"], `question "${q.id}": two items read "${d}", so the order is ambiguous`);
      return;
    case "numeric":
      return;
    default: {
      const never: never = q;
      return never;
    }
  }
}

/** Checks one question; `at(path, message)` reports relative to the question. */
export function checkQuestion(q: Question, at: QuestionReport): void {
  if (q.type !== "scenario") {
    checkStatic(q, at);
    return;
  }
  const gen = generators[q.generator];
  if (!gen) {
    at(
      ["generator"],
      `question "${q.id}": unknown generator "${q.generator}" (known: ${Object.keys(generators).join(", ")})`,
    );
    return;
  }
  for (const name of Object.keys(q.params))
    if (!(name in gen.defaults))
      at(["params", name], `question "${q.id}": generator "${q.generator}" has no parameter "${name}"`);
  const key = JSON.stringify(q);
  const failing = verdicts.get(key) ?? recompute(q);
  verdicts.set(key, failing);
  if (failing.length > 0)
    at(
      ["generator"],
      `question "${q.id}" has no unique correct answer for ${failing.length} of ${q.variants} seeds (${failing.slice(0, 3).join("; ")}${failing.length > 3 ? "; …" : ""})`,
    );
}

/**
 * Verdicts by question text: the engine is deterministic, so a question that
 * has not changed needs no second run (content:check's tests call the check many times).
 */
const verdicts = new Map<string, readonly string[]>();
/**
 * The keys those runs gave, by question text and seed: the answerability check starts from them instead of running each
 * seed again.
 */
const derivedKeys = new Map<string, Map<number, string | number>>();

function recompute(q: Extract<Question, { type: "scenario" }>): string[] {
  const failing: string[] = [];
  const keys = new Map<number, string | number>();
  derivedKeys.set(JSON.stringify(q), keys);
  for (const seed of variantSeeds(q)) {
    const r = deriveScenario(q, seed);
    if (!r.ok) failing.push(`seed ${seed}: ${r.reason}`);
    else keys.set(seed, r.variant.answer);
    if (r.ok && r.variant.space.kind === "choice") {
      for (const d of duplicates(r.variant.space.options.map((o) => o.text.trim().toLowerCase())))
        failing.push(`seed ${seed}: two options read "${d}"`);
    }
  }
  return failing;
}

const describeParams = (params: Readonly<Record<string, number>>): string =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${value}`)
    .join(", ");

/**
 * content:check's answerability rule: for every seed, re-running the variant
 * with the hidden inputs varied (lib/quiz/answerability.ts) must not move its
 * key. Reports one message per seed that moves, at the question's parameter
 * ranges (the thing to change). Seeds without a key are left to `checkQuestion`.
 */
export function checkAnswerability(q: Question, at: QuestionReport, variations = HIDDEN_VARIATIONS): void {
  if (q.type !== "scenario" || !generators[q.generator]) return;
  const where = Object.keys(q.params).length > 0 ? ["params"] : ["generator"];
  const derived = derivedKeys.get(JSON.stringify(q));
  for (const seed of variantSeeds(q)) {
    const cached = derived?.get(seed);
    const key = cached === undefined ? scenarioKey(q, seed) : { ok: true as const, answer: cached };
    if (!key.ok) continue;
    const reason = unanswerableReason(q, seed, key.answer, variations);
    if (reason !== null)
      at(
        where,
        `question "${q.id}" seed ${seed} (${describeParams(drawParams(q, seed)) || "no parameters"}) is not answerable from what the candidate sees: ${reason}`,
      );
  }
}
