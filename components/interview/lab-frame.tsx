"use client";
import { useSyncExternalStore, type ReactNode } from "react";
import { ClusterView, VirtualClock } from "@/components/sim/cluster-view";
import { useReducedMotion } from "@/components/sim/use-reduced-motion";
import type { LabStore } from "@/lib/lab/lab-store";

interface Props {
  readonly store: LabStore;
  readonly scenario: string;
  readonly heading: string;
  readonly why: string;
  readonly notice: string | null;
  readonly testId: string;
  readonly onDropMessage?: (messageId: number) => void;
  readonly children?: ReactNode;
}

/** The interview lab's frame, the candidate's and the interviewer's mirror alike: heading, cluster, clock, notices. */
export function LabFrame({ store, scenario, heading, why, notice, testId, onDropMessage, children }: Props) {
  const reducedMotion = useReducedMotion();
  const { halted } = useSyncExternalStore(store.subscribeInfo, store.getInfo, store.getInfo);
  return (
    <section
      aria-label={heading}
      className="space-y-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800"
      data-testid={testId}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h2 className="font-semibold">{heading}</h2>
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
      <p className="text-xs text-muted">
        The lab&apos;s clock is the interview&apos;s: it runs from the start of the deep dive and stops while the
        interview is paused.
      </p>
      {notice ? (
        <p
          role="status"
          className="rounded-md bg-sky-50 px-2 py-1 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100"
          data-testid="lab-notice"
        >
          {notice}
        </p>
      ) : null}
      {halted ? (
        <p
          role="status"
          className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          The lab stopped: {halted}. A live interview lab runs for at most two hours of simulated time; the cluster
          shows where it stood.
        </p>
      ) : null}
      <div className="rounded-lg bg-slate-50 dark:bg-slate-900/40">
        <ClusterView
          store={store}
          openNode={null}
          onOpenNode={() => {}}
          {...(onDropMessage ? { onDropMessage } : {})}
          reducedMotion={reducedMotion}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <VirtualClock store={store} />
        {children}
      </div>
    </section>
  );
}
