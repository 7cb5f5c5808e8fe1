"use client";
import { memo } from "react";
import type { NodeSnapshot } from "@/lib/sim";
import { NODE_H, NODE_W, type Point } from "@/lib/lab/cluster-geometry";

interface Props {
  readonly node: NodeSnapshot;
  readonly at: Point;
  /** How the network's cuts leave it (see cutText): "" when it reaches every other node. */
  readonly cut: string;
  readonly open: boolean;
  readonly onOpen: (id: string) => void;
}

const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

export function statusText(node: NodeSnapshot, cut: string): string {
  if (node.status === "crashed") return "✕ crashed";
  if (node.status === "paused") return "‖ paused";
  return cut ? `⚡ ${cut}` : "● up";
}

/** Red when the node is down or reaches no one, amber when it lost some peers, green when it reaches all. */
function statusColour(down: boolean, cut: string): string {
  if (down || cut === "partitioned") return "fill-red-700 dark:fill-red-300";
  return cut ? "fill-amber-800 dark:fill-amber-300" : "fill-emerald-700 dark:fill-emerald-300";
}

/** One node: name, role, epoch, log position, lag behind the leader, status. Enter or click opens its data. */
function NodeCardImpl({ node, at, cut, open, onOpen }: Props) {
  const leader = node.role === "leader";
  const down = node.status !== "up";
  const lag = node.lagEntries > 0 ? `lag ${node.lagEntries} · ${secs(node.lagMs)}` : "caught up";
  const position = node.position ?? `epoch ${node.epoch} · log ${node.appliedLsn}/${node.logLsn}`;
  const timer = node.timer;
  const timerText = timer ? `${timer.label} ${Math.round(timer.leftMs)} ms left` : "";
  const status = statusText(node, cut);
  // The name repeats what the card shows, in its order, so someone using voice control can say what they see
  // (WCAG 2.5.3); what the short forms mean follows it.
  const label = `Node ${node.id}: ${node.role}, ${position}, ${lag}, ${status.slice(2)}. ${node.appliedLsn} of ${node.logLsn} log entries applied${node.note ? `; ${node.note}` : ""}${timer ? `; ${timerText}` : ""}. Press Enter to ${open ? "hide" : "show"} its data.`;
  return (
    <g
      transform={`translate(${at.x - NODE_W / 2} ${at.y - NODE_H / 2})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={open}
      data-node={node.id}
      className="cursor-pointer outline-none [&:focus-visible>rect:first-child]:stroke-brand-500 [&:focus-visible>rect:first-child]:[stroke-width:4]"
      onClick={() => onOpen(node.id)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onOpen(node.id);
        }
      }}
    >
      <rect
        width={NODE_W}
        height={NODE_H}
        rx={12}
        strokeWidth={leader ? 3 : 1.5}
        strokeDasharray={down ? "6 4" : undefined}
        className={
          down
            ? "fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500"
            : leader
              ? "fill-brand-50 stroke-brand-600 dark:fill-brand-900 dark:stroke-brand-500"
              : "fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500"
        }
      />
      {/* The spaces between the lines draw nothing, but keep the card's text from reading as "leaderepoch" when it is
         taken as one string. */}
      <text x={10} y={22} className="fill-current text-[17px] font-bold">
        {node.id}
      </text>{" "}
      <text
        x={NODE_W - 10}
        y={21}
        textAnchor="end"
        className={`text-[12px] font-semibold ${leader ? "fill-brand-700 dark:fill-brand-100" : "fill-slate-600 dark:fill-slate-300"}`}
      >
        {leader ? "♛ " : ""}
        {node.role}
      </text>{" "}
      <text x={10} y={40} className="fill-slate-700 text-[11px] dark:fill-slate-300">
        {position}
      </text>{" "}
      <text
        x={10}
        y={56}
        className={`text-[11px] ${node.lagEntries > 0 ? "fill-amber-700 dark:fill-amber-300" : "fill-slate-500 dark:fill-slate-400"}`}
      >
        {node.lagEntries > 0 ? "⏱ " : ""}
        {lag}
      </text>{" "}
      <text x={10} y={71} className={`text-[11px] font-medium ${statusColour(down, cut)}`}>
        {status}
      </text>
      {timer ? <TimerBar leftMs={timer.leftMs} totalMs={timer.totalMs} label={timerText} /> : null}
    </g>
  );
}

/** A timer running down along the card's bottom edge (Raft's election timeout, a leader's lease). */
function TimerBar({ leftMs, totalMs, label }: { leftMs: number; totalMs: number; label: string }) {
  const w = (NODE_W - 20) * Math.min(1, Math.max(0, leftMs / totalMs));
  return (
    <g data-timer={label}>
      <title>{label}</title>
      <rect
        x={10}
        y={NODE_H - 4.5}
        width={NODE_W - 20}
        height={2.5}
        rx={1.25}
        className="fill-slate-200 dark:fill-slate-700"
      />
      <rect x={10} y={NODE_H - 4.5} width={w} height={2.5} rx={1.25} className="fill-amber-500 dark:fill-amber-400" />
    </g>
  );
}

const same = (a: Props, b: Props) =>
  a.at === b.at &&
  a.cut === b.cut &&
  a.open === b.open &&
  a.onOpen === b.onOpen &&
  a.node.status === b.node.status &&
  a.node.role === b.node.role &&
  a.node.epoch === b.node.epoch &&
  a.node.logLsn === b.node.logLsn &&
  a.node.appliedLsn === b.node.appliedLsn &&
  a.node.lagEntries === b.node.lagEntries &&
  Math.round(a.node.lagMs / 100) === Math.round(b.node.lagMs / 100) &&
  a.node.note === b.node.note &&
  a.node.position === b.node.position &&
  Math.round((a.node.timer?.leftMs ?? -1) / 5) === Math.round((b.node.timer?.leftMs ?? -1) / 5);

export const NodeCard = memo(NodeCardImpl, same);
