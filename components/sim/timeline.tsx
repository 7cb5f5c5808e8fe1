"use client";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Operation } from "@/lib/sim";
import type { Anomaly } from "@/lib/lab/anomalies";
import { opText } from "@/lib/lab/op-format";
import { labelWidth, placeLabels } from "@/lib/lab/timeline-layout";
import { clientName, opLabel } from "@/lib/lab/timeline-text";
import { clampWindow, panWindow, zoomWindow, type TimeWindow } from "@/lib/lab/timeline-view";
import { focusRing } from "@/components/ui/class-names";
import { TimelineAnomalies, anomalyGroups } from "./timeline-anomalies";
import { TimelineAxis } from "./timeline-axis";
import { TimelineControls } from "./timeline-controls";
import { LANE, LANES_TOP, PAD_X, laneTop, plotHeight, xScale } from "./timeline-geometry";
import { TimelineLegend } from "./timeline-legend";
import { TimelineOps, type OpMark } from "./timeline-ops";
import { TimelineTooltip } from "./timeline-tooltip";
import { useElementWidth } from "./timeline-width";
import { measuredTextWidth } from "./text-width";

interface Props {
  readonly history: readonly Operation[];
  readonly anomalies: readonly Anomaly[];
  readonly now: number;
  readonly end: number;
  readonly selected: string | null;
  readonly onSelect: (a: Anomaly) => void;
}

const KEYS: Record<string, (w: TimeWindow, end: number) => TimeWindow> = {
  "+": (w, e) => zoomWindow(w, 0.5, 0.5, e),
  "=": (w, e) => zoomWindow(w, 0.5, 0.5, e),
  "-": (w, e) => zoomWindow(w, 2, 0.5, e),
  ArrowLeft: (w, e) => panWindow(w, -0.25, e),
  ArrowRight: (w, e) => panWindow(w, 0.25, e),
};

/**
 * Client operations as invoke→complete bars, one lane per client (Jepsen style), on a time axis, with anomalies marked;
 * zoom and pan for long runs.
 */
function TimelineImpl({ history, anomalies, now, end, selected, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [view, setView] = useState<TimeWindow | null>(null);
  const [active, setActive] = useState<{ id: number; pinned: boolean } | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const win = view ? clampWindow(view, end) : { from: 0, to: end };
  const scale = xScale(win.from, win.to, Math.max(width, 2 * PAD_X + 1));
  const clients = useMemo(() => [...new Set(history.map((o) => o.client))], [history]);
  const height = plotHeight(clients.length);

  const { marks, labels, chips, groups, byOp } = useMemo(() => {
    const stale = new Set(anomalies.filter((a) => a.kind === "stale-read").map((a) => a.opIds[0]));
    const byOp = new Map<number, Anomaly[]>();
    for (const a of anomalies) for (const id of a.opIds) byOp.set(id, [...(byOp.get(id) ?? []), a]);
    const lane = new Map(clients.map((c, i) => [c, i]));
    const marks: OpMark[] = history
      .filter((op) => (op.completedAt ?? Infinity) >= win.from && op.invokedAt <= win.to)
      .map((op) => ({
        op,
        lane: lane.get(op.client) ?? 0,
        short: opLabel(op, stale.has(op.id)),
        text: `${clientName(op.client)}: ${opText(op, stale.has(op.id))}`,
        stale: stale.has(op.id),
        flagged: byOp.has(op.id),
      }));
    const bounds = { minX: 0, maxX: scale.width, gap: 6 };
    const ops = placeLabels(
      marks.map((m) => ({
        id: m.op.id,
        lane: m.lane,
        x: scale.x(m.op.invokedAt),
        width: labelWidth(m.short, measuredTextWidth(m.short, m.stale || m.flagged ? 600 : 400)),
        priority: m.flagged ? 1 : 0,
      })),
      { ...bounds, rows: LANE.rows },
    );
    const { groups, requests } = anomalyGroups(anomalies, scale);
    const chipLayout = placeLabels(requests, { ...bounds, rows: 1 });
    return {
      marks,
      byOp,
      groups,
      labels: new Map(ops.placed.map((p) => [p.id, p])),
      chips: new Map(chipLayout.placed.map((p) => [p.id, p])),
    };
    // scale is derived from win and width.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [history, anomalies, clients, win.from, win.to, width]);

  const zoom = useCallback(
    (factor: number, anchor = 0.5) => setView((v) => zoomWindow(v ?? { from: 0, to: end }, factor, anchor, end)),
    [end],
  );
  const pan = useCallback(
    (fraction: number) => setView((v) => panWindow(v ?? { from: 0, to: end }, fraction, end)),
    [end],
  );

  // Ctrl+wheel (and a trackpad pinch, which the browser reports as one) zooms about the pointer; sideways scrolling
  // pans. A plain wheel still scrolls the page.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const anchor = (e.clientX - el.getBoundingClientRect().left - PAD_X) / Math.max(1, el.clientWidth - 2 * PAD_X);
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoom(e.deltaY > 0 ? 1.25 : 0.8, anchor);
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        pan(e.deltaX / Math.max(1, el.clientWidth));
      }
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [zoom, pan]);

  const onPlotKey = (e: KeyboardEvent) => {
    const f = KEYS[e.key];
    if (e.key === "0") setView(null);
    else if (f) setView((v) => f(v ?? { from: 0, to: end }, end));
    else return;
    e.preventDefault();
  };
  // Arrow keys walk the bars in time order; the focused bar's tooltip shows.
  const onBarKey = (e: KeyboardEvent, id: number) => {
    const i = marks.findIndex((m) => m.op.id === id);
    const next = e.key === "ArrowRight" ? marks[i + 1] : e.key === "ArrowLeft" ? marks[i - 1] : undefined;
    if (e.key === "Enter" || e.key === " ") {
      const a = byOp.get(id)?.[0];
      if (a) onSelect(a);
    } else if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    if (next) {
      setCursor(next.op.id);
      box.current?.querySelector<SVGGElement>(`[data-op="${next.op.id}"]`)?.focus();
    }
  };
  const tabStop = marks.some((m) => m.op.id === cursor) ? cursor : (marks[0]?.op.id ?? null);
  const shown = active ? marks.find((m) => m.op.id === active.id) : undefined;
  const elided = marks.length - labels.size;

  return (
    <div className="space-y-2">
      <TimelineControls
        from={win.from}
        to={win.to}
        whole={view === null}
        onZoom={(f) => zoom(f)}
        onPan={pan}
        onWhole={() => setView(null)}
      />
      <div
        ref={box}
        className={`relative rounded-md ${focusRing}`}
        tabIndex={0}
        role="group"
        aria-label={`Timeline of ${history.length} client operations and ${anomalies.length} anomalies (the event log lists the same operations). Plus and minus zoom, arrow keys pan, 0 shows the whole run; Tab reaches the bars.`}
        onKeyDown={onPlotKey}
        data-testid="timeline"
      >
        {width > 0 ? (
          <svg width={width} height={height} className="block select-none" data-elided={elided}>
            <TimelineAxis scale={scale} height={height} />
            <TimelineAnomalies
              anomalies={anomalies}
              groups={groups}
              chips={chips}
              scale={scale}
              now={now}
              height={height}
              selected={selected}
              onSelect={onSelect}
            />
            {clients.map((c, i) => (
              <text
                key={c}
                x={PAD_X}
                y={laneTop(i) + LANE.name}
                className="fill-slate-700 text-[12px] font-semibold dark:fill-slate-200"
                data-label
              >
                {clientName(c)}
              </text>
            ))}
            <TimelineOps
              marks={marks}
              labels={labels}
              scale={scale}
              now={now}
              tabStop={tabStop}
              active={active?.id ?? null}
              onActive={(id, pin) =>
                setActive((a) =>
                  id === null ? (a?.pinned ? a : null) : { id, pinned: pin === true && !(a?.pinned && a.id === id) },
                )
              }
              onKey={onBarKey}
            />
            {now >= win.from && now <= win.to ? (
              <line
                x1={scale.x(now)}
                x2={scale.x(now)}
                y1={LANES_TOP - 4}
                y2={height}
                className="stroke-brand-600"
                strokeWidth={2}
              />
            ) : null}
          </svg>
        ) : (
          <div style={{ height }} />
        )}
        {shown ? (
          <TimelineTooltip
            mark={shown}
            client={clientName(shown.op.client)}
            anomalies={byOp.get(shown.op.id) ?? []}
            scale={scale}
          />
        ) : null}
      </div>
      {elided > 0 ? (
        <p className="text-[13px] text-slate-600 dark:text-slate-300">
          {elided} labels hidden where they would overlap: zoom in, or hover or focus a bar.
        </p>
      ) : null}
      <TimelineLegend />
    </div>
  );
}

export const Timeline = memo(TimelineImpl);
