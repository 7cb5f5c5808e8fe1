import { buttonCompact, focusRing } from "@/components/ui/class-names";

interface Props {
  readonly from: number;
  readonly to: number;
  readonly whole: boolean;
  readonly onZoom: (factor: number) => void;
  readonly onPan: (fraction: number) => void;
  readonly onWhole: () => void;
}

const s = (t: number) => (t / 1000).toFixed(t < 10000 ? 2 : 1);

/** Zoom and pan by button (the keyboard and ctrl+wheel or pinch do the same on the plot). */
export function TimelineControls({ from, to, whole, onZoom, onPan, onWhole }: Props) {
  const b = `${buttonCompact} ${focusRing} min-h-8 min-w-8`;
  return (
    <div role="toolbar" aria-label="Timeline zoom and pan" className="flex flex-wrap items-center gap-1.5 text-sm">
      <button type="button" className={b} onClick={() => onZoom(0.5)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button
        type="button"
        className={b}
        onClick={() => onZoom(2)}
        disabled={whole}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        −
      </button>
      <button
        type="button"
        className={b}
        onClick={() => onPan(-0.5)}
        disabled={whole || from <= 0}
        aria-label="Earlier"
        title="Earlier (←)"
      >
        ←
      </button>
      <button
        type="button"
        className={b}
        onClick={() => onPan(0.5)}
        disabled={whole}
        aria-label="Later"
        title="Later (→)"
      >
        →
      </button>
      <button type="button" className={b} onClick={onWhole} disabled={whole} title="Whole run (0)">
        Whole run
      </button>
      <span className="text-slate-600 tabular-nums dark:text-slate-300" aria-live="polite">
        showing {s(from)}–{s(to)} s
      </span>
    </div>
  );
}
