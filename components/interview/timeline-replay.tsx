"use client";
import { useState } from "react";
import { describeEntry, type TimelineEntry } from "@/lib/interview/events";
import { formatClock } from "@/lib/interview/flow";
import { card, focusRing } from "@/components/ui/class-names";

/** Step through a session's timeline: phase transitions, pauses, lab actions and faults, up to a chosen moment. */
export function TimelineReplay({ events }: { events: readonly TimelineEntry[] }) {
  const end = events.reduce((max, e) => Math.max(max, e.elapsedMs), 0);
  const [at, setAt] = useState(end);
  const shown = events.filter((e) => e.elapsedMs <= at);
  const phase = [...shown].reverse().find((e) => e.payload.kind === "phase");
  return (
    <section className={card} aria-labelledby="replay-heading" data-testid="timeline-replay">
      <h2 id="replay-heading" className="text-lg font-semibold">
        Timeline
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">Nothing recorded yet.</p>
      ) : (
        <>
          <label className="mt-2 block text-sm" htmlFor="replay-at">
            Replay up to {formatClock(at)} · phase:{" "}
            {phase && phase.payload.kind === "phase" ? phase.payload.phase : "not started"}
          </label>
          <input
            id="replay-at"
            type="range"
            min={0}
            max={Math.max(end, 1)}
            step={1000}
            value={at}
            onChange={(e) => setAt(Number(e.target.value))}
            className={`w-full ${focusRing}`}
          />
          <ol className="mt-2 space-y-1 text-sm">
            {shown.map((entry) => (
              <li key={entry.seq} className="flex gap-3">
                <span className="w-14 shrink-0 font-mono tabular-nums text-muted">{formatClock(entry.elapsedMs)}</span>
                <span className={entry.payload.kind === "fault" ? "font-semibold text-red-700 dark:text-red-300" : ""}>
                  {describeEntry(entry.payload)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
