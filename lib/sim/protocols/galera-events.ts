/** What the Galera model records, and the sentence for each. `node` is the node the event happened on. */
import type { EventOf } from "../log-event";

/** One side of a partition as a view sees it. */
export interface ViewGroup {
  readonly members: readonly string[];
  readonly primary: boolean;
}

export type GaleraEvent =
  | EventOf<
      "galera",
      "certification-failed",
      "repl",
      { writeSet: number; keys: readonly string[]; seqno: number; snapshot: number }
    >
  | EventOf<"galera", "retry-autocommit", "repl", { retry: number; retries: number }>
  | EventOf<"galera", "caught-up", "repl", { seqno: number }>
  | EventOf<"galera", "flow-control-pause", "mode", { queue: number; fcLimit: number }>
  | EventOf<"galera", "flow-control-resume", "mode">
  | EventOf<"galera", "primary-changed", "role", { primary: boolean; view: number }>
  | EventOf<"galera", "view", "role", { view: number; groups: readonly ViewGroup[]; hasPrimary: boolean }>;

export function galeraEventText(e: GaleraEvent, node: string): string {
  switch (e.type) {
    case "certification-failed":
      return `certification failed for write-set ${e.writeSet} (${e.keys.join(",")}) at seqno ${e.seqno}: snapshot ${e.snapshot} is older than a committed write`;
    case "retry-autocommit":
      return `wsrep_retry_autocommit: ${node} re-runs the autocommit write (retry ${e.retry} of ${e.retries})`;
    case "caught-up":
      return `${node} caught up to seqno ${e.seqno} by incremental state transfer`;
    case "flow-control-pause":
      return `${node} apply queue ${e.queue} > fc_limit ${e.fcLimit}: flow control pauses the cluster`;
    case "flow-control-resume":
      return `${node} drained its apply queue: flow control resumes`;
    case "primary-changed":
      return `${node} ${e.primary ? "joins the primary component" : "is non-primary: refuses reads and writes"} (view ${e.view})`;
    case "view":
      return `view ${e.view}: ${e.groups.map((grp) => `[${grp.members.join(",")}]${grp.primary ? " primary" : ""}`).join(" ")}${e.hasPrimary ? "" : " — no primary component"}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}
