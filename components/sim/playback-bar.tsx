"use client";
import type { LabStore } from "@/lib/lab/lab-store";
import { VirtualClock } from "./cluster-view";
import { buttonCompact, buttonCompactPrimary, inputCompact } from "@/components/ui/class-names";

export const SPEEDS = [0.05, 0.25, 1, 4] as const;

interface Props {
  readonly store: LabStore;
  readonly playing: boolean;
  readonly onPlaying: (p: boolean) => void;
  readonly speed: number;
  readonly onSpeed: (s: number) => void;
  readonly slowMotion: boolean;
  readonly onSlowMotion: (s: boolean) => void;
  readonly reducedMotion: boolean;
  /** Back to a blank time 0 (standalone lab); the run so far stays as a branch. */
  readonly onReset?: () => void;
  /** Opens the keyboard shortcut list. */
  readonly onHelp?: () => void;
}

/** Play / pause / one event / jump ahead, speed and slow motion for messages. */
export function PlaybackBar({
  store,
  playing,
  onPlaying,
  speed,
  onSpeed,
  slowMotion,
  onSlowMotion,
  reducedMotion,
  onReset,
  onHelp,
}: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Playback">
      <button type="button" className={buttonCompactPrimary} onClick={() => onPlaying(!playing)} aria-pressed={playing}>
        {playing ? "❚❚ Pause" : "▶ Play"}
      </button>
      <button type="button" className={buttonCompact} onClick={() => store.step()} disabled={playing}>
        Step one event
      </button>
      <button type="button" className={buttonCompact} onClick={() => store.advance(100)} disabled={playing}>
        +100 ms
      </button>
      <button type="button" className={buttonCompact} onClick={() => store.advance(1000)} disabled={playing}>
        +1 s
      </button>
      <label className="flex items-center gap-1 text-sm">
        Speed
        <select className={inputCompact} value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      {reducedMotion ? null : (
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={slowMotion} onChange={(e) => onSlowMotion(e.target.checked)} /> slow down
          while messages fly
        </label>
      )}
      {onReset ? (
        <button type="button" className={buttonCompact} onClick={onReset} title="The run so far stays as a branch">
          ↺ Reset
        </button>
      ) : null}
      {onHelp ? (
        <button type="button" className={buttonCompact} onClick={onHelp} aria-keyshortcuts="Shift+?">
          Shortcuts <kbd className="font-mono">?</kbd>
        </button>
      ) : null}
      <span className="ml-auto text-sm">
        <VirtualClock store={store} />
      </span>
    </div>
  );
}
