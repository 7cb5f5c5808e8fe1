/**
 * Where things sit in the cluster drawing (an SVG viewBox of a layout's w × h)
 * and where a message is at a virtual time: linear between send and delivery.
 * Phones get a portrait layout, so the same text sizes stay readable at 390 px.
 */
import type { MessageSnapshot } from "@/lib/sim";

export interface Layout {
  readonly w: number;
  readonly h: number;
  /** Ellipse radii for three or more nodes; two nodes sit on one axis, `pair` apart from the centre. */
  readonly rx: number;
  readonly ry: number;
  readonly pair: Point;
}

export const LANDSCAPE: Layout = { w: 640, h: 400, rx: 215, ry: 118, pair: { x: 170, y: 0 } };
export const PORTRAIT: Layout = { w: 400, h: 580, rx: 122, ry: 205, pair: { x: 0, y: 170 } };
export const NODE_W = 132;
export const NODE_H = 78;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Nodes on an ellipse, the first at the top, clockwise. */
export function nodePositions(ids: readonly string[], layout: Layout = LANDSCAPE): Map<string, Point> {
  const cx = layout.w / 2;
  const cy = layout.h / 2;
  const two = ids.length <= 2;
  const rx = two ? layout.pair.x : layout.rx;
  const ry = two ? layout.pair.y : layout.ry;
  if (two && layout.pair.x === 0)
    return new Map(ids.map((id, i) => [id, { x: cx, y: cy + (i === 0 ? -ry : ry) }] as const));
  // Rounded: server and browser trig may differ in the last digit, which would break hydration.
  const r = (v: number) => Math.round(v * 10) / 10;
  return new Map(
    ids.map(
      (id, i) =>
        [
          id,
          {
            x: r(cx + rx * Math.sin((2 * Math.PI * i) / ids.length)),
            y: r(cy - ry * Math.cos((2 * Math.PI * i) / ids.length)),
          },
        ] as const,
    ),
  );
}

/** A client sits just outside its home node, away from the centre; several at one node fan out. */
export function clientPosition(home: Point, index: number, count: number, layout: Layout = LANDSCAPE): Point {
  const dx = home.x - layout.w / 2;
  const dy = home.y - layout.h / 2;
  const len = Math.hypot(dx, dy) || 1;
  const spread = (index - (count - 1) / 2) * 26;
  const out = { x: home.x + (dx / len) * 95, y: home.y + (dy / len) * 70 };
  return {
    x: clamp(out.x - (dy / len) * spread, 24, layout.w - 24),
    y: clamp(out.y + (dx / len) * spread, 12, layout.h - 12),
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Fraction of the way from sender to receiver at `now`, in [0, 1]. */
export function progress(m: Pick<MessageSnapshot, "sentAt" | "deliverAt">, now: number): number {
  const span = m.deliverAt - m.sentAt;
  if (span <= 0) return 1;
  return clamp((now - m.sentAt) / span, 0, 1);
}

export function lerp(a: Point, b: Point, f: number): Point {
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}

/** Undirected pairs of nodes with at least one cut direction, each once. */
export function cutPairs(
  partitions: ReadonlyArray<{ from: string; to: string }>,
): Array<{ a: string; b: string; oneWay: boolean }> {
  const seen = new Map<string, { a: string; b: string; dirs: number }>();
  for (const p of partitions) {
    const [a, b] = p.from < p.to ? [p.from, p.to] : [p.to, p.from];
    const k = `${a}|${b}`;
    const e = seen.get(k);
    if (e) e.dirs++;
    else seen.set(k, { a, b, dirs: 1 });
  }
  return [...seen.values()].map((e) => ({ a: e.a, b: e.b, oneWay: e.dirs === 1 }));
}
