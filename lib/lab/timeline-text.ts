/** The words on the lab's timeline: client names, short bar labels, anomaly chips. */
import type { Operation } from "@/lib/sim";
import type { AnomalyKind } from "./anomalies";
import { showValue } from "./op-format";

/** "c-A-0" is "client 1 near A", the lab's own "you@B" is "you, at B", a scenario's named client keeps its name. */
export function clientName(id: string): string {
  const workload = /^c-(.+)-(\d+)$/.exec(id);
  if (workload) return `client ${Number(workload[2]) + 1} near ${workload[1]}`;
  const you = /^you@(.+)$/.exec(id);
  if (you) return `you, at ${you[1]}`;
  if (id === "ui") return "you";
  return `client “${id}”`;
}

/** A bar's label: "w x=5", "r x→3", with ⚠ for a stale read, ✕ for a failure and ? for an unknown outcome. */
export function opLabel(op: Operation, stale: boolean): string {
  const what =
    op.input.f === "write"
      ? `w ${op.key}=${showValue(op.input.value)}`
      : op.input.f === "cas"
        ? `cas ${op.key}`
        : op.outcome === "ok"
          ? `r ${op.key}→${showValue(op.output)}`
          : `r ${op.key}`;
  if (stale) return `⚠ ${what}`;
  if (op.outcome === "fail") return `✕ ${what}`;
  if (op.outcome === "info") return `? ${what}`;
  return what;
}

export const ANOMALY_CHIP: Record<AnomalyKind, string> = {
  "stale-read": "stale read",
  "lost-write": "lost write",
  "two-leaders": "2 leaders",
  conflict: "conflict",
  linearizability: "not linearizable",
  "read-your-writes": "read-your-writes",
  "monotonic-reads": "monotonic reads",
};

/** A chip for anomalies close together: its one kind, or how many; and a summary by kind for its tooltip. */
export function anomalyGroupText(group: readonly { readonly kind: AnomalyKind; readonly title: string }[]): {
  chip: string;
  summary: string;
} {
  const first = group[0];
  if (!first) return { chip: "", summary: "" };
  const counts = new Map<string, number>();
  for (const a of group) counts.set(a.title, (counts.get(a.title) ?? 0) + 1);
  const summary = [...counts].map(([title, n]) => (n > 1 ? `${n} × ${title}` : title)).join(", ");
  return group.length === 1
    ? { chip: ANOMALY_CHIP[first.kind], summary }
    : { chip: `${group.length} anomalies`, summary };
}
