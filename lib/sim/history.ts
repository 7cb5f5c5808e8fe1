/**
 * Client-operation histories, recorded Jepsen-style.
 *
 * This is the one contract between the things that produce histories (the
 * simulator, the Jepsen log parser, hand-built test cases) and the things that
 * judge them (the checkers in `lib/sim/checkers/`). Pure data: JSON-serialisable.
 *
 * Each operation is recorded once it has completed (or is known to be
 * indeterminate). `invokedAt` and `completedAt` are virtual milliseconds for
 * simulated runs and event indices for parsed Jepsen logs; only their order
 * matters to the checkers.
 */

/**
 * `ok`: took effect; `fail`: certainly did not; `info`: indeterminate (timed out) and may take effect at any time after
 * its invocation.
 */
export type OpOutcome = "ok" | "fail" | "info";

export type Value = number | string | null;

export type OpInput =
  | { readonly f: "read" }
  | { readonly f: "write"; readonly value: Value }
  | { readonly f: "cas"; readonly from: Value; readonly to: Value };

export interface Operation {
  /** Unique within a history; the position it was invoked in. */
  readonly id: number;
  /** The client (Jepsen "process") that issued it. A client has at most one operation in flight. */
  readonly client: string;
  /** The node the client sent the operation to, when known. */
  readonly node?: string;
  readonly key: string;
  readonly input: OpInput;
  readonly outcome: OpOutcome;
  /** For a successful read: the value it returned (null for a missing key). */
  readonly output?: Value;
  readonly invokedAt: number;
  /** For `info` operations: +Infinity is not JSON-safe, so null means "never completed". */
  readonly completedAt: number | null;
  /** Why it failed or is indeterminate, in words (timeout, rejected by fencing, no primary component...). */
  readonly error?: string;
}

export type History = readonly Operation[];
