"use client";
import { useEffect, useRef, useState } from "react";

interface Props {
  /** The row's name, shown before the slider (a node id). */
  readonly name: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly format: (value: number) => string;
  /** Sent once the value settles, not on every pixel of a drag: each call is one action in the run's log. */
  readonly onCommit: (value: number) => void;
}

/** A slider row whose value becomes an action once it stops moving; it follows the run when the run changes it. */
export function SettledRange({ name, label, value, min, max, step, format, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  if (synced !== value) {
    setSynced(value);
    setDraft(value);
  }
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return (
    <label className="grid grid-cols-[2.5rem_1fr_4.5rem] items-center gap-2 text-sm">
      <span className="font-semibold">{name}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-label={label}
        aria-valuetext={format(draft)}
        className="accent-brand-600"
        onChange={(e) => {
          const v = Number(e.target.value);
          setDraft(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => onCommit(v), 250);
        }}
      />
      <span className="text-right font-mono text-xs tabular-nums">{format(draft)}</span>
    </label>
  );
}
