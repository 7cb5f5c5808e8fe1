"use client";
import { useEffect, useRef, useState } from "react";

/** A replica's apply lag; the action is sent once the value settles (not on every pixel of a drag). */
export function LagSlider({
  node,
  lagMs,
  onCommit,
}: {
  node: string;
  lagMs: number;
  onCommit: (lagMs: number) => void;
}) {
  const [value, setValue] = useState(lagMs);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [synced, setSynced] = useState(lagMs);
  if (synced !== lagMs) {
    setSynced(lagMs);
    setValue(lagMs);
  }
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return (
    <label className="grid grid-cols-[2.5rem_1fr_4.5rem] items-center gap-2 text-sm">
      <span className="font-semibold">{node}</span>
      <input
        type="range"
        min={0}
        max={10000}
        step={100}
        value={value}
        aria-label={`Apply lag on ${node}`}
        aria-valuetext={`${value} ms`}
        className="accent-brand-600"
        onChange={(e) => {
          const v = Number(e.target.value);
          setValue(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => onCommit(v), 250);
        }}
      />
      <span className="text-right font-mono text-xs tabular-nums">{value} ms</span>
    </label>
  );
}
