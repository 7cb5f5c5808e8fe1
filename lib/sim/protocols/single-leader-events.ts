/**
 * What the single-leader protocol (with its failure detector) records, and the sentence for each.
 * `node` in the sentences is the node the event happened on.
 */
import type { ReplicationMode } from "../actions";
import type { Value } from "../history";
import type { EventOf } from "../log-event";
import { formatPosition, type LogPosition } from "./single-leader-log-position";

type Ev<
  T extends string,
  K extends "role" | "reject" | "lease" | "repl" | "mode" | "detector",
  F extends object = object,
> = EventOf<"single-leader", T, K, F>;

/** A write named in an event: its key and value. */
export interface WriteRef {
  readonly key: string;
  readonly value: Value;
}

export type SingleLeaderEvent =
  | Ev<"becomes-leader", "role", { epoch: number; why: string }>
  | Ev<"steps-down", "role", { why: string }>
  | Ev<"stands-down", "role", { epoch: number; deferTo: string; theirs: LogPosition; own: LogPosition }>
  | Ev<"asks-promises", "role", { epoch: number; why: string; majority: number; n: number; own: LogPosition }>
  | Ev<"restarts-as-leader", "role", { epoch: number }>
  | Ev<"fenced", "reject", { epoch: number; from: string; current: number }>
  | Ev<"refuses-promise", "reject", { epoch: number; to: string; theirs: LogPosition; own: LogPosition }>
  | Ev<"lease-expired", "lease", { epoch: number }>
  | Ev<"opens-epoch", "repl", { epoch: number; lsn: number }>
  /** A leader leaves (`what`: "steps down", "crashes", ...) with acknowledged writes only a minority stores. */
  | Ev<
      "unreplicated-tail",
      "repl",
      {
        what: string;
        fromLsn: number;
        toLsn: number;
        writes: readonly WriteRef[];
        mode: ReplicationMode;
        holders: readonly string[];
        majority: number;
        n: number;
      }
    >
  | Ev<"discards-suffix", "repl", { fromLsn: number; toLsn: number; writes: readonly WriteRef[]; why: string }>
  | Ev<"semi-sync-timeout", "mode", { timeoutMs: number; lsn: number }>
  | Ev<"semi-sync-back", "mode", { replica: string }>
  | Ev<"fencing-set", "mode", { enabled: boolean }>
  | Ev<"mode-set", "mode", { mode: ReplicationMode }>
  | Ev<"detector-suspects", "detector", { location: string; leader: string; reachable: boolean }>
  | Ev<"detector-no-candidate", "detector">
  | Ev<"detector-promotes", "detector", { leader: string; reachable: boolean; timeoutMs: number; promote: string }>;

/** How many writes of a tail the sentence lists before "…". */
const TAIL_SHOWN = 40;
const SUFFIX_SHOWN = 5;

const writesText = (writes: readonly WriteRef[], max: number): string =>
  writes
    .slice(0, max)
    .map((x) => `${x.key}=${String(x.value)}`)
    .join(", ") + (writes.length > max ? ", …" : "");

export function singleLeaderEventText(e: SingleLeaderEvent, node: string): string {
  switch (e.type) {
    case "becomes-leader":
      return `${node} becomes leader, epoch ${e.epoch} (${e.why})`;
    case "steps-down":
      return `${node} steps down to replica: ${e.why}`;
    case "stands-down":
      return `${node} stands down from epoch ${e.epoch} and defers to ${e.deferTo}, whose log is more up to date (${formatPosition(e.theirs)} against ${formatPosition(e.own)})`;
    case "asks-promises":
      return `${node} asks for promises for epoch ${e.epoch} (${e.why}); needs ${e.majority} of ${e.n}, log at ${formatPosition(e.own)}`;
    case "restarts-as-leader":
      return `${node} restarts as leader of epoch ${e.epoch}`;
    case "fenced":
      return `rejects epoch ${e.epoch} from ${e.from}: fenced (current epoch ${e.current})`;
    case "refuses-promise":
      return `${node} refuses to promise epoch ${e.epoch} to ${e.to}: its log ends at ${formatPosition(e.theirs)}, behind this node's ${formatPosition(e.own)}`;
    case "lease-expired":
      return `${node} refuses write: lease expired, cannot prove epoch ${e.epoch} is current`;
    case "opens-epoch":
      return `${node} opens epoch ${e.epoch} with an empty entry at LSN ${e.lsn}`;
    case "unreplicated-tail":
      return `${node} ${e.what} with an acknowledged tail never confirmed on a majority: LSN ${e.fromLsn}..${e.toLsn} (${e.writes.length} writes: ${writesText(e.writes, TAIL_SHOWN)}), acknowledged under ${e.mode} replication without waiting for a majority; as far as ${node} knows only ${e.holders.join(", ")} store them (a majority is ${e.majority} of ${e.n}). A new leader that lacks them will discard them.`;
    case "discards-suffix":
      return `${node} discards divergent suffix LSN ${e.fromLsn}..${e.toLsn} (${e.writes.length} writes${e.writes.length > 0 ? ": " : ""}${writesText(e.writes, SUFFIX_SHOWN)}) ${e.why}`;
    case "semi-sync-timeout":
      return `semi-sync timed out after ${e.timeoutMs} ms waiting for LSN ${e.lsn}: falling back to async`;
    case "semi-sync-back":
      return `${e.replica} caught up: semi-sync back on`;
    case "fencing-set":
      return `fencing ${e.enabled ? "on" : "off"}`;
    case "mode-set":
      return `replication mode set to ${e.mode}`;
    case "detector-suspects":
      return `detector at ${e.location}: ${e.reachable ? `${e.leader} is no longer leading or running` : `leader ${e.leader} unreachable`}`;
    case "detector-no-candidate":
      return "detector: no reachable replica to promote";
    case "detector-promotes":
      return `detector: ${e.reachable ? "no leader" : `${e.leader} unreachable`} for ${e.timeoutMs} ms, promoting ${e.promote}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}
