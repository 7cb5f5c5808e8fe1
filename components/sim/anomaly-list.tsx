"use client";
import type { Anomaly } from "@/lib/lab/anomalies";

const icon = (a: Anomaly) => (a.kind === "stale-read" ? "⚠" : a.kind === "two-leaders" ? "♛♛" : "✕");

/**
 * Anomalies as buttons: choosing one explains it and moves the cluster view to
 * that moment. The list covers the branch's whole known history; those after
 * the current moment (after a rewind) are dimmed and marked "later".
 */
export function AnomalyList({
  anomalies,
  now,
  selected,
  onSelect,
}: {
  anomalies: readonly Anomaly[];
  now: number;
  selected: Anomaly | null;
  onSelect: (a: Anomaly) => void;
}) {
  // Kept as chosen: jumping back to the anomaly's moment must not rewrite what it said.
  const current = selected;
  const later = anomalies.filter((a) => a.at > now).length;
  return (
    <section aria-labelledby="anomalies-h" className="space-y-2">
      <h3 id="anomalies-h" className="text-sm font-semibold">
        Anomalies ({anomalies.length - later} so far{later > 0 ? `, ${later} later on this branch` : ""})
      </h3>
      {anomalies.length === 0 ? <p className="text-sm text-muted">None so far.</p> : null}
      <ul className="flex flex-wrap gap-2">
        {anomalies.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              aria-pressed={a.id === selected?.id}
              onClick={() => onSelect(a)}
              className={`rounded-md border px-2 py-1 text-left text-xs font-medium ${a.at > now ? "border-dashed border-slate-400 bg-transparent text-slate-600 dark:border-slate-500 dark:text-slate-300" : a.kind === "stale-read" ? "border-amber-500 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100" : "border-red-500 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"} ${a.id === selected?.id ? "ring-2 ring-brand-500" : ""}`}
            >
              <span aria-hidden="true">{icon(a)} </span>
              {a.title} at {(a.at / 1000).toFixed(3)} s{a.at > now ? " (later)" : ""}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="polite" data-testid="anomaly-explanation">
        {current ? (
          <p className="rounded-md border-l-4 border-red-500 bg-slate-50 p-2 text-sm dark:bg-slate-900">
            {current.explanation}
          </p>
        ) : null}
      </div>
    </section>
  );
}
