import type { KeyboardEvent } from "react";
import type { Operation } from "@/lib/sim";
import type { PlacedLabel } from "@/lib/lab/timeline-layout";
import { LANE, laneTop, MIN_HIT_W, type XScale } from "./timeline-geometry";

export interface OpMark {
  readonly op: Operation;
  readonly lane: number;
  /** The bar's short label ("w x=5") and its full description for the tooltip and screen readers. */
  readonly short: string;
  readonly text: string;
  readonly stale: boolean;
  readonly flagged: boolean;
}

interface Props {
  readonly marks: readonly OpMark[];
  readonly labels: ReadonlyMap<number, PlacedLabel<number>>;
  readonly scale: XScale;
  readonly now: number;
  readonly tabStop: number | null;
  readonly active: number | null;
  readonly onActive: (id: number | null, pin?: boolean) => void;
  readonly onKey: (e: KeyboardEvent, id: number) => void;
}

const barClass = (m: OpMark) =>
  m.stale
    ? "fill-amber-400 stroke-amber-700"
    : m.op.outcome === "ok"
      ? "fill-emerald-500 stroke-emerald-800"
      : m.op.outcome === "fail"
        ? "fill-red-400 stroke-red-800"
        : "fill-slate-300 stroke-slate-600 dark:fill-slate-600 dark:stroke-slate-300";

/** Invoke→complete bars, one lane per client, each hoverable, focusable and labelled where its label fits. */
export function TimelineOps({ marks, labels, scale, now, tabStop, active, onActive, onKey }: Props) {
  return (
    <g>
      {marks.map((m) => {
        const { op } = m;
        const x1 = scale.x(op.invokedAt);
        const x2 = Math.max(x1 + 3, scale.x(op.completedAt ?? now));
        const hitW = Math.max(MIN_HIT_W, x2 - x1);
        const top = laneTop(m.lane);
        const label = labels.get(op.id);
        return (
          <g
            key={op.id}
            data-op={op.id}
            role="button"
            tabIndex={op.id === tabStop ? 0 : -1}
            aria-label={m.text}
            aria-describedby={active === op.id ? "timeline-tooltip" : undefined}
            className="cursor-pointer outline-none"
            onPointerEnter={() => onActive(op.id)}
            onPointerLeave={() => onActive(null)}
            onFocus={() => onActive(op.id)}
            onBlur={() => onActive(null)}
            onClick={() => onActive(op.id, true)}
            onKeyDown={(e) => onKey(e, op.id)}
          >
            <rect
              x={(x1 + x2) / 2 - hitW / 2}
              y={top + LANE.hitTop}
              width={hitW}
              height={LANE.hitH}
              className="fill-transparent"
            />
            <rect
              x={x1}
              y={top + LANE.bar}
              width={x2 - x1}
              height={LANE.barH}
              rx={2}
              className={`${barClass(m)} ${active === op.id ? "stroke-brand-600" : ""}`}
              strokeWidth={active === op.id ? 3 : m.flagged ? 2.5 : 1}
              strokeDasharray={op.completedAt === null ? "3 2" : undefined}
            />
            {label ? (
              <text
                x={label.x + 4}
                y={top + LANE.label + label.row * LANE.labelRow}
                className={`pointer-events-none font-mono text-[12px] ${m.stale || m.flagged ? "fill-red-800 font-semibold dark:fill-red-200" : "fill-slate-800 dark:fill-slate-100"}`}
                data-label
              >
                {m.short}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
