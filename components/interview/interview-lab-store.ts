"use client";
import { useEffect, useState } from "react";
import { startAnomalyWorker } from "@/components/sim/anomaly-worker";
import { createRun, labScenario } from "@/lib/lab/lab-run";
import { LabStore } from "@/lib/lab/lab-store";
import { labTimeAt, type FlowState } from "@/lib/interview/flow";
import type { TimelineEntry } from "@/lib/interview/events";
import { LIVE_RUN_LIMITS, scenarios, type ActionLogEntry } from "@/lib/sim";

/** What both interview labs (the candidate's and the interviewer's mirror) show: a session's lab on its clock. */
export interface SessionLabProps {
  readonly scenario: string;
  readonly title: string;
  readonly why: string;
  readonly flow: FlowState;
  /** The session's timeline: the lab's log (replayed on open) and the interviewer's faults. */
  readonly entries: readonly TimelineEntry[];
}

/**
 * The interview lab's run: the prompt's scenario (seed 1) with the session's lab log replayed. It plays live for the
 * whole interview and is never shared: the live budget, not the lab's.
 */
export function interviewRun(name: string, log: readonly ActionLogEntry[]) {
  const base = scenarios[name];
  if (!base) throw new Error(`unknown scenario ${name}`);
  return createRun(name, labScenario(base, 1, undefined), log, LIVE_RUN_LIMITS, () => performance.now());
}

export function useInterviewLabStore(name: string, log: readonly ActionLogEntry[]): LabStore {
  const [store] = useState(() => new LabStore(interviewRun(name, log), { startWorker: startAnomalyWorker }));
  useEffect(() => {
    store.resume();
    return () => store.dispose();
  }, [store]);
  return store;
}

/**
 * Keeps the lab at the interview's lab time (labTimeAt): it runs while the interview runs and stops when it is
 * paused or finished, on the candidate's page and on the interviewer's mirror alike.
 */
export function useLabClock(store: LabStore, flow: FlowState): void {
  useEffect(() => {
    let id = 0;
    const frame = (wallNow: number) => {
      const target = Math.min(labTimeAt(flow, Date.now()), LIVE_RUN_LIMITS.maxTimeMs);
      const behind = target - store.run.sim.now;
      if (behind > 0 && !store.halted())
        store.tick(behind, { speed: 1, slowMotion: 1, maxSteps: 4000, until: target }, wallNow);
      id = requestAnimationFrame(frame);
    };
    id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [store, flow]);
}
