"use client";
import { memo } from "react";
import type { Operation } from "@/lib/sim";
import type { Anomaly } from "@/lib/lab/anomalies";
import { opText } from "@/lib/lab/op-format";

interface Props {
  readonly history: readonly Operation[];
  readonly anomalies: readonly Anomaly[];
  readonly now: number;
  readonly end: number;
  readonly selected: string | null;
  readonly onSelect: (a: Anomaly) => void;
}

const W = 1000;
const LANE = 30;
const TOP = 26;
const LEFT = 70;
const RIGHT = 60;

/** Client operations as invoke→complete bars, one lane per client (Jepsen style), with anomalies marked. */
function TimelineImpl({ history, anomalies, now, end, selected, onSelect }: Props) {
  const clients = [...new Set(history.map((o) => o.client))];
  const span = Math.max(end, now, 1);
  // Room on the right for the labels of operations that start at the head.
  const x = (t: number) => LEFT + ((W - LEFT - RIGHT) * t) / span;
  const stale = new Set(anomalies.filter((a) => a.kind === "stale-read").map((a) => a.opIds[0]));
  const flagged = new Set(anomalies.filter((a) => a.kind !== "stale-read").flatMap((a) => a.opIds));
  const h = TOP + Math.max(1, clients.length) * LANE + 8;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} className="h-auto w-full min-w-[56rem] sm:min-w-0" role="img" aria-label={`Timeline of ${history.length} client operations and ${anomalies.length} anomalies; the same operations are listed in the event log.`}>
      {anomalies
        .filter((a) => a.kind === "two-leaders")
        .map((a) => (
          <g key={a.id}>
            <rect x={x(a.at)} y={TOP - 6} width={Math.max(2, x(a.end ?? Math.max(now, a.at)) - x(a.at))} height={h - TOP} className="fill-red-500/10 stroke-red-500/40" strokeDasharray="4 3" opacity={a.at > now ? 0.4 : 1} />
            <text x={x(a.at) + 4} y={TOP + 6} className="fill-red-700 text-[11px] font-semibold dark:fill-red-300">
              ⚠ 2 leaders
            </text>
          </g>
        ))}
      {anomalies.map((a) => (
        <g key={a.id} transform={`translate(${x(a.at)} 12)`} className="cursor-pointer" opacity={a.at > now ? 0.35 : 1} onClick={() => onSelect(a)}>
          <title>{a.at > now ? `${a.title} (later on this branch)` : a.title}</title>
          <path d="M0 -8 L7 5 L-7 5 Z" className={selected === a.id ? "fill-red-600 stroke-red-900" : a.kind === "stale-read" ? "fill-amber-500" : "fill-red-500"} />
        </g>
      ))}
      {clients.map((c, i) => (
        <text key={c} x={4} y={TOP + i * LANE + 18} className="fill-slate-600 text-[12px] dark:fill-slate-300">
          {c.length > 9 ? `${c.slice(0, 8)}…` : c}
        </text>
      ))}
      {history.map((op) => {
        const lane = clients.indexOf(op.client);
        const x1 = x(op.invokedAt);
        const x2 = Math.max(x1 + 3, x(op.completedAt ?? now));
        const isStale = stale.has(op.id);
        const cls = isStale
          ? "fill-amber-400 stroke-amber-700"
          : op.outcome === "ok"
            ? "fill-emerald-500/80 stroke-emerald-700"
            : op.outcome === "fail"
              ? "fill-red-400 stroke-red-700"
              : "fill-slate-300 stroke-slate-500 dark:fill-slate-600";
        const y = TOP + lane * LANE + 6;
        return (
          <g key={op.id} data-op={op.id}>
            <title>{opText(op, isStale)}</title>
            <rect x={x1} y={y} width={x2 - x1} height={16} rx={3} className={cls} strokeWidth={flagged.has(op.id) ? 2.5 : 1} strokeDasharray={op.completedAt === null ? "3 2" : undefined} />
            <text x={x1 + 3} y={y + 12} className="pointer-events-none fill-slate-900 text-[10px] dark:fill-slate-100">
              {(isStale ? "⚠ stale " : op.outcome === "fail" ? "✕ " : "") + (op.input.f === "write" ? `w ${op.key}=${String(op.input.value)}` : `r ${op.key}`)}
            </text>
          </g>
        );
      })}
      <line x1={x(now)} x2={x(now)} y1={4} y2={h} className="stroke-brand-600" strokeWidth={1.5} />
    </svg>
  );
}

export const Timeline = memo(TimelineImpl);
