/**
 * The report shape every checker returns. The simulator and the lab UI code
 * against exactly this, so keep it stable and JSON-serialisable.
 */

export type CheckerName = "linearizability" | "read-your-writes" | "monotonic-reads" | "lost-writes" | "divergence";

export interface Violation {
  readonly checker: CheckerName;
  readonly key?: string;
  /** Real ids from the history; the op the explanation is about comes first. */
  readonly opIds: number[];
  /** History time at which the anomaly became certain (usually a completion time). */
  readonly at: number;
  /** One or two sentences a lesson can show as-is. */
  readonly explanation: string;
}
