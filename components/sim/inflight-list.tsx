"use client";
import { useState, useSyncExternalStore } from "react";
import type { LabStore } from "@/lib/lab/lab-store";

/**
 * Messages in flight as a list, each with a Drop button: the keyboard and
 * reduced-motion view of the animation. It re-renders only when the set of
 * messages changes, lists them only while open, and sits on a layer of its
 * own so the changing count does not repaint the page.
 */
export function InflightList({
  store,
  onDrop,
  open: initiallyOpen,
}: {
  store: LabStore;
  onDrop?: (id: number) => void;
  open: boolean;
}) {
  const messages = useSyncExternalStore(store.subscribeFrame, store.getMessages, store.getMessages);
  const [open, setOpen] = useState(initiallyOpen);
  const [synced, setSynced] = useState(initiallyOpen);
  if (synced !== initiallyOpen) {
    setSynced(initiallyOpen);
    setOpen(initiallyOpen);
  }
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="rounded-lg border border-slate-200 p-2 text-sm will-change-transform [contain:paint] dark:border-slate-700"
    >
      <summary className="cursor-pointer font-medium">Messages in flight ({messages.length})</summary>
      {!open ? null : messages.length === 0 ? (
        <p className="mt-1 text-muted">None right now.</p>
      ) : (
        <ul className="mt-1 max-h-40 space-y-1 overflow-auto">
          {messages.slice(0, 40).map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-2 font-mono text-xs">
              <span>
                #{m.id} {m.kind} {m.fromClient ?? m.from} → {m.toClient ?? m.to}, arrives{" "}
                {(m.deliverAt / 1000).toFixed(3)} s
              </span>
              {onDrop ? (
                <button
                  type="button"
                  onClick={() => onDrop(m.id)}
                  className="shrink-0 rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                >
                  Drop #{m.id}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
