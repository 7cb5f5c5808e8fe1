/**
 * The timeline's visible window and its axis: zoom about a point, pan by a
 * fraction of the span, and tick marks with units that suit the span shown.
 */
import { scaleLinear } from "d3-scale";

export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** Zooming stops at 50 ms across: finer than the simulator's message latencies is empty space. */
export const MIN_SPAN_MS = 50;

/** Keeps a window inside [0, end] and at least MIN_SPAN_MS wide (or the whole run when that is shorter). */
export function clampWindow(w: TimeWindow, end: number): TimeWindow {
  const total = Math.max(end, MIN_SPAN_MS);
  const span = Math.min(Math.max(w.to - w.from, MIN_SPAN_MS), total);
  const from = Math.min(Math.max(w.from, 0), total - span);
  return { from, to: from + span };
}

/** factor < 1 zooms in; the time under `anchor` (0..1 across the plot) stays where it is. */
export function zoomWindow(w: TimeWindow, factor: number, anchor: number, end: number): TimeWindow {
  const a = Math.min(Math.max(anchor, 0), 1);
  const at = w.from + (w.to - w.from) * a;
  const span = (w.to - w.from) * factor;
  return clampWindow({ from: at - span * a, to: at - span * a + span }, end);
}

/** Moves the window by `fraction` of its width (negative: earlier). */
export function panWindow(w: TimeWindow, fraction: number, end: number): TimeWindow {
  const d = (w.to - w.from) * fraction;
  return clampWindow({ from: w.from + d, to: w.to + d }, end);
}

export interface Tick {
  readonly t: number;
  readonly label: string;
}

/** The axis labels are 12 px monospace: about this wide per character. */
const LABEL_CHAR_PX = 7.3;

function ticksAt(w: TimeWindow, count: number): { ticks: Tick[]; unit: "ms" | "s"; step: number } {
  const values = scaleLinear().domain([w.from, w.to]).ticks(count);
  const step = values.length > 1 ? (values[1] as number) - (values[0] as number) : w.to - w.from;
  if (w.to - w.from < 2000) return { unit: "ms", step, ticks: values.map((t) => ({ t, label: `${Math.round(t)}` })) };
  const decimals = step >= 1000 ? 0 : step >= 100 ? 1 : 2;
  return { unit: "s", step, ticks: values.map((t) => ({ t, label: (t / 1000).toFixed(decimals) })) };
}

/**
 * About one tick per 90 px; milliseconds under two seconds across, seconds above. Fewer when the labels would touch:
 * the last label is drawn right-aligned to stay inside the plot, so two neighbours need one and a half label widths
 * between their ticks.
 */
export function timeTicks(w: TimeWindow, plotPx: number): { ticks: Tick[]; unit: "ms" | "s" } {
  const pxPerMs = plotPx / Math.max(w.to - w.from, 1);
  for (let count = Math.max(2, Math.floor(plotPx / 90)); ; count--) {
    const { ticks, unit, step } = ticksAt(w, count);
    const widest = Math.max(...ticks.map((t) => (t.label.length + 1 + unit.length) * LABEL_CHAR_PX));
    if (count <= 2 || step * pxPerMs >= 1.5 * widest + 8) return { ticks, unit };
  }
}
