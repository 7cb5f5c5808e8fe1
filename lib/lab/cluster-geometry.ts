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

/**
 * How a topology is drawn: a chain as a chain (head to tail, folded into lines that fit), leaderless nodes on a ring,
 * a single leader above its followers, and everything else (Raft, Galera, multi-master) as a mesh on an ellipse.
 */
export type ClusterShape = "chain" | "ring" | "star" | "mesh";

/** How a scenario's cluster is drawn: its shape, and the designated leader a star puts on top. */
export interface ClusterDrawing {
  readonly shape: ClusterShape;
  readonly leader?: string;
}

export function drawingOf(topology: { readonly protocol: string; readonly leader?: unknown }): ClusterDrawing {
  const shape = shapeOf(topology.protocol);
  return typeof topology.leader === "string" ? { shape, leader: topology.leader } : { shape };
}

export function shapeOf(protocol: string): ClusterShape {
  return protocol === "chain"
    ? "chain"
    : protocol === "leaderless"
      ? "ring"
      : protocol === "single-leader"
        ? "star"
        : "mesh";
}

/** Rounded: server and browser arithmetic may differ in the last digit, which would break hydration. */
const round = (v: number) => Math.round(v * 10) / 10;

/** `count` positions evenly along [from, to], or its middle for one. */
function spread(count: number, from: number, to: number): number[] {
  if (count <= 1) return [(from + to) / 2];
  return Array.from({ length: count }, (_, i) => round(from + ((to - from) * i) / (count - 1)));
}

/** Along the long side, folded back and forth (a snake) into as many lines as it takes. */
function chainPositions(ids: readonly string[], layout: Layout): Map<string, Point> {
  const landscape = layout.w >= layout.h;
  const [major, minor] = landscape ? [layout.w, layout.h] : [layout.h, layout.w];
  const per = landscape ? 4 : 5;
  const lines = Math.ceil(ids.length / per);
  const along = spread(Math.min(per, ids.length), landscape ? 80 : 60, major - (landscape ? 80 : 60));
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const line = Math.floor(i / per);
    const k = i % per;
    const a = along[line % 2 === 0 ? k : along.length - 1 - k] ?? major / 2;
    const b = round((minor * (line + 1)) / (lines + 1));
    out.set(id, landscape ? { x: a, y: b } : { x: b, y: a });
  });
  return out;
}

/** The leader at the top, its followers in rows below it. */
function starPositions(ids: readonly string[], layout: Layout, leader: string): Map<string, Point> {
  const followers = ids.filter((id) => id !== leader);
  const top = NODE_H / 2 + 24;
  const out = new Map<string, Point>();
  if (ids.includes(leader)) out.set(leader, { x: layout.w / 2, y: top });
  const per = layout.w >= layout.h ? 4 : 2;
  const rows = Math.max(1, Math.ceil(followers.length / per));
  const ys = spread(rows, top + NODE_H + 60, layout.h - NODE_H / 2 - 24);
  followers.forEach((id, i) => {
    const row = Math.floor(i / per);
    const inRow = Math.min(per, followers.length - row * per);
    const margin = layout.w / (2 * per);
    const xs = spread(
      inRow,
      margin + ((per - inRow) * margin) / per,
      layout.w - margin - ((per - inRow) * margin) / per,
    );
    out.set(id, { x: xs[i % per] ?? layout.w / 2, y: (rows === 1 ? ys[0] : ys[row]) ?? layout.h / 2 });
  });
  return out;
}

/** The lines drawn between nodes for a shape, `directed` where the drawing shows which way data flows. */
export function shapeLinks(
  ids: readonly string[],
  shape: ClusterShape,
  leader?: string,
): Array<{ a: string; b: string; directed: boolean }> {
  const pairs = (f: (id: string, i: number) => string | undefined, directed: boolean) =>
    ids.flatMap((a, i) => {
      const b = f(a, i);
      return b !== undefined && b !== a ? [{ a, b, directed }] : [];
    });
  switch (shape) {
    case "chain":
      return pairs((_, i) => ids[i + 1], true);
    case "ring":
      return ids.length < 3 ? pairs((_, i) => ids[i + 1], false) : pairs((_, i) => ids[(i + 1) % ids.length], false);
    case "star":
      return leader !== undefined && ids.includes(leader)
        ? ids.filter((id) => id !== leader).map((b) => ({ a: leader, b, directed: true }))
        : [];
    case "mesh":
      return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ a, b, directed: false })));
  }
}

/** The point a node's clients stand away from: the centre, or straight across a chain's line or a star's rows. */
export function clientAnchor(home: Point, shape: ClusterShape, layout: Layout): Point {
  if (shape === "chain") {
    if (layout.w >= layout.h) return { x: home.x, y: home.y + (home.y <= layout.h / 2 ? 1 : -1) };
    return { x: home.x + (home.x <= layout.w / 2 ? 1 : -1), y: home.y };
  }
  // Followers' clients below them, the leader's above it.
  if (shape === "star") return { x: home.x, y: layout.h / 2 };
  return { x: layout.w / 2, y: layout.h / 2 };
}

/** Nodes placed for their topology's shape (an ellipse, the first at the top, clockwise, unless told otherwise). */
export function nodePositions(
  ids: readonly string[],
  layout: Layout = LANDSCAPE,
  shape: ClusterShape = "mesh",
  leader?: string,
): Map<string, Point> {
  if (shape === "chain" && ids.length > 1) return chainPositions(ids, layout);
  if (shape === "star" && leader !== undefined && ids.includes(leader) && ids.length > 1)
    return starPositions(ids, layout, leader);
  const cx = layout.w / 2;
  const cy = layout.h / 2;
  const two = ids.length <= 2;
  const rx = two ? layout.pair.x : layout.rx;
  const ry = two ? layout.pair.y : layout.ry;
  if (two && layout.pair.x === 0)
    return new Map(ids.map((id, i) => [id, { x: cx, y: cy + (i === 0 ? -ry : ry) }] as const));
  const r = round;
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
export function clientPosition(
  home: Point,
  index: number,
  count: number,
  layout: Layout = LANDSCAPE,
  anchor: Point = { x: layout.w / 2, y: layout.h / 2 },
): Point {
  const dx = home.x - anchor.x;
  const dy = home.y - anchor.y;
  const len = Math.hypot(dx, dy) || 1;
  // Fanned out across the way out: 26 apart side by side vertically, 48 (a client's width and a gap) horizontally.
  const offset = (index - (count - 1) / 2) * (26 + 22 * Math.abs(dy / len));
  const out = { x: home.x + (dx / len) * 95, y: home.y + (dy / len) * 70 };
  return {
    x: clamp(out.x - (dy / len) * offset, 24, layout.w - 24),
    y: clamp(out.y + (dx / len) * offset, 12, layout.h - 12),
  };
}

/** Past this many clients at one node they are drawn as one chip that counts them: sixty chips would hide the nodes. */
export const MAX_CLIENT_CHIPS = 6;

/** What the drawing shows for the clients: one chip each, or one per crowded node. */
export interface ClientChip {
  readonly key: string;
  readonly label: string;
  /** Clients it stands for with an operation in flight. */
  readonly pending: number;
  readonly count: number;
  readonly at: Point;
}

/**
 * Where each client is drawn (messages fly to and from it) and the chips that show them: at a node with more than
 * MAX_CLIENT_CHIPS clients, they all stand at one chip that counts them.
 */
export function clientLayout(
  clients: ReadonlyArray<{ readonly id: string; readonly home: string; readonly pending: unknown }>,
  nodes: ReadonlyMap<string, Point>,
  layout: Layout = LANDSCAPE,
  shape: ClusterShape = "mesh",
): { positions: Map<string, Point>; chips: ClientChip[] } {
  const byHome = new Map<string, Array<(typeof clients)[number]>>();
  for (const c of clients) byHome.set(c.home, [...(byHome.get(c.home) ?? []), c]);
  const positions = new Map<string, Point>();
  const chips: ClientChip[] = [];
  for (const [home, group] of byHome) {
    const at = nodes.get(home) ?? { x: 0, y: 0 };
    const anchor = clientAnchor(at, shape, layout);
    if (group.length > MAX_CLIENT_CHIPS) {
      const p = clientPosition(at, 0, 1, layout, anchor);
      for (const c of group) positions.set(c.id, p);
      const pending = group.filter((c) => c.pending !== null).length;
      chips.push({ key: `clients@${home}`, label: `${group.length} clients`, pending, count: group.length, at: p });
      continue;
    }
    group.forEach((c, i) => {
      const p = clientPosition(at, i, group.length, layout, anchor);
      positions.set(c.id, p);
      const label = c.id.length > 7 ? `${c.id.slice(0, 6)}…` : c.id;
      chips.push({ key: c.id, label, pending: c.pending === null ? 0 : 1, count: 1, at: p });
    });
  }
  return { positions, chips };
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
