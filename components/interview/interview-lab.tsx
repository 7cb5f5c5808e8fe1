"use client";
import { useEffect, useRef, useState } from "react";
import { ClusterView, VirtualClock } from "@/components/sim/cluster-view";
import { createRun, labScenario } from "@/lib/lab/lab-run";
import { LabStore } from "@/lib/lab/lab-store";
import { startAnomalyWorker } from "@/components/sim/anomaly-worker";
import { useReducedMotion } from "@/components/sim/use-reduced-motion";
import type { TimelineEntry } from "@/lib/interview/events";
import type { Action } from "@/lib/sim";
import { LIVE_RUN_LIMITS, scenarios } from "@/lib/sim";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";

interface Props {
  readonly scenario: string;
  readonly title: string;
  readonly why: string;
  /** Faults the interviewer injected: each is applied once, through the engine's `inject`. */
  readonly faults: readonly TimelineEntry[];
  readonly tryActions: readonly { label: string; action: Action }[];
  readonly onLabAction: (label: string, action: Action) => void;
}

function useStore(name: string): LabStore {
  const [store] = useState(() => {
    const base = scenarios[name];
    if (!base) throw new Error(`unknown scenario ${name}`);
    // Plays live for the whole interview and is never shared or replayed: the live budget, not the lab's.
    return new LabStore(
      createRun(name, labScenario(base, 1, undefined), [], LIVE_RUN_LIMITS, () => performance.now()),
      { startWorker: startAnomalyWorker },
    );
  });
  return store;
}

/** The deep dive's lab preset: the prompt's scenario, played live, with faults arriving from the interviewer. */
export function InterviewLab({ scenario, title, why, faults, tryActions, onLabAction }: Props) {
  const store = useStore(scenario);
  const reducedMotion = useReducedMotion();
  const [playing, setPlaying] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const applied = useRef(0);

  useEffect(() => {
    for (const entry of faults) {
      if (entry.seq <= applied.current || entry.payload.kind !== "fault") continue;
      applied.current = entry.seq;
      const result = store.act(entry.payload.action);
      setNotice(
        `Your interviewer injected a fault: ${entry.payload.label}${result.ok ? "" : ` (refused: ${result.reason})`}`,
      );
    }
  }, [faults, store]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let id = 0;
    const frame = (now: number) => {
      store.tick(Math.min(now - last, 100), { speed: 1, slowMotion: 1, maxSteps: 4000 }, now);
      last = now;
      id = requestAnimationFrame(frame);
    };
    id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [playing, store]);

  const act = (label: string, action: Action) => {
    const result = store.act(action);
    setNotice(result.ok ? `You: ${label}` : `${label} refused: ${result.reason}`);
    onLabAction(label, action);
  };

  return (
    <section
      aria-label="Deep-dive lab"
      className="space-y-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800"
      data-testid="interview-lab"
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h2 className="font-semibold">Lab: {title}</h2>
        <a
          className="text-sm text-brand-700 underline dark:text-brand-300"
          href={`/lab?scenario=${encodeURIComponent(scenario)}&seed=1`}
          target="_blank"
          rel="noreferrer"
        >
          Open in the full lab
        </a>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">{why}</p>
      {notice ? (
        <p
          role="status"
          className="rounded-md bg-sky-50 px-2 py-1 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100"
          data-testid="lab-notice"
        >
          {notice}
        </p>
      ) : null}
      <div className="rounded-lg bg-slate-50 dark:bg-slate-900/40">
        <ClusterView
          store={store}
          openNode={null}
          onOpenNode={() => {}}
          onDropMessage={(messageId) => act(`drop message ${messageId}`, { type: "drop", messageId })}
          reducedMotion={reducedMotion}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonPrimary} onClick={() => setPlaying((p) => !p)}>
          {playing ? "Pause lab" : "Play lab"}
        </button>
        <VirtualClock store={store} />
        {tryActions.map((entry) => (
          <button
            key={entry.label}
            type="button"
            className={buttonSecondary}
            onClick={() => act(entry.label, entry.action)}
          >
            {entry.label}
          </button>
        ))}
      </div>
    </section>
  );
}
