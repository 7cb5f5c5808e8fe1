"use client";
import { memo, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import type { MessageSnapshot } from "@/lib/sim";
import { lerp, progress, type Layout, type Point } from "@/lib/lab/cluster-geometry";
import type { LabStore } from "@/lib/lab/lab-store";

/** Colour and a one-letter glyph, so kind is readable without colour. */
export function messageStyle(kind: string): { glyph: string; className: string } {
  if (kind.startsWith("client")) return { glyph: "c", className: "bg-brand-600 dark:bg-brand-500" };
  if (kind === "heartbeat" || kind.endsWith("ack")) return { glyph: "", className: "bg-slate-400 dark:bg-slate-500" };
  return { glyph: kind.charAt(0), className: "bg-violet-600 dark:bg-violet-400" };
}

interface Props {
  readonly store: LabStore;
  readonly layout: Layout;
  readonly nodes: ReadonlyMap<string, Point>;
  readonly clients: ReadonlyMap<string, Point>;
  readonly reducedMotion: boolean;
  /** Absent when the lesson does not offer dropping messages. */
  readonly onDrop?: (id: number) => void;
}

const label = (m: MessageSnapshot) => `${m.kind} ${m.fromClient ?? m.from} → ${m.toClient ?? m.to} (#${m.id})`;

/**
 * One in-flight message, drawn at the origin: the layer moves it. Clicking it drops it (keyboard users use the message
 * list).
 */
const Dot = memo(function Dot({
  m,
  onDrop,
  refs,
}: {
  m: MessageSnapshot;
  onDrop?: (id: number) => void;
  refs: Map<number, HTMLElement>;
}) {
  const { glyph, className } = messageStyle(m.kind);
  const size = glyph ? 14 : 10;
  return (
    <span
      ref={(el) => {
        if (el) refs.set(m.id, el);
        else refs.delete(m.id);
      }}
      data-message={m.id}
      title={onDrop ? `${label(m)} — click to drop` : label(m)}
      onClick={onDrop ? () => onDrop(m.id) : undefined}
      // Hidden until the layer places it, so a new dot never flashes in the corner.
      className={`absolute top-0 left-0 grid place-items-center rounded-full will-change-transform [visibility:hidden] ${onDrop ? "pointer-events-auto cursor-crosshair" : ""}`}
      style={{ width: "calc(26px * var(--s, 1))", height: "calc(26px * var(--s, 1))" }}
    >
      <span
        className={`grid place-items-center rounded-full text-[length:calc(9px*var(--s,1))] leading-none font-bold text-white ${className}`}
        style={{ width: `calc(${size}px * var(--s, 1))`, height: `calc(${size}px * var(--s, 1))` }}
      >
        {glyph}
      </span>
    </span>
  );
});

/**
 * The messages in flight, as HTML dots over the drawing. React renders a dot
 * when a message is sent and removes it on delivery; in between, each frame
 * only writes the dots' `transform` (compositor-only: no layout, no repaint of
 * the drawing). The drawing's scale comes from a ResizeObserver, never from a
 * layout read inside the frame loop.
 */
export function MessageLayer({ store, layout, nodes, clients, reducedMotion, onDrop }: Props) {
  const messages = useSyncExternalStore(store.subscribeFrame, store.getMessages, store.getMessages);
  const layer = useRef<HTMLDivElement>(null);
  // A stable map (state, not a ref: the dots register themselves in it while rendering their ref callbacks).
  const [refs] = useState(() => new Map<number, HTMLElement>());
  const scale = useRef(0);
  const place = useRef<() => void>(() => {});

  useLayoutEffect(() => {
    place.current = () => {
      const s = scale.current;
      if (s === 0) return;
      const frame = store.getFrame();
      for (const m of messages) {
        const el = refs.get(m.id);
        if (!el) continue;
        const from = (m.fromClient ? clients.get(m.fromClient) : undefined) ?? nodes.get(m.from);
        const to = (m.toClient ? clients.get(m.toClient) : undefined) ?? nodes.get(m.to);
        if (!from || !to) continue;
        const at = lerp(from, to, reducedMotion ? 0.5 : progress(m, frame.time));
        el.style.transform = `translate3d(${(at.x * s).toFixed(1)}px, ${(at.y * s).toFixed(1)}px, 0) translate(-50%, -50%)`;
        el.style.visibility = "visible";
      }
    };
    place.current();
    return store.subscribeFrame(() => place.current());
  }, [store, messages, nodes, clients, reducedMotion, refs]);

  useLayoutEffect(() => {
    const el = layer.current;
    if (!el) return;
    const resize = (width: number) => {
      scale.current = width / layout.w;
      el.style.setProperty("--s", String(scale.current));
      place.current();
    };
    // Once at mount (a single layout read), then whenever the drawing's width changes.
    resize(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) resize(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [layout]);

  return (
    <div ref={layer} className="pointer-events-none absolute inset-0 overflow-hidden" aria-hidden="true">
      {messages.map((m) => (
        <Dot key={m.id} m={m} onDrop={onDrop} refs={refs} />
      ))}
    </div>
  );
}
