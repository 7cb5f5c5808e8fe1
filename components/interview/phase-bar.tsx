"use client";
import { ADD_TIME_MS, formatClock, MAX_DURATION_MS, phaseStatus, type FlowState } from "@/lib/interview/flow";
import { phaseBoxes } from "@/lib/interview/phases";
import type { DocEvent } from "./use-interview-doc";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";
import { FinishButton } from "./finish-button";

interface Props {
  readonly flow: FlowState;
  readonly now: number;
  /** Omit for a read-only bar. */
  readonly onEvent?: (event: DocEvent) => void;
  /** Offer "+5 min" (the interviewer of a led interview). */
  readonly addTime?: boolean;
  /** Who runs the clock, when it is not this page (a led interview's candidate). */
  readonly runBy?: string;
}

/** The timer, the four phases with their time boxes, and a gentle nudge when a phase overruns. */
export function PhaseBar({ flow, now, onEvent, addTime = false, runBy }: Props) {
  const status = phaseStatus(flow, now);
  const boxes = phaseBoxes(flow.durationMs);
  const last = flow.phaseIndex >= boxes.length - 1;
  return (
    <section
      aria-label="Interview timer"
      className="z-10 rounded-xl sm:sticky sm:top-0 border border-slate-200 bg-white/95 p-3 shadow-sm backdrop-blur dark:border-slate-800 dark:bg-slate-900/95"
    >
      <div className="flex flex-wrap items-center gap-3">
        <p
          className="font-mono text-2xl font-semibold tabular-nums"
          aria-label={`Elapsed ${formatClock(status.elapsedMs)}`}
          data-testid="interview-clock"
        >
          {formatClock(status.elapsedMs)}
          <span className="ml-2 text-sm font-normal text-muted">/ {formatClock(flow.durationMs)}</span>
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="interview-status">
          {flow.status === "ready"
            ? "Not started"
            : flow.status === "paused"
              ? runBy
                ? `Paused by ${runBy}`
                : "Paused"
              : flow.status === "finished"
                ? "Finished"
                : `${formatClock(status.remainingMs)} left`}
        </p>
        {onEvent ? (
          <div className="ml-auto flex flex-wrap gap-2">
            {flow.status === "ready" && (
              <button type="button" className={buttonPrimary} onClick={() => onEvent({ type: "start" })}>
                Start interview
              </button>
            )}
            {flow.status === "running" && (
              <button type="button" className={buttonSecondary} onClick={() => onEvent({ type: "pause" })}>
                Pause
              </button>
            )}
            {flow.status === "paused" && (
              <button type="button" className={buttonPrimary} onClick={() => onEvent({ type: "resume" })}>
                Resume
              </button>
            )}
            {addTime &&
              (flow.status === "running" || flow.status === "paused") &&
              flow.durationMs < MAX_DURATION_MS && (
                <button type="button" className={buttonSecondary} onClick={() => onEvent({ type: "add-time" })}>
                  +{ADD_TIME_MS / 60_000} min
                </button>
              )}
            {(flow.status === "running" || flow.status === "paused") && !last && (
              <button type="button" className={buttonPrimary} onClick={() => onEvent({ type: "advance-phase" })}>
                Next phase
              </button>
            )}
            {(flow.status === "running" || flow.status === "paused") && (
              <FinishButton remainingMs={status.remainingMs} onFinish={() => onEvent({ type: "finish" })} />
            )}
          </div>
        ) : runBy ? (
          <p className="ml-auto text-sm text-muted">
            {runBy[0]?.toUpperCase()}
            {runBy.slice(1)} runs the clock.
          </p>
        ) : null}
      </div>
      <ol className="mt-3 grid grid-cols-2 gap-1 text-xs sm:grid-cols-4" aria-label="Phases">
        {boxes.map((box, index) => {
          const current = index === flow.phaseIndex && flow.status !== "ready";
          const done = index < flow.phaseIndex || flow.status === "finished";
          return (
            <li
              key={box.id}
              aria-current={current ? "step" : undefined}
              className={`rounded-md px-2 py-1 ${current ? "bg-brand-600 font-semibold text-white" : done ? "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200" : "bg-slate-100 text-muted dark:bg-slate-800"}`}
            >
              {box.label}{" "}
              <span className="whitespace-nowrap opacity-80">
                {formatClock(box.startMs)}–{formatClock(box.endMs)}
              </span>
            </li>
          );
        })}
      </ol>
      {status.overrunMs > 0 && flow.status !== "ready" ? (
        <p
          role="status"
          className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {status.label} is {formatClock(status.overrunMs)} over its time box. When you are ready, move on
          {last ? " and wrap up" : ""}.
        </p>
      ) : null}
    </section>
  );
}
