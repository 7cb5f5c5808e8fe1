"use client";
import { useLayoutEffect, useRef } from "react";
import { currentBranch, type BranchTree } from "@/lib/lab/branches";
import type { LabStore } from "@/lib/lab/lab-store";

/**
 * A slider over virtual time on the current branch: any earlier moment is
 * rebuilt exactly by replay. It follows the clock every frame, so its value,
 * range and spoken text are written from the frame listener (uncontrolled
 * input, no React render per frame). Its own compositor layer (will-change),
 * so moving the thumb repaints the thumb, not the page around it.
 */
export function Scrubber({ store, tree, onSeek }: { store: LabStore; tree: BranchTree; onSeek: (t: number) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const headTime = currentBranch(tree).headTime;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let shown = "";
    const update = () => {
      const time = store.getFrame().time;
      const head = Math.max(headTime, time, 1);
      const max = String(Math.ceil(head));
      const value = String(Math.round(time));
      if (`${max}/${value}` === shown) return;
      shown = `${max}/${value}`;
      el.max = max;
      el.value = value;
      el.setAttribute("aria-valuetext", `${(time / 1000).toFixed(2)} seconds of ${(head / 1000).toFixed(2)}`);
    };
    update();
    return store.subscribeFrame(update);
  }, [store, headTime]);
  return (
    <label className="flex h-6 items-center gap-2 text-sm will-change-transform [contain:layout_paint]">
      <span className="shrink-0">Rewind</span>
      <input
        ref={ref}
        type="range"
        min={0}
        step={10}
        defaultValue={0}
        onChange={(e) => onSeek(Number(e.target.value))}
        className="w-full accent-brand-600"
      />
    </label>
  );
}

/** Branches made by acting from an earlier moment; the old ones stay selectable. */
export function BranchList({ tree, onSelect }: { tree: BranchTree; onSelect: (id: string) => void }) {
  if (tree.branches.length < 2) return null;
  return (
    <nav aria-label="Branches" className="flex flex-wrap items-center gap-1 text-xs">
      <span className="font-semibold">Branches:</span>
      {tree.branches.map((b) => (
        <button
          key={b.id}
          type="button"
          aria-current={b.id === tree.currentId ? "true" : undefined}
          onClick={() => onSelect(b.id)}
          className={`rounded-full border px-2 py-0.5 ${b.id === tree.currentId ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 dark:border-slate-600"}`}
        >
          {b.label}
          {b.parentId ? ` (from ${(b.forkedAt / 1000).toFixed(2)} s)` : ""} · {b.actions.length} actions
        </button>
      ))}
    </nav>
  );
}
