"use client";
import { memo, useState } from "react";
import { formatEvent, type LogRecord, type Operation } from "@/lib/sim";
import { opText } from "@/lib/lab/op-format";

const NOISY = new Set(["msg", "lease"]);

/** The run as text: the alternative to the animation. New client results are announced politely. */
function EventLogImpl({
  events,
  history,
  staleIds,
}: {
  events: readonly LogRecord[];
  history: readonly Operation[];
  staleIds: ReadonlySet<number>;
}) {
  const [all, setAll] = useState(false);
  const shown = (all ? events : events.filter((e) => !NOISY.has(e.event.kind))).slice(-80);
  const done = history.filter((o) => o.completedAt !== null);
  const last = done.reduce<Operation | undefined>(
    (a, o) => (!a || (o.completedAt ?? 0) >= (a.completedAt ?? 0) ? o : a),
    undefined,
  );
  return (
    <section aria-labelledby="log-h" className="space-y-1">
      <div className="flex items-center justify-between">
        <h3 id="log-h" className="text-sm font-semibold">
          Event log
        </h3>
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> show heartbeats and
          messages
        </label>
      </div>
      <p aria-live="polite" className="text-sm" data-testid="last-result">
        {last ? (
          <>
            Latest result: {last.client} {opText(last, staleIds.has(last.id))}
          </>
        ) : (
          "No client results yet."
        )}
      </p>
      <ol
        tabIndex={0}
        aria-label="Event log lines"
        className="max-h-56 overflow-auto rounded-md bg-slate-50 p-2 font-mono text-[11px] leading-4 whitespace-pre-wrap dark:bg-slate-900"
      >
        {shown.map((e, i) => (
          <li
            key={`${e.at}-${i}`}
            className={
              e.event.kind === "reject" ? "text-red-700 dark:text-red-300" : e.event.kind === "role" ? "font-bold" : ""
            }
          >
            {formatEvent(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}

export const EventLog = memo(EventLogImpl);
