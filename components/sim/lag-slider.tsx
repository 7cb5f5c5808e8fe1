"use client";
import { SettledRange } from "./settled-range";

/** A replica's apply lag (Raft: a slow disk, acknowledging entries late); sent once the value settles. */
export function LagSlider({
  node,
  lagMs,
  what = "Apply lag",
  onCommit,
}: {
  node: string;
  lagMs: number;
  /** How the slider is named to assistive technology, before "on <node>". */
  what?: string;
  onCommit: (lagMs: number) => void;
}) {
  return (
    <SettledRange
      name={node}
      label={`${what} on ${node}`}
      value={lagMs}
      min={0}
      max={10000}
      step={100}
      format={(v) => `${v} ms`}
      onCommit={onCommit}
    />
  );
}
