"use client";
import { useEffect, useRef } from "react";
import { buttonCompact } from "@/components/ui/class-names";

export type ShortcutAction = "play" | "step" | "back" | "forward" | "cut" | "heal" | "help";

/** The lab's keys: one list, read by the handler and shown in the help. */
export const SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; action: ShortcutAction; what: string }> = [
  { keys: ["Space", "K"], action: "play", what: "Play or pause" },
  { keys: ["N"], action: "step", what: "Step one event" },
  { keys: ["J"], action: "back", what: "Back 100 ms" },
  { keys: ["L"], action: "forward", what: "Forward 100 ms" },
  { keys: ["C"], action: "cut", what: "Cut the leader (or the node whose menu is open) off from the others" },
  { keys: ["H"], action: "heal", what: "Heal the network" },
  { keys: ["?"], action: "help", what: "Show or hide these shortcuts" },
];

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k === "Space" ? " " : k.toLowerCase(), s.action])));

/** Keys typed into a field, or pressed on a control that uses them itself, are not shortcuts. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement || target instanceof SVGElement)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest("input, textarea, select, [role=slider], [role=menu], dialog")) return true;
  return key === " " && target.closest("button, a, summary, [role=button], [tabindex]") !== null;
}

/** Calls `on` for the lab's shortcut keys pressed anywhere on the page, except while typing or in a menu. */
export function useLabShortcuts(enabled: boolean, on: (action: ShortcutAction) => void): void {
  const handler = useRef(on);
  useEffect(() => {
    handler.current = on;
  }, [on]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const action = BY_KEY.get(e.key === " " ? " " : e.key.toLowerCase());
      if (!action || ownsKey(e.target, e.key)) return;
      e.preventDefault();
      handler.current(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}

/** The shortcut list in a modal dialog (Escape or the button closes it, focus returns where it was). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="lab-shortcuts-h"
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="lab-shortcuts-h" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Not while typing in a field.</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="contents">
            <dt className="flex items-start gap-1">
              {s.keys.map((k) => (
                <kbd
                  key={k}
                  className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                >
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className={buttonCompact} autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
