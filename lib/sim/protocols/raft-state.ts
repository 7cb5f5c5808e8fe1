/**
 * Raft's whole mutable state as plain data (numbers, arrays, plain objects,
 * null), so a run can be copied, compared and rewound. Per node, what Raft
 * keeps beside the core's `NodeState` (whose `epoch` is the current term,
 * `log` the log and `role` the role): the vote, the commit index, election
 * timing, and while it leads, its replication and lease bookkeeping.
 */
import { epoch as toEpoch } from "../ids";
import { entryEpochAt, localNow, record, reply } from "../kernel";
import { nextFloat } from "../rng";
import { topologyFor } from "../scenario";
import type { Value } from "../history";
import type { LogEntry, NodeState, PendingOp, Sim } from "../sim-state";
import type { RaftEvent } from "./raft-events";
import { leaseMsOf, type RaftParams } from "./raft-params";

/** A client operation a node waits to answer when the entry at `index` of term `term` commits. */
export interface RaftPendingEntry {
  readonly index: number;
  readonly term: number;
  readonly op: PendingOp;
}

/**
 * A read waiting for a heartbeat round (`round`) a majority acknowledges, then for `readIndex` to be applied. -1: waits
 * for the leader's first commit in its term.
 */
export interface RaftPendingRead {
  readonly op: PendingOp;
  readIndex: number;
  round: number;
}

export interface RaftNode {
  /** Durable: the node it voted for in the current term, or -1. */
  votedFor: number;
  /** Highest entry known committed (kept across a crash, as a snapshot would keep it). */
  commitIndex: number;
  /** Local clock time when the election timer runs out. */
  electionDeadline: number;
  /** Local clock time the node last heard from a leader of its term, or null. */
  heardLeaderAt: number | null;
  electionArmed: boolean;
  heartbeatArmed: boolean;
  /** Granted votes (or pre-votes) while a candidate (pre-candidate). */
  votes: number[];
  /** While leading, per node: next entry to send and highest entry known replicated. */
  nextIndex: number[];
  matchIndex: number[];
  /**
   * While leading, per node: latest heartbeat round acknowledged, its send time (leader clock), and when the ack
   * arrived (leader clock).
   */
  ackedRound: number[];
  ackedSentAt: number[];
  lastAckAt: number[];
  /** Heartbeat rounds sent in this term. */
  round: number;
  /** Leader clock time until which a lease read may answer alone. */
  leaseUntil: number;
  /** Highest index a Figure-8 refusal was logged for (once per index). */
  withheldIndex: number;
  pending: RaftPendingEntry[];
  reads: RaftPendingRead[];
  /**
   * The configuration in force: index of the latest configuration entry in the log (0: none, the initial members) and
   * its members.
   */
  configIndex: number;
  members: number[];
}

export interface RaftState {
  /** The scenario's parameters; `readMode` and `preVote` change when the lab sets them (`raft-settings.ts`). */
  params: RaftParams;
  readonly leaseMs: number;
  /** The voting members when the log holds no configuration entry. */
  readonly initialMembers: readonly number[];
  readonly nodes: RaftNode[];
  /** Position in `params.reconfigure` of the next change to make. */
  nextReconfigure: number;
  elections: number;
  leadersElected: number;
  withheldCommits: number;
  /** Applied (acknowledged-as-committed) entries later overwritten: zero unless the Figure 8 rule is off. */
  appliedOverwritten: number;
}

/** A time before any clock reading: "never" in plain, serialisable data. */
export const NEVER = -1e15;

/** Configuration entries are empty entries under this key; their value lists the members. */
export const CONFIG_KEY = "raft:config";

export function initRaftState(sim: Sim): RaftState {
  const params = topologyFor(sim.scenario, "raft").params;
  const n = sim.n;
  const initialMembers = (params.members ?? sim.nodes.map((x) => x.id))
    .map((id) => sim.nodeIndex.get(id) ?? 0)
    .sort((a, b) => a - b);
  const nodes: RaftNode[] = sim.nodes.map(() => ({
    votedFor: -1,
    commitIndex: 0,
    electionDeadline: 0,
    heardLeaderAt: null,
    electionArmed: false,
    heartbeatArmed: false,
    votes: [],
    nextIndex: new Array<number>(n).fill(1),
    matchIndex: new Array<number>(n).fill(0),
    ackedRound: new Array<number>(n).fill(0),
    ackedSentAt: new Array<number>(n).fill(NEVER),
    lastAckAt: new Array<number>(n).fill(0),
    round: 0,
    leaseUntil: NEVER,
    withheldIndex: 0,
    pending: [],
    reads: [],
    configIndex: 0,
    members: initialMembers.slice(),
  }));
  return {
    params,
    leaseMs: leaseMsOf(params),
    initialMembers,
    nodes,
    nextReconfigure: 0,
    elections: 0,
    leadersElected: 0,
    withheldCommits: 0,
    appliedOverwritten: 0,
  };
}

export const nodeOf = (sim: Sim, i: number): NodeState => sim.nodes[i] as NodeState;
export const raftOf = (st: RaftState, i: number): RaftNode => st.nodes[i] as RaftNode;
export const termOf = (sim: Sim, i: number): number => nodeOf(sim, i).epoch;
export const lastIndexOf = (sim: Sim, i: number): number => nodeOf(sim, i).log.length;
export const termAt = (sim: Sim, i: number, index: number): number => entryEpochAt(nodeOf(sim, i), index);

export function log(sim: Sim, i: number, make: () => RaftEvent): void {
  if (sim.logEnabled) record(sim, i, make());
}

/**
 * A node's configuration: the latest configuration entry in its log, committed or not (thesis §4.1), else the initial
 * members.
 */
export const membersOf = (_sim: Sim, st: RaftState, i: number): readonly number[] => raftOf(st, i).members;

const parseMembers = (v: Value): number[] => (typeof v === "string" && v !== "" ? v.split(",").map(Number) : []);

/** Keeps the node's configuration in step with its log; called for every entry appended and after every truncation. */
export function noteConfig(sim: Sim, st: RaftState, i: number, e: LogEntry | null): void {
  const r = raftOf(st, i);
  if (e !== null) {
    if (e.key === CONFIG_KEY) {
      r.configIndex = e.lsn;
      r.members = parseMembers(e.value);
    }
    return;
  }
  const lg = nodeOf(sim, i).log;
  if (r.configIndex <= lg.length) return;
  let k = lg.length;
  while (k > 0 && lg[k - 1]?.key !== CONFIG_KEY) k--;
  r.configIndex = k;
  r.members = k > 0 ? parseMembers((lg[k - 1] as LogEntry).value) : st.initialMembers.slice();
}

export const majorityOf = (members: readonly number[]): number => Math.floor(members.length / 2) + 1;

/** The `k`-th largest of `xs` (k ≥ 1): the value a majority has reached when k is the majority. */
export function kthLargest(xs: readonly number[], k: number): number {
  const sorted = [...xs].sort((a, b) => b - a);
  return sorted[k - 1] ?? Number.NEGATIVE_INFINITY;
}

/** Draws a fresh election timeout from the seeded generator and sets the deadline on the node's own clock. */
export function resetElectionDeadline(sim: Sim, st: RaftState, i: number): void {
  const p = st.params;
  raftOf(st, i).electionDeadline =
    localNow(sim, i) + p.electionMinMs + nextFloat(sim.rng) * (p.electionMaxMs - p.electionMinMs);
}

/**
 * Has the node heard from a live leader within the minimum election timeout (a leader counts itself)? Thesis §4.2.3.
 */
export function heardLeaderRecently(sim: Sim, st: RaftState, i: number): boolean {
  if (nodeOf(sim, i).role === "leader") return true;
  const at = raftOf(st, i).heardLeaderAt;
  return at !== null && localNow(sim, i) - at < st.params.electionMinMs;
}

/**
 * Voters ignore disruptive vote requests while they hear from a leader when check-quorum or lease reads are on (as etcd
 * ties it to CheckQuorum).
 */
export const stickyLeader = (st: RaftState): boolean => st.params.checkQuorum || st.params.readMode === "lease";

/** Becomes a follower; in a higher term it forgets its vote. Keeps pending writes: they may still commit. */
export function becomeFollower(
  sim: Sim,
  st: RaftState,
  i: number,
  term: number,
  cause: "higher-term" | "check-quorum" | "removed",
): void {
  const s = nodeOf(sim, i);
  const r = raftOf(st, i);
  if (s.role === "leader") log(sim, i, () => ({ source: "raft", type: "leadership-lost", kind: "role", term, cause }));
  if (term > s.epoch) {
    s.epoch = toEpoch(term);
    r.votedFor = -1;
    s.leader = -1;
  }
  s.role = "follower";
  r.votes = [];
  r.leaseUntil = NEVER;
  // Reads a leader had not answered cannot be answered safely any more; refusing them tells the client nothing
  // happened.
  for (const rd of r.reads) reply(sim, i, rd.op, "fail", undefined, "leadership lost before the read was confirmed");
  r.reads = [];
}
