/** What Raft records, and the sentence for each. `node` is the node the event happened on. */
import type { EventOf } from "../log-event";
import type { RaftReadMode } from "./raft-params";

export type RaftEvent =
  | EventOf<"raft", "election-timeout", "role", { term: number; preVote: boolean }>
  | EventOf<"raft", "pre-vote-won", "role", { term: number; voters: readonly string[] }>
  | EventOf<"raft", "leader-elected", "role", { term: number; voters: readonly string[] }>
  | EventOf<"raft", "leadership-lost", "role", { term: number; cause: "higher-term" | "check-quorum" | "removed" }>
  | EventOf<"raft", "vote-ignored", "reject", { candidate: string; term: number }>
  | EventOf<"raft", "commits", "repl", { index: number; term: number }>
  | EventOf<"raft", "commit-withheld", "repl", { index: number; entryTerm: number; term: number }>
  | EventOf<
      "raft",
      "log-repaired",
      "repl",
      { fromIndex: number; removed: number; terms: readonly number[]; appliedRemoved: number; leader: string }
    >
  /** `drift`: the serving node's clock drift when it answered (what a stale lease read is explained by). */
  | EventOf<
      "raft",
      "read-served",
      "op",
      { mode: RaftReadMode; index: number; leaseLeftMs: number | null; opId: number; drift: number }
    >
  | EventOf<"raft", "read-mode-set", "mode", { mode: RaftReadMode }>
  | EventOf<"raft", "pre-vote-set", "mode", { enabled: boolean }>
  | EventOf<"raft", "clock-drift-set", "fault", { drift: number }>
  | EventOf<"raft", "config-appended", "role", { members: readonly string[]; change: "add" | "remove"; node: string }>;

const READ_MODE: Record<RaftReadMode, string> = {
  log: "through the log",
  "read-index": "after a ReadIndex heartbeat round",
  lease: "under its lease",
  follower: "from its own applied state (follower read)",
};

const READ_MODE_SET: Record<RaftReadMode, string> = {
  log: "through the log",
  "read-index": "with ReadIndex",
  lease: "under the leader's lease",
  follower: "by whichever node the client asks (follower reads)",
};

/** "30% slow", "5% fast", "at the right rate". */
export function describeDrift(drift: number): string {
  const pct = Math.round(Math.abs(drift) * 1000) / 10;
  if (pct === 0) return "at the right rate";
  return `${pct}% ${drift < 0 ? "slow" : "fast"}`;
}

export function raftEventText(e: RaftEvent, node: string): string {
  switch (e.type) {
    case "election-timeout":
      return e.preVote
        ? `${node}'s election timer runs out: asks for pre-votes for term ${e.term}`
        : `${node}'s election timer runs out: starts an election for term ${e.term}`;
    case "pre-vote-won":
      return `${node} would win term ${e.term} (pre-votes from ${e.voters.join(", ")}): starts the real election`;
    case "leader-elected":
      return `${node} becomes leader for term ${e.term} with votes from ${e.voters.join(", ")}`;
    case "leadership-lost":
      return e.cause === "check-quorum"
        ? `${node} steps down in term ${e.term}: no majority answered within an election timeout (check-quorum)`
        : e.cause === "removed"
          ? `${node} steps down: it is no longer a member`
          : `${node} steps down: it saw term ${e.term}`;
    case "vote-ignored":
      return `${node} ignores ${e.candidate}'s request for term ${e.term}: it heard from a leader within the minimum election timeout`;
    case "commits":
      return `${node} commits up to entry ${e.index} (term ${e.term})`;
    case "commit-withheld":
      return `${node} holds entry ${e.index} of term ${e.entryTerm} on a majority but does not commit it: it is not of the current term ${e.term} (Figure 8)`;
    case "log-repaired":
      return `${node} discards entries ${e.fromIndex}..${e.fromIndex + e.removed - 1} (terms ${e.terms.join(",")}) that conflict with leader ${e.leader}${e.appliedRemoved > 0 ? `, ${e.appliedRemoved} of them already applied: a committed write is lost` : ""}`;
    case "read-served":
      return `${node} answers a read ${READ_MODE[e.mode]} at entry ${e.index}${e.leaseLeftMs !== null ? ` (${e.leaseLeftMs.toFixed(0)} ms of lease left on its clock)` : ""}`;
    case "read-mode-set":
      return `reads are answered ${READ_MODE_SET[e.mode]} from now on`;
    case "pre-vote-set":
      return `pre-vote is ${e.enabled ? "on" : "off"} from now on`;
    case "clock-drift-set":
      return `${node}'s clock now runs ${describeDrift(e.drift)}`;
    case "config-appended":
      return `${node} appends configuration [${e.members.join(",")}] (${e.change} ${e.node})`;
    default: {
      const never: never = e;
      return never;
    }
  }
}
