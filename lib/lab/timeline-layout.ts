/**
 * Places timeline labels so that no two boxes overlap: each label wants to sit
 * at its bar's x in its lane; it takes the first of the lane's label rows where
 * it fits, and is elided (left to the bar's tooltip) when none has room.
 */

export interface LabelRequest<Id> {
  readonly id: Id;
  readonly lane: number;
  /** Where the label wants to start, in pixels. */
  readonly x: number;
  readonly width: number;
  /** Higher goes first (anomalies before ordinary operations); ties go left to right. */
  readonly priority?: number;
}

export interface PlacedLabel<Id> {
  readonly id: Id;
  readonly lane: number;
  readonly row: number;
  readonly x: number;
  readonly width: number;
}

export interface LabelLayoutOptions {
  readonly rows: number;
  /** Labels are kept inside [minX, maxX]; one wider than that is elided. */
  readonly minX: number;
  readonly maxX: number;
  /** Clear space kept between two labels in one row. */
  readonly gap: number;
}

/** Monospace 12 px text: 0.6 em a character, plus padding either side. */
export const LABEL_CHAR_PX = 7.2;
/**
 * A label's box: its text's width as the browser measured it when known (symbols from fallback fonts are wider than
 * a monospace cell), never less than the per-character estimate, plus padding either side.
 */
export const labelWidth = (text: string, measured = 0, pad = 4) =>
  Math.ceil(Math.max([...text].length * LABEL_CHAR_PX, measured) + 2 * pad);

type Row = { starts: number[]; ends: number[] };

/** Index of the first interval in the row whose start is ≥ x (rows are kept sorted and disjoint). */
function lowerBound(starts: readonly number[], x: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fits(row: Row, a: number, b: number, gap: number): boolean {
  const i = lowerBound(row.starts, a);
  const prevEnd = i > 0 ? (row.ends[i - 1] as number) : -Infinity;
  const nextStart = i < row.starts.length ? (row.starts[i] as number) : Infinity;
  return prevEnd + gap <= a && b + gap <= nextStart;
}

function insert(row: Row, a: number, b: number): void {
  const i = lowerBound(row.starts, a);
  row.starts.splice(i, 0, a);
  row.ends.splice(i, 0, b);
}

/**
 * Invariant: in the result, two labels in the same lane and row never overlap
 * (their intervals are at least `gap` apart), every label lies within
 * [minX, maxX], and every request is either placed once or counted as elided.
 */
export function placeLabels<Id>(
  requests: readonly LabelRequest<Id>[],
  opts: LabelLayoutOptions,
): { placed: PlacedLabel<Id>[]; elided: Id[] } {
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((p, q) => (q.r.priority ?? 0) - (p.r.priority ?? 0) || p.r.x - q.r.x || p.i - q.i);
  const rows = new Map<string, Row>();
  const placed: PlacedLabel<Id>[] = [];
  const elided: Id[] = [];
  for (const { r } of order) {
    const width = Math.max(0, r.width);
    const x = Math.min(Math.max(r.x, opts.minX), opts.maxX - width);
    let done = false;
    if (Number.isFinite(x) && x >= opts.minX) {
      for (let row = 0; row < opts.rows && !done; row++) {
        const key = `${r.lane}:${row}`;
        const line = rows.get(key) ?? { starts: [], ends: [] };
        if (!fits(line, x, x + width, opts.gap)) continue;
        insert(line, x, x + width);
        rows.set(key, line);
        placed.push({ id: r.id, lane: r.lane, row, x, width });
        done = true;
      }
    }
    if (!done) elided.push(r.id);
  }
  return { placed, elided };
}

/**
 * Groups items whose positions lie within `span` pixels of their group's first
 * item, in x order: hundreds of anomalies a few pixels apart become one chip
 * each. Every item lands in exactly one group; groups keep x order.
 */
export function clusterByX<T>(items: readonly T[], x: (item: T) => number, span: number): T[][] {
  const sorted = [...items].sort((a, b) => x(a) - x(b));
  const groups: T[][] = [];
  let start = -Infinity;
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && x(item) - start < span) last.push(item);
    else {
      groups.push([item]);
      start = x(item);
    }
  }
  return groups;
}
