/** What the multi-master model records, and the sentence for each. */
import type { EventOf } from "../log-event";
import type { ConflictRecord } from "./multi-master-resolve";

export type MultiMasterEvent = EventOf<
  "multi-master",
  "conflict",
  "repl",
  { key: string; conflict: ConflictRecord["kind"]; resolution: string }
>;

export function multiMasterEventText(e: MultiMasterEvent): string {
  switch (e.type) {
    case "conflict":
      return `conflict on ${e.key} (${e.conflict}): ${e.resolution}`;
    default: {
      const never: never = e.type;
      return never;
    }
  }
}
