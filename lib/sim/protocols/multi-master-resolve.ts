/**
 * Conflict rules of asynchronous multi-master replication, as pure functions
 * over one key's state on one node. A write's context is its origin's state
 * of the key just before it (as if the client read from that node just before
 * writing); what that state holds, and so what "b saw a" means, depends on the
 * mode:
 *   lww              a node keeps one write per key, the one with the highest (skewed local timestamp, node id, seq):
 *                    it converges and silently drops the rest. A new write overwrites exactly that winner, so its
 *                    causal history is a chain (`overwrites`): it saw the writes on that chain and nothing else —
 *                    in particular not the losers its origin discarded, even its own earlier ones.
 *   version-vectors  the node keeps every write no other write has seen (siblings), for the reader to merge;
 *                    each write carries the pointwise maximum of its origin's vectors, and "b saw a" is `leq(a.vv,
 *                    b.vv)`;
 *   counter          writes are deltas; the value is their sum, which commutes, so nothing is lost (vectors as above).
 */
import type { Value } from "../history";

/** One client write as replicated between masters. Immutable; shared by every node that integrates it. */
export interface MmWrite {
  /** The client operation id: unique per run. */
  readonly id: number;
  /** Origin node index and name. */
  readonly origin: number;
  readonly originName: string;
  /** Position in the origin's own write log, from 1. */
  readonly seq: number;
  readonly key: string;
  /** The written value; in counter mode the delta. */
  readonly value: Value;
  /** The origin's local (possibly skewed) clock when it accepted the write. */
  readonly ts: number;
  /**
   * Per-key version vector after this write. version-vectors/counter: the pointwise maximum of every vector its origin
   * had integrated, plus one for the origin. lww: the vector of the write it overwrote, plus one for the origin (how
   * many
   * writes of each node its chain holds) — a summary only; `overwrites` is the exact history.
   */
  readonly vv: readonly number[];
  /**
   * lww: the write this one overwrote (its origin's winner when it was accepted), null for the key's first write there;
   * other modes: null.
   */
  readonly overwrites: MmWrite | null;
  /** lww: length of the `overwrites` chain including this write (1 for a first write); other modes: 1. */
  readonly depth: number;
}

export type ConflictMode = "lww" | "version-vectors" | "counter";

/**
 * One key's state on one node. Keeps: version-vectors/counter: `frontier` holds exactly the integrated writes no other
 * integrated write has seen; lww: `frontier` is `[winner]` (the node keeps nothing else, so a discarded write is never
 * compared with a later one again).
 */
export interface KeyState {
  /**
   * Pointwise maximum of every integrated write's vector (lww: informational; new lww writes take their context from
   * `winner`).
   */
  readonly vv: number[];
  frontier: MmWrite[];
  /** lww: the winner so far. */
  winner: MmWrite | null;
  /** counter: the sum of integrated deltas. */
  sum: number;
}

export interface ConflictRecord {
  readonly at: number;
  /** Node where it was first detected. */
  readonly node: string;
  readonly key: string;
  /** concurrent: neither write saw the other; skew (lww only): the causally later write lost on timestamp. */
  readonly kind: "concurrent" | "skew";
  readonly writes: ReadonlyArray<{
    readonly opId: number;
    readonly node: string;
    readonly value: Value;
    readonly ts: number;
  }>;
  readonly resolution: string;
}

export const newKeyState = (n: number): KeyState => ({
  vv: new Array<number>(n).fill(0),
  frontier: [],
  winner: null,
  sum: 0,
});

/** a ≤ b pointwise: whoever wrote b had seen everything a had seen. */
export function leq(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) > (b[i] ?? 0)) return false;
  return true;
}

/**
 * lww: did whoever wrote b see a, i.e. is a on b's `overwrites` chain (b itself included)? Walks b's chain down to a's
 * depth.
 */
export function overwrote(b: MmWrite, a: MmWrite): boolean {
  let x: MmWrite | null = b;
  while (x && x.depth > a.depth) x = x.overwrites;
  return x === a;
}

/** LWW order: timestamp, then node name, then the origin's sequence. */
export function lwwLater(a: MmWrite, b: MmWrite): boolean {
  if (a.ts !== b.ts) return a.ts > b.ts;
  if (a.originName !== b.originName) return a.originName > b.originName;
  return a.seq > b.seq;
}

const writeInfo = (w: MmWrite) => ({
  opId: w.id,
  node: w.originName,
  value: w.value,
  ts: Math.round(w.ts * 1000) / 1000,
});

/**
 * Integrates a write into a key's state (each write exactly once per node) and
 * returns the conflicts it revealed. Keeps the frontier invariant above.
 */
export function integrate(
  ks: KeyState,
  w: MmWrite,
  mode: ConflictMode,
  at: number,
  nodeName: string,
): ConflictRecord[] {
  for (let i = 0; i < ks.vv.length; i++) if ((w.vv[i] ?? 0) > (ks.vv[i] as number)) ks.vv[i] = w.vv[i] ?? 0;
  if (mode === "lww") return integrateLww(ks, w, at, nodeName);
  const out: ConflictRecord[] = [];
  const concurrent = ks.frontier.filter((s) => !leq(s.vv, w.vv));
  for (const s of concurrent) out.push(concurrentRecord(s, w, mode, at, nodeName));
  ks.frontier = concurrent;
  ks.frontier.push(w);
  if (!ks.winner || lwwLater(w, ks.winner)) ks.winner = w;
  if (mode === "counter" && typeof w.value === "number") ks.sum += w.value;
  return out;
}

/**
 * lww: the node holds one write; the higher of it and `w` in LWW order stays (so every node converges on the maximum of
 * the writes it integrated, in any arrival order). Reports the pair as concurrent when neither write's chain holds the
 * other, as skew when the causally later one loses on timestamp; nothing when the earlier one simply gets overwritten.
 */
function integrateLww(ks: KeyState, w: MmWrite, at: number, nodeName: string): ConflictRecord[] {
  const win = ks.winner;
  const keep = !win || lwwLater(w, win) ? w : win;
  ks.winner = keep;
  ks.frontier = [keep];
  if (!win) return [];
  const later = overwrote(w, win) ? w : overwrote(win, w) ? win : null;
  if (!later) return [concurrentRecord(win, w, "lww", at, nodeName)];
  if (later === keep) return [];
  const earlier = later === w ? win : w;
  return [
    {
      at,
      node: nodeName,
      key: w.key,
      kind: "skew",
      writes: [writeInfo(earlier), writeInfo(later)],
      resolution: `last write wins: ${describe(later)} saw ${describe(earlier)} but has an older timestamp, so it is discarded`,
    },
  ];
}

function concurrentRecord(s: MmWrite, w: MmWrite, mode: ConflictMode, at: number, nodeName: string): ConflictRecord {
  const pair = [writeInfo(s), writeInfo(w)].sort((a, b) => a.opId - b.opId);
  const resolution =
    mode === "lww"
      ? `last write wins: kept ${lwwLater(s, w) ? describe(s) : describe(w)}, discarded ${lwwLater(s, w) ? describe(w) : describe(s)}`
      : mode === "version-vectors"
        ? "kept both as siblings for the reader to merge"
        : "merged: counter deltas add up";
  return { at, node: nodeName, key: w.key, kind: "concurrent", writes: pair, resolution };
}

function describe(w: MmWrite): string {
  return `${w.key}=${String(w.value)} from ${w.originName} (ts ${Math.round(w.ts * 1000) / 1000})`;
}

/** Prefix of a read's output when a key holds several siblings: `siblings:[3,5]` (values JSON-encoded, sorted). */
export const SIBLINGS_PREFIX = "siblings:";

/**
 * One value stays a plain value; several become `siblings:[…]` sorted by their JSON form, so every node renders the
 * same set alike.
 */
export function formatSiblings(values: readonly Value[]): Value {
  if (values.length === 1) return values[0] as Value;
  return `${SIBLINGS_PREFIX}[${values
    .map((v) => JSON.stringify(v))
    .sort()
    .join(",")}]`;
}

/** The sibling values a read returned: one value for a plain output, the list for a `siblings:[…]` string. */
export function parseSiblings(output: Value): Value[] {
  if (typeof output !== "string" || !output.startsWith(SIBLINGS_PREFIX)) return [output];
  return (JSON.parse(output.slice(SIBLINGS_PREFIX.length)) as Value[]).slice();
}

/** What a read of this key returns on this node (null for a key never written). */
export function readValue(ks: KeyState | undefined, mode: ConflictMode): Value {
  if (!ks) return null;
  switch (mode) {
    case "lww":
      return ks.winner ? ks.winner.value : null;
    case "version-vectors":
      return formatSiblings(ks.frontier.map((s) => s.value));
    case "counter":
      return ks.sum;
    default: {
      const never: never = mode;
      return never;
    }
  }
}

/**
 * Writes that survive in a key's converged state: anything a kept write has seen (counter: every delta; lww: the
 * winner's `overwrites` chain — a write another node discarded, or that only discarded writes overwrote, is lost).
 */
export function survives(w: MmWrite, ks: KeyState, mode: ConflictMode): boolean {
  if (mode === "counter") return leq(w.vv, ks.vv);
  if (mode === "lww") return ks.winner !== null && overwrote(ks.winner, w);
  return ks.frontier.some((s) => leq(w.vv, s.vv));
}
