import type { Operation, Sim } from "@/lib/sim";
import type { ScenarioPlan } from "../scenario-run";

export type Params = Readonly<Record<string, number>>;

export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
}

/** What the candidate predicts: one of fixed options, or a number. */
export type AnswerSpace =
  | { readonly kind: "choice"; readonly options: readonly ChoiceOption[] }
  | { readonly kind: "number"; readonly unit?: string };

/** The key extracted from a run: an option id or a number, plus the ops that show why. */
export type ProbeResult =
  | {
      readonly ok: true;
      readonly answer: string | number;
      readonly witness: readonly Operation[];
      readonly note?: string;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * A scenario question's generator: parameters → plan (scenario + actions) and a
 * probe that reads the answer from the finished run. The probe refuses
 * (`ok: false`) whenever the run has no single clear answer; content:check
 * fails on that.
 */
export interface Generator {
  readonly name: string;
  /** Parameters with the value used when a question does not declare a range. */
  readonly defaults: Params;
  readonly space: (p: Params) => AnswerSpace;
  readonly plan: (p: Params, seed: number) => ScenarioPlan;
  /** The setup in words (no outcome): the candidate sees it before answering. */
  readonly setup: (p: Params) => string;
  readonly probe: (sim: Sim, p: Params) => ProbeResult;
  /** Keys whose checker violations explain the answer. */
  readonly focusKeys: readonly string[];
}
