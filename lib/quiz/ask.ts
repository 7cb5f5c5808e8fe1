/**
 * Turns a question + seed into what the browser may see (ClientQuestion: no
 * key, no explanation), the key the server grades with, and the feedback shown
 * once the question is final. The split is the answer-leak boundary.
 */
import { createRng, nextInt } from "@/lib/sim/rng";
import { deriveScenario, type LabRun } from "./derive";
import { staticKey, type AnswerKey } from "./grade";
import type { Question, Response } from "./schema";

export interface ClientOption {
  readonly id: string;
  readonly text: string;
}

export interface ClientQuestion {
  readonly id: string;
  readonly type: Question["type"];
  readonly responseType: Response["type"];
  readonly prompt: string;
  readonly concepts: readonly string[];
  readonly options?: readonly ClientOption[];
  readonly unit?: string;
  readonly scenario?: { readonly setup: string; readonly timeline: readonly string[]; readonly seed: number };
}

export interface Feedback {
  readonly explanation: string;
  /** The correct answer in words. */
  readonly correctAnswer: string;
  readonly witness?: {
    readonly ops: readonly string[];
    readonly findings: readonly string[];
    readonly events: readonly string[];
  };
  readonly lab?: LabRun;
  /** A lesson section to read next (the question's `readMore`). */
  readonly readMore?: string;
}

export type Asked =
  | { readonly ok: true; readonly client: ClientQuestion; readonly key: AnswerKey; readonly feedback: Feedback }
  | { readonly ok: false; readonly reason: string };

/**
 * A numeric answer as a person reads it: rounded to the precision the question
 * grades at (its tolerance; whole numbers, or two decimals at most, when exact),
 * with thousands separators and the unit, never a raw float like 5069.246748689311.
 */
export function numberInWords(value: number, tolerance: number, unit?: string): string {
  const decimals =
    tolerance > 0 ? Math.min(3, Math.max(0, -Math.floor(Math.log10(tolerance)))) : Number.isInteger(value) ? 0 : 2;
  const say = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: decimals });
  return `${say(value)}${unit ? ` ${unit}` : ""}${tolerance > 0 ? ` (± ${say(tolerance)})` : ""}`;
}

/** Deterministic Fisher–Yates with the simulator's PRNG. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const rng = createRng(seed * 31 + 7);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextInt(rng, i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

const textOf = (options: readonly ClientOption[], id: string) => options.find((o) => o.id === id)?.text ?? id;

export function askQuestion(q: Question, seed: number): Asked {
  const asked = askWithoutReadMore(q, seed);
  return asked.ok && q.readMore ? { ...asked, feedback: { ...asked.feedback, readMore: q.readMore } } : asked;
}

function askWithoutReadMore(q: Question, seed: number): Asked {
  const base = { id: q.id, type: q.type, prompt: q.prompt, concepts: q.concepts };
  switch (q.type) {
    case "single":
      return {
        ok: true,
        client: { ...base, responseType: "single", options: q.options },
        key: staticKey(q),
        feedback: { explanation: q.explanation, correctAnswer: textOf(q.options, q.answer) },
      };
    case "multi":
      return {
        ok: true,
        client: { ...base, responseType: "multi", options: q.options },
        key: staticKey(q),
        feedback: { explanation: q.explanation, correctAnswer: q.answer.map((id) => textOf(q.options, id)).join("; ") },
      };
    case "numeric":
      return {
        ok: true,
        client: { ...base, responseType: "numeric", ...(q.unit ? { unit: q.unit } : {}) },
        key: staticKey(q),
        feedback: { explanation: q.explanation, correctAnswer: numberInWords(q.answer, q.tolerance, q.unit) },
      };
    case "ordering": {
      let shown = shuffle(q.items, seed);
      // Never show the items already in the right order.
      if (shown.every((item, i) => item.id === q.items[i]?.id)) shown = [...shown.slice(1), ...shown.slice(0, 1)];
      return {
        ok: true,
        client: { ...base, responseType: "ordering", options: shown },
        key: staticKey(q),
        feedback: { explanation: q.explanation, correctAnswer: q.items.map((i) => i.text).join(" → ") },
      };
    }
    case "scenario": {
      const r = deriveScenario(q, seed);
      if (!r.ok) return r;
      const v = r.variant;
      const scenario = { setup: v.setup, timeline: v.timeline, seed };
      const fb = { explanation: q.explanation, witness: v.witness, lab: v.lab };
      if (v.space.kind === "choice") {
        const options = v.space.options;
        return {
          ok: true,
          client: { ...base, prompt: v.prompt, responseType: "scenario-choice", options, scenario },
          key: { type: "scenario-choice", answer: String(v.answer), options: options.map((o) => o.id) },
          feedback: { ...fb, correctAnswer: textOf(options, String(v.answer)) },
        };
      }
      const unit = v.space.unit;
      return {
        ok: true,
        client: { ...base, prompt: v.prompt, responseType: "scenario-number", scenario, ...(unit ? { unit } : {}) },
        key: { type: "scenario-number", answer: Number(v.answer), tolerance: v.tolerance },
        feedback: { ...fb, correctAnswer: numberInWords(Number(v.answer), v.tolerance, unit) },
      };
    }
    default: {
      const never: never = q;
      return never;
    }
  }
}
