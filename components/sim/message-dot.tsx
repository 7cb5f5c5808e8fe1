"use client";
import { memo } from "react";

interface Props {
  readonly id: number;
  readonly kind: string;
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** Absent when the lesson does not offer dropping messages. */
  readonly onDrop?: (id: number) => void;
}

/** Colour and a one-letter glyph, so kind is readable without colour. */
export function messageStyle(kind: string): { glyph: string; className: string } {
  if (kind.startsWith("client")) return { glyph: "c", className: "fill-brand-600 dark:fill-brand-500" };
  if (kind === "heartbeat" || kind.endsWith("ack")) return { glyph: "", className: "fill-slate-400 dark:fill-slate-500" };
  return { glyph: kind.charAt(0), className: "fill-violet-600 dark:fill-violet-400" };
}

/** One in-flight message. Clicking it drops it (keyboard users use the message list). */
function MessageDotImpl({ id, kind, x, y, label, onDrop }: Props) {
  const { glyph, className } = messageStyle(kind);
  return (
    <g transform={`translate(${x} ${y})`} className={onDrop ? "cursor-crosshair" : undefined} onClick={onDrop ? () => onDrop(id) : undefined} data-message={id}>
      <title>{onDrop ? `${label} — click to drop` : label}</title>
      <circle r={13} className="fill-transparent" />
      <circle r={glyph ? 7 : 5} className={className} />
      {glyph ? (
        <text y={3.5} textAnchor="middle" className="pointer-events-none fill-white text-[9px] font-bold">
          {glyph}
        </text>
      ) : null}
    </g>
  );
}

export const MessageDot = memo(MessageDotImpl);
