import type { History, Operation } from "../history";
import { explainCore, minimizeKeyOps, staleReadCore, type MinimizeOptions } from "./linearizability-explain";
import { searchLinearization } from "./linearizability-search";
import { partitionByKey, prepareJoint, prepareKey, type FailedCasSemantics } from "./register-model";
import type { Violation } from "./types";

/**
 * Linearizability of a history of registers (read / write / cas per key).
 *
 * Keys are checked independently (a history is linearizable iff every key's
 * sub-history is), each with the just-in-time search in
 * `linearizability-search.ts`. There is no clock in here: the budget is a
 * number of search steps, shared by all keys, so the same input always gets
 * the same answer on every machine.
 */

export interface LinearizabilityOptions {
  /**
   * Total search steps over all keys before giving up with "unknown". Default 2,000,000 (about half a second at worst).
   */
  readonly maxSteps?: number;
  /** Shrink each violation to a small core and explain it in words (default true). */
  readonly explain?: boolean;
  /** Effort for the shrinking behind each explanation. */
  readonly minimize?: MinimizeOptions;
  /** Check all keys as one register tuple instead of per key: slow; for tests of P-compositionality. */
  readonly joint?: boolean;
  /** Default "did-not-happen" (the history contract); see FailedCasSemantics. */
  readonly failedCas?: FailedCasSemantics;
}

export interface KeyVerdict {
  readonly key: string;
  readonly linearizable: boolean | "unknown";
  readonly steps: number;
  /** Ops of this key the search considered (fail ops and reads without results are dropped). */
  readonly checkedOps: number;
}

export interface LinearizabilityResult {
  /** false if any key is not linearizable; "unknown" if none failed but one ran out of budget. */
  readonly linearizable: boolean | "unknown";
  readonly keys: readonly KeyVerdict[];
  /** At most one per non-linearizable key. */
  readonly violations: readonly Violation[];
  readonly steps: number;
}

export const DEFAULT_MAX_STEPS = 2_000_000;

/** True unless the search finds a violation (so "unknown" counts as linearizable here). */
function isLinearizableKey(key: string, ops: readonly Operation[]): boolean {
  const p = prepareKey(key, ops);
  return searchLinearization(ops.length, p.call, p.ret, p.model, 100_000).outcome !== "violation";
}

/** Cuts `ops` just after `culprit` completes: ops invoked later cannot matter to the failure found there. */
function cutAfter(ops: readonly Operation[], culprit: Operation): Operation[] {
  const end = culprit.completedAt ?? Infinity;
  return ops.filter((op) => op.invokedAt <= end);
}

function explainKey(
  key: string,
  ops: readonly Operation[],
  culprit: Operation,
  options: LinearizabilityOptions,
): Violation {
  const cut = cutAfter(ops, culprit);
  // Try the common stale-read shape first: tiny, and found without searching the whole prefix.
  const quick = staleReadCore(cut, culprit);
  const start = quick !== undefined && !isLinearizableKey(key, quick) ? quick : cut;
  const core =
    options.explain === false ? [culprit] : minimizeKeyOps(start, { ...options.minimize, keep: [culprit.id] });
  const prepared = prepareKey(key, core);
  const again = searchLinearization(
    core.length,
    prepared.call,
    prepared.ret,
    prepared.model,
    options.minimize?.maxStepsPerCheck ?? 200_000,
  );
  const focus = again.outcome === "violation" ? (core[again.culprit] ?? culprit) : culprit;
  const explanation =
    options.explain === false
      ? `${key}: no linearization reaches the completion of op ${culprit.id}.`
      : explainCore(core, focus);
  return {
    checker: "linearizability",
    key,
    opIds: [focus.id, ...core.filter((op) => op !== focus).map((op) => op.id)],
    at: focus.completedAt ?? focus.invokedAt,
    explanation,
  };
}

/**
 * Decides whether `history` is linearizable with respect to a register per key,
 * and explains each violation with a small set of real ops. Deterministic: the
 * verdict and explanation depend only on the history and the options.
 */
export function checkLinearizability(history: History, options: LinearizabilityOptions = {}): LinearizabilityResult {
  let budget = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const byKey = partitionByKey(history, options.failedCas);
  const groups = options.joint ? new Map([["*", [...byKey.values()].flat().sort((a, b) => a.id - b.id)]]) : byKey;
  const keys: KeyVerdict[] = [];
  const violations: Violation[] = [];
  let steps = 0;
  for (const [key, ops] of groups) {
    const prepared = options.joint ? prepareJoint(ops) : prepareKey(key, ops);
    const result = searchLinearization(ops.length, prepared.call, prepared.ret, prepared.model, budget);
    budget = Math.max(0, budget - result.steps);
    steps += result.steps;
    const verdict = result.outcome === "linearizable" ? true : result.outcome === "violation" ? false : "unknown";
    keys.push({ key, linearizable: verdict, steps: result.steps, checkedOps: ops.length });
    if (result.outcome === "violation") {
      const culprit = ops[result.culprit];
      if (culprit && !options.joint) violations.push(explainKey(key, ops, culprit, options));
      else if (culprit)
        violations.push({
          checker: "linearizability",
          opIds: [culprit.id],
          at: culprit.completedAt ?? culprit.invokedAt,
          explanation: `no linearization reaches the completion of op ${culprit.id}.`,
        });
    }
  }
  const linearizable = keys.some((k) => k.linearizable === false)
    ? false
    : keys.some((k) => k.linearizable === "unknown")
      ? "unknown"
      : true;
  return { linearizable, keys, violations, steps };
}

/**
 * Shrinks a non-linearizable history (bounded effort) to a smaller sub-history
 * that is still not linearizable — for hand-built or simulated examples a
 * lesson wants to show. Works on the first non-linearizable key; returns the
 * checkable ops of a linearizable history unchanged.
 */
export function minimizeHistory(
  history: History,
  options: MinimizeOptions & { readonly maxSteps?: number } = {},
): Operation[] {
  const groups = partitionByKey(history);
  for (const [key, ops] of groups) {
    const prepared = prepareKey(key, ops);
    const result = searchLinearization(
      ops.length,
      prepared.call,
      prepared.ret,
      prepared.model,
      options.maxSteps ?? DEFAULT_MAX_STEPS,
    );
    const culprit = ops[result.culprit];
    if (result.outcome === "violation" && culprit) return minimizeKeyOps(cutAfter(ops, culprit), options);
  }
  return [...history];
}
