"use client";
import { useEffect, useRef, type RefObject } from "react";
import { currentBranch } from "@/lib/lab/branches";
import { DEMO_STEPS, demoStep, type DemoTarget } from "@/lib/lab/guided-demo";
import type { LabInfo } from "@/lib/lab/lab-store";
import { buttonCompact, buttonCompactPrimary, focusRing } from "@/components/ui/class-names";

interface Props {
  readonly info: LabInfo;
  /** The scenario's leader, whom the steps cut off and replace. */
  readonly leader: string;
  readonly step: number;
  readonly onStep: (step: number) => void;
  readonly onExit: () => void;
  /** The lab's root: the step's control group is looked up (by its legend) inside it. */
  readonly lab: RefObject<HTMLElement | null>;
  readonly reducedMotion: boolean;
}

/** The lab's control group named `target` (its fieldset's legend). */
function targetOf(lab: HTMLElement | null, target: DemoTarget): HTMLElement | undefined {
  const legends = lab?.querySelectorAll("fieldset > legend") ?? [];
  for (const l of legends) if (l.textContent?.trim() === target) return l.parentElement ?? undefined;
  return undefined;
}

/**
 * The guided demo's panel: which step of six, what to do and with which control (highlighted and scrolled into view),
 * and what happened once the run shows it was done. Steps advance only when the run passes the step's check.
 */
export function GuidedDemo({ info, leader, step, onStep, onExit, lab, reducedMotion }: Props) {
  const current = DEMO_STEPS[step];
  const done = DEMO_STEPS[step - 1];
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const next = demoStep(
      { leader, branch: currentBranch(info.tree), history: info.history, anomalies: info.anomalies },
      step,
    );
    if (next !== step) onStep(next);
  }, [info, leader, step, onStep]);

  // Points at the step's control: outlined, and scrolled into view when the step begins.
  useEffect(() => {
    if (!current) return;
    const el = targetOf(lab.current, current.target);
    if (!el) return;
    el.dataset.demoTarget = "";
    el.scrollIntoView({ block: "center", behavior: reducedMotion ? "auto" : "smooth" });
    return () => void delete el.dataset.demoTarget;
  }, [current, lab, reducedMotion]);

  const showMe = () => {
    if (!current) return;
    const el = targetOf(lab.current, current.target);
    el?.scrollIntoView({ block: "center" });
    el?.querySelector<HTMLElement>("input, select, button")?.focus();
  };

  return (
    <section
      aria-labelledby="guided-demo-h"
      className="sticky top-0 z-20 rounded-xl border-2 border-brand-600 bg-white/95 p-3 shadow-md backdrop-blur dark:bg-slate-900/95"
      data-testid="guided-demo"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="guided-demo-h" ref={heading} tabIndex={-1} className={`text-base font-semibold ${focusRing}`}>
          Guided demo{" "}
          <span className="font-normal text-slate-600 dark:text-slate-300" data-testid="demo-progress">
            {current ? `Step ${step + 1} of ${DEMO_STEPS.length}` : "Done"}
          </span>
        </h2>
        <div className="flex gap-2">
          {current ? (
            <button type="button" className={buttonCompactPrimary} onClick={showMe}>
              Show me the control
            </button>
          ) : null}
          <button type="button" className={buttonCompact} onClick={onExit}>
            {current ? "Leave the demo" : "Close"}
          </button>
        </div>
      </div>
      <ol className="mt-1 flex gap-1" aria-hidden="true">
        {DEMO_STEPS.map((s, i) => (
          <li
            key={s.title}
            className={`h-1.5 flex-1 rounded-full ${i < step ? "bg-brand-600" : i === step ? "bg-brand-300" : "bg-slate-200 dark:bg-slate-700"}`}
          />
        ))}
      </ol>
      <div aria-live="polite" className="mt-2 space-y-1 text-sm">
        {done ? (
          <p className="text-emerald-800 dark:text-emerald-200">
            <span aria-hidden="true">✓ </span>
            {done.title}: {done.outcome}
          </p>
        ) : null}
        {current ? (
          <p>
            <strong>{current.title}.</strong> {current.instruction}
          </p>
        ) : (
          <p>
            That is the classic sequence: lag made a read stale, a cut and a promotion made two leaders, and fencing
            stopped the old one. Keep exploring, or Reset for a blank cluster.
          </p>
        )}
      </div>
    </section>
  );
}

/** The button that starts the demo, with what it covers. */
export function GuidedDemoStart({ onStart }: { onStart: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-brand-100 bg-brand-50 p-3 text-sm dark:border-brand-700 dark:bg-slate-900">
      <button type="button" className={buttonCompactPrimary} onClick={onStart}>
        ▶ Guided demo
      </button>
      <span>
        Six steps, each checked in the run: lag → stale read → cut the network → promote → split brain → fencing replay.
      </span>
    </div>
  );
}
