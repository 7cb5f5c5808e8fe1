"use client";
import { useSyncExternalStore } from "react";
import { currentBranch, type BranchTree } from "./branches";
import type { LabStore } from "./lab-store";

/** A slider over virtual time on the current branch: any earlier moment is rebuilt exactly by replay. */
export function Scrubber({ store, tree, onSeek }: { store: LabStore; tree: BranchTree; onSeek: (t: number) => void }) {
  const frame = useSyncExternalStore(store.subscribeFrame, store.getFrame, store.getFrame);
  const head = Math.max(currentBranch(tree).headTime, frame.time, 1);
  return (
    <label className="flex h-6 items-center gap-2 text-sm [contain:layout_paint]">
      <span className="shrink-0">Rewind</span>
      <input
        type="range"
        min={0}
        max={Math.ceil(head)}
        step={10}
        value={Math.round(frame.time)}
        onChange={(e) => onSeek(Number(e.target.value))}
        className="w-full accent-brand-600"
        aria-valuetext={`${(frame.time / 1000).toFixed(2)} seconds of ${(head / 1000).toFixed(2)}`}
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
