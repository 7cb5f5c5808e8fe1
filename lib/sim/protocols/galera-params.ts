/**
 * Scenario parameters of the Galera-style certification protocol
 * (`topology.params` when `topology.protocol` is "galera"). Names follow the
 * wsrep provider options they model.
 */
import { z } from "zod";

export const GaleraParamsSchema = z.object({
  /**
   * pc.weight per node (default 1). A component is primary when it holds more than half the last primary component's
   * weight.
   */
  weights: z.record(z.string(), z.number().int().min(0).max(255)).default({}),
  /** A garbd-like arbitrator: a member that votes and relays but stores no data and serves no clients. */
  arbitrator: z.string().optional(),
  /** Time one node needs to apply one write-set, in ms (a slow disk or CPU). */
  applyMs: z.record(z.string(), z.number().nonnegative()).default({}),
  defaultApplyMs: z.number().nonnegative().default(0.2),
  /** gcs.fc_limit: a node whose apply queue grows past this asks the whole cluster to pause replication. */
  fcLimit: z.number().int().min(1).default(16),
  /** gcs.fc_factor: it lets replication resume once its queue is down to fcLimit × fcFactor. */
  fcFactor: z.number().min(0).max(1).default(0.5),
  /** evs.suspect_timeout: how long a member must be unreachable before a new view excludes it. */
  suspectTimeoutMs: z.number().positive().default(1000),
  /** How often the membership layer re-evaluates connectivity. */
  viewCheckMs: z.number().positive().default(100),
  /**
   * Executing a transaction on the node the client sent it to costs `execFactor` × that node's apply time; the
   * other nodes only apply its write-set. The origin parses, plans, reads the rows it changes and takes their
   * locks; an applier installs row images found by primary key (MariaDB, "About Galera Replication": the
   * write-set carries the changed rows and their keys). The real ratio depends on the workload; 1.5 is our
   * assumption, so writes spread over k nodes gain at most k·f / (f + k − 1): about 1.3× for 3 nodes, never k×.
   */
  execFactor: z.number().min(1).max(20).default(1.5),
  /**
   * wsrep_retry_autocommit (MariaDB default 1): how many times the origin re-runs an autocommit statement that
   * failed certification before the client sees the deadlock error. Explicit multi-statement transactions
   * (`explicitTransactions`, or per session in `sessions`) are never retried: their error always reaches the client.
   */
  retryAutocommit: z.number().int().min(0).max(10).default(1),
  /** Every session's default: its writes are explicit BEGIN … COMMIT transactions (false: autocommit statements). */
  explicitTransactions: z.boolean().default(false),
  /**
   * wsrep_sync_wait for reads, every session's default (MariaDB default 0: a read answers from what its node has
   * applied).
   */
  syncWait: z.boolean().default(false),
  /** Per-client session settings, by client id: each field overrides the default of the same name. */
  sessions: z
    .record(
      z.string().min(1).max(64),
      z.object({ syncWait: z.boolean().optional(), explicitTransactions: z.boolean().optional() }),
    )
    .refine((r) => Object.keys(r).length <= 64, "at most 64 sessions")
    .default({}),
});
export type GaleraParams = z.output<typeof GaleraParamsSchema>;

/** Cross-field checks, paths relative to `topology.params`. */
export function galeraParamIssues(
  p: GaleraParams,
  nodes: readonly string[],
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const ids = new Set(nodes);
  for (const k of Object.keys(p.weights))
    if (!ids.has(k)) issues.push({ path: ["weights", k], message: `unknown node "${k}"` });
  for (const k of Object.keys(p.applyMs))
    if (!ids.has(k)) issues.push({ path: ["applyMs", k], message: `unknown node "${k}"` });
  if (p.arbitrator !== undefined) {
    if (!ids.has(p.arbitrator)) issues.push({ path: ["arbitrator"], message: `unknown node "${p.arbitrator}"` });
    else if (nodes.length < 2)
      issues.push({ path: ["arbitrator"], message: "an arbitrator needs at least one data node beside it" });
  }
  if (nodes.every((n) => (p.weights[n] ?? 1) === 0))
    issues.push({ path: ["weights"], message: "at least one node needs a positive weight" });
  return issues;
}
