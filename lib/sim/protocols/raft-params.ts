/**
 * Scenario parameters of the Raft protocol (`topology.params` when
 * `topology.protocol` is "raft"). Defaults follow the Raft paper's example
 * timings (election timeouts drawn from 150–300 ms, heartbeats well below).
 */
import { z } from "zod";
import { RaftReadModeSchema } from "../actions";

// The read modes are action data too (`set-read-mode`), so their one home is actions.ts.
export { RaftReadModeSchema, type RaftReadMode } from "../actions";

const ReconfigureSchema = z.object({
  at: z.number().nonnegative(),
  op: z.enum(["add", "remove"]),
  node: z.string(),
});

export const RaftParamsSchema = z.object({
  /** Each follower draws its election timeout from [min, max) on its own clock, from the run's seeded generator. */
  electionMinMs: z.number().positive().max(60_000).default(150),
  electionMaxMs: z.number().positive().max(60_000).default(300),
  heartbeatMs: z.number().positive().max(10_000).default(50),
  /**
   * log: a read is a log entry; read-index: the leader confirms its leadership with a round of heartbeats; lease: it
   * answers alone while its lease holds; follower: any node answers from what it has applied (stale).
   */
  readMode: RaftReadModeSchema.default("log"),
  /**
   * How long a leader trusts a heartbeat round a majority acknowledged, measured on its own clock from when it sent
   * the round. Safe while it is below the election timeout divided by the clock-drift bound; omitted: 90% of
   * `electionMinMs`, a 10% margin for drift.
   */
  leaseMs: z.number().positive().max(60_000).optional(),
  /** Pre-vote (Ongaro's thesis §9.6): a node runs for a term only after a majority says it would vote for it. */
  preVote: z.boolean().default(false),
  /** Check-quorum (thesis §6.2): a leader that has not heard from a majority for an election timeout steps down. */
  checkQuorum: z.boolean().default(false),
  /**
   * Raft §5.4.2, Figure 8: a leader counts replicas only for entries of its own term. Off only to show what it
   * prevents.
   */
  currentTermCommitRule: z.boolean().default(true),
  /**
   * Raft §8: a new leader appends an empty entry of its term at once, so older entries commit without waiting for a
   * client write.
   */
  noOpOnElection: z.boolean().default(true),
  /** The voting members at the start (default: every node); the others wait as spares until added. */
  members: z.array(z.string()).min(1).optional(),
  /** Single-server membership changes, applied by whichever node leads at that time (retried until one does). */
  reconfigure: z.array(ReconfigureSchema).max(32).default([]),
});
export type RaftParams = z.output<typeof RaftParamsSchema>;

/** Cross-field checks, paths relative to `topology.params`. */
export function raftParamIssues(
  p: RaftParams,
  nodes: readonly string[],
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const ids = new Set(nodes);
  if (p.electionMaxMs <= p.electionMinMs)
    issues.push({
      path: ["electionMaxMs"],
      message: "the election timeout range needs max above min, so timeouts differ between nodes",
    });
  if (p.heartbeatMs >= p.electionMinMs)
    issues.push({
      path: ["heartbeatMs"],
      message: "heartbeats must come more often than the shortest election timeout",
    });
  p.members?.forEach((m, i) => {
    if (!ids.has(m)) issues.push({ path: ["members", i], message: `unknown node "${m}"` });
  });
  p.reconfigure.forEach((r, i) => {
    if (!ids.has(r.node)) issues.push({ path: ["reconfigure", i, "node"], message: `unknown node "${r.node}"` });
  });
  return issues;
}

/** The lease a leader takes from one acknowledged heartbeat round, on its own clock. */
export const leaseMsOf = (p: RaftParams): number => p.leaseMs ?? p.electionMinMs * 0.9;
