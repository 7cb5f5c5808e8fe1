/**
 * Every protocol's events, joined. A new protocol adds its event union to
 * `ProtocolEvent` and one case to `protocolEventText`; the compiler points at both.
 */
import { chainEventText, type ChainEvent } from "./chain-events";
import { galeraEventText, type GaleraEvent } from "./galera-events";
import { leaderlessEventText, type LeaderlessEvent } from "./leaderless-events";
import { multiMasterEventText, type MultiMasterEvent } from "./multi-master-events";
import { raftEventText, type RaftEvent } from "./raft-events";
import { singleLeaderEventText, type SingleLeaderEvent } from "./single-leader-events";

export type ProtocolEvent =
  SingleLeaderEvent | ChainEvent | GaleraEvent | LeaderlessEvent | MultiMasterEvent | RaftEvent;

/** The sentence for a protocol event that happened on `node`. */
export function protocolEventText(e: ProtocolEvent, node: string): string {
  switch (e.source) {
    case "single-leader":
      return singleLeaderEventText(e, node);
    case "chain":
      return chainEventText(e, node);
    case "galera":
      return galeraEventText(e, node);
    case "leaderless":
      return leaderlessEventText(e, node);
    case "multi-master":
      return multiMasterEventText(e);
    case "raft":
      return raftEventText(e, node);
    default: {
      const never: never = e;
      return never;
    }
  }
}
