import type { History, Value } from "../history";
import { checkDivergence } from "./divergence";
import { checkLinearizability, DEFAULT_MAX_STEPS } from "./linearizability";
import { checkLostWrites } from "./lost-writes";
import { checkMonotonicReads, checkReadYourWrites } from "./session";
import type { Violation } from "./types";
import type { VersionOf } from "./version-order";

/**
 * Runs every checker that has the input it needs and merges their findings.
 * Pure and deterministic; the only budget is `maxSteps` (linearizability search
 * steps, no clock), after which `linearizable` is "unknown" instead of hanging.
 */

export interface CheckInput {
  readonly history: History;
  /** Writes in the authoritative history after quiescence; enables the lost-writes check. */
  readonly survivingWrites?: ReadonlyArray<{ key: string; value: Value }>;
  /** node → key → value after quiescence; enables the divergence check. */
  readonly replicaStates?: Record<string, Record<string, Value>>;
  /** Version of a written value, when the producer knows it; otherwise the order is derived from the history. */
  readonly versionOf?: VersionOf;
  /** Linearizability search budget (default 2,000,000 steps, about half a second at worst). */
  readonly maxSteps?: number;
}

export interface CheckReport {
  linearizable: boolean | "unknown";
  /** Sorted by `at`, then checker. */
  violations: Violation[];
}

/** Checks a history (and optional converged state) against every guarantee Quorum teaches. */
export function runCheckers(input: CheckInput): CheckReport {
  const { history } = input;
  const session = input.versionOf ? { versionOf: input.versionOf } : {};
  const end = history.reduce((max, op) => Math.max(max, op.completedAt ?? op.invokedAt), 0);
  const linearizability = checkLinearizability(history, { maxSteps: input.maxSteps ?? DEFAULT_MAX_STEPS });
  const violations: Violation[] = [
    ...linearizability.violations,
    ...checkReadYourWrites(history, session),
    ...checkMonotonicReads(history, session),
    ...(input.survivingWrites ? checkLostWrites(history, input.survivingWrites) : []),
    ...(input.replicaStates ? checkDivergence(input.replicaStates, end) : []),
  ];
  violations.sort((a, b) => a.at - b.at || a.checker.localeCompare(b.checker));
  return { linearizable: linearizability.linearizable, violations };
}

export type { CheckerName, Violation } from "./types";
export {
  checkLinearizability,
  minimizeHistory,
  DEFAULT_MAX_STEPS,
  type LinearizabilityOptions,
  type LinearizabilityResult,
  type KeyVerdict,
} from "./linearizability";
export { checkReadYourWrites, checkMonotonicReads, type SessionOptions } from "./session";
export { checkLostWrites, type SurvivingWrite } from "./lost-writes";
export { checkDivergence } from "./divergence";
export { deriveVersionOrder, versionOrderFrom, type VersionOrder, type VersionOf } from "./version-order";
export { parseJepsenLog, type ParseResult } from "./jepsen-log";
export { generateRegisterHistory, type RandomHistoryOptions } from "./random-history";
export type { FailedCasSemantics } from "./register-model";
