/** Every mark and band the timeline draws, with the words for it. */
const ITEMS: ReadonlyArray<{ key: string; swatch: React.ReactNode; text: string }> = [
  {
    key: "ok",
    swatch: <rect x={1} y={4} width={22} height={10} rx={2} className="fill-emerald-500 stroke-emerald-800" />,
    text: "operation that succeeded (sent → answered)",
  },
  {
    key: "fail",
    swatch: <rect x={1} y={4} width={22} height={10} rx={2} className="fill-red-400 stroke-red-800" />,
    text: "✕ failed",
  },
  {
    key: "info",
    swatch: (
      <rect
        x={1}
        y={4}
        width={22}
        height={10}
        rx={2}
        strokeDasharray="3 2"
        className="fill-slate-300 stroke-slate-600 dark:fill-slate-600 dark:stroke-slate-300"
      />
    ),
    text: "? no answer (pending or timed out)",
  },
  {
    key: "stale",
    swatch: <rect x={1} y={4} width={22} height={10} rx={2} className="fill-amber-400 stroke-amber-700" />,
    text: "⚠ stale read",
  },
  {
    key: "flag",
    swatch: (
      <rect
        x={1}
        y={4}
        width={22}
        height={10}
        rx={2}
        strokeWidth={2.5}
        className="fill-emerald-500 stroke-emerald-800"
      />
    ),
    text: "thick outline: part of an anomaly",
  },
  {
    key: "mark",
    swatch: <path d="M12 2 l7 13 h-14 Z" className="fill-red-600" />,
    text: "anomaly (amber: stale read); click for why",
  },
  {
    key: "band",
    swatch: (
      <rect x={1} y={1} width={22} height={16} className="fill-red-500/10 stroke-red-500/50" strokeDasharray="4 3" />
    ),
    text: "two leaders at once (split brain)",
  },
  {
    key: "now",
    swatch: <line x1={12} x2={12} y1={0} y2={18} strokeWidth={2} className="stroke-brand-600" />,
    text: "now",
  },
];

export function TimelineLegend() {
  return (
    <ul
      aria-label="Timeline legend"
      className="flex flex-wrap gap-x-4 gap-y-1 text-[13px] text-slate-700 dark:text-slate-300"
    >
      {ITEMS.map((i) => (
        <li key={i.key} className="flex items-center gap-1.5">
          <svg width={24} height={18} aria-hidden="true">
            {i.swatch}
          </svg>
          {i.text}
        </li>
      ))}
      <li className="flex items-center gap-1.5">faded: later on this branch</li>
    </ul>
  );
}
