import type { ReactNode } from "react";

export type Tone = "neutral" | "leader" | "good" | "warn" | "bad";

const TONES: Record<Tone, string> = {
  neutral: "fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500",
  leader: "fill-brand-50 stroke-brand-600 dark:fill-brand-900 dark:stroke-brand-500",
  good: "fill-emerald-50 stroke-emerald-600 dark:fill-emerald-950 dark:stroke-emerald-500",
  warn: "fill-amber-50 stroke-amber-600 dark:fill-amber-950 dark:stroke-amber-500",
  bad: "fill-red-50 stroke-red-600 dark:fill-red-950 dark:stroke-red-500",
};

/** The drawing surface: scales to its container, inherits text colour, one arrowhead marker per diagram. */
export function Canvas({
  id,
  width,
  height,
  children,
}: {
  id: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full text-slate-700 dark:text-slate-200"
      aria-hidden="true"
      focusable="false"
      fontSize="13"
    >
      <defs>
        <marker
          id={`arrow-${id}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {children}
    </svg>
  );
}

export function Box(props: { x: number; y: number; w?: number; h?: number; label: string; sub?: string; tone?: Tone }) {
  const { x, y, w = 120, h = 46, label, sub, tone = "neutral" } = props;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} strokeWidth={1.5} className={TONES[tone]} />
      <text
        x={x + w / 2}
        y={sub ? y + h / 2 - 4 : y + h / 2 + 4}
        textAnchor="middle"
        fill="currentColor"
        fontWeight={600}
      >
        {label}
      </text>
      {sub ? (
        <text x={x + w / 2} y={y + h / 2 + 13} textAnchor="middle" fill="currentColor" fontSize={11} opacity={0.8}>
          {sub}
        </text>
      ) : null}
    </g>
  );
}

export function Arrow(props: {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label?: string;
  dashed?: boolean;
  labelDy?: number;
}) {
  const { id, x1, y1, x2, y2, label, dashed, labelDy = -6 } = props;
  return (
    <g>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray={dashed ? "5 4" : undefined}
        markerEnd={`url(#arrow-${id})`}
      />
      {label ? (
        <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 + labelDy} textAnchor="middle" fill="currentColor" fontSize={11}>
          {label}
        </text>
      ) : null}
    </g>
  );
}

export function Label({
  x,
  y,
  children,
  anchor = "middle",
  size = 12,
  bold,
}: {
  x: number;
  y: number;
  children: ReactNode;
  anchor?: "start" | "middle" | "end";
  size?: number;
  bold?: boolean;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} fill="currentColor" fontSize={size} fontWeight={bold ? 600 : 400}>
      {children}
    </text>
  );
}
