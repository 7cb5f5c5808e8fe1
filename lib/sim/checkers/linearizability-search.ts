/**
 * The search at the heart of the linearizability checker: Wing & Gong's
 * algorithm with Lowe's just-in-time linearization and a memo of
 * (linearized set, model state) pairs, the structure Porcupine made popular.
 *
 * It works on plain integers so it stays fast: op `i` has interval
 * [call[i], ret[i]] (ret = +Infinity for an op that never completed), and the
 * model is a pure `step(state, op) → next state | -1` over interned state ids.
 *
 * Invariants of the search loop:
 * - the entry list holds exactly the call/return entries of ops not yet
 *   linearized, in time order (calls before returns on ties, so ops that touch
 *   at one instant count as concurrent, never as ordered);
 * - `stack[0..depth)` is the current partial linearization, in order, and
 *   `bits` / `hash` / `state` always describe exactly that prefix;
 * - a (bits, state) pair is explored at most once (the cache), which bounds the
 *   work by the number of distinct reachable configurations.
 */

/** A deterministic register-like model over interned state ids. Returns -1 when `op` cannot take effect in `state`. */
export interface SearchModel {
  readonly initialState: number;
  step(state: number, op: number): number;
  /**
   * True if `op` never changes the state (a read). Such an op, when it can take
   * effect, is linearized at once and never "un-chosen": moving a pure op
   * earlier cannot break anything, so the other orders are dominated.
   */
  isPure?(op: number): boolean;
}

/**
 * The memo of explored configurations: an open-addressing hash set of
 * (linearized set, state). A linearized set is stored compactly as the window
 * of words [low, high] of its bitset: below `low` every bit is set (the long
 * settled past), above `high` none is (the future), so an entry costs about
 * the width of the concurrency window rather than the length of the history.
 * All windows live in one growable pool, so an insert allocates nothing in the
 * common case. Past `maxPoolWords` it stops remembering (still correct, the
 * memo is only an accelerator; the step budget still bounds the work).
 */
class ConfigCache {
  private slots: Int32Array; // pool offset of the entry, -1 when empty
  private hashes: Int32Array;
  private states: Int32Array;
  private pool: Uint32Array;
  private used = 0;
  private count = 0;

  constructor(private readonly maxPoolWords: number) {
    this.slots = new Int32Array(1024).fill(-1);
    this.hashes = new Int32Array(1024);
    this.states = new Int32Array(1024);
    this.pool = new Uint32Array(4096);
  }

  /**
   * Adds (bits, state) if absent; false when it was already there. Words outside [low, high] must be all ones / all
   * zeros.
   */
  add(bitsHash: number, state: number, bits: Uint32Array, low: number, high: number): boolean {
    const h = (bitsHash ^ mix32(state + 0x51ed27)) | 0;
    const mask = this.slots.length - 1;
    const width = high >= low ? high - low + 1 : 0;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const off = this.slots[i]!;
      if (off === -1) return this.insert(i, h, state, bits, low, width);
      if (this.hashes[i] !== h || this.states[i] !== state) continue;
      const pool = this.pool;
      if (pool[off] !== low || pool[off + 1] !== width) continue;
      let same = true;
      for (let w = 0; w < width; w++) {
        if (pool[off + 2 + w] !== bits[low + w]) {
          same = false;
          break;
        }
      }
      if (same) return false;
    }
  }

  private insert(slot: number, h: number, state: number, bits: Uint32Array, low: number, width: number): boolean {
    const need = width + 2;
    if (this.used + need > this.pool.length) {
      if (this.pool.length * 2 > this.maxPoolWords) return true;
      const bigger = new Uint32Array(this.pool.length * 2);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const off = this.used;
    this.pool[off] = low;
    this.pool[off + 1] = width;
    for (let w = 0; w < width; w++) this.pool[off + 2 + w] = bits[low + w]!;
    this.used += need;
    this.slots[slot] = off;
    this.hashes[slot] = h;
    this.states[slot] = state;
    if (++this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  private grow(): void {
    const { slots, hashes, states } = this;
    const size = slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.states = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < slots.length; j++) {
      const off = slots[j]!;
      if (off === -1) continue;
      let i = hashes[j]! & mask;
      while (this.slots[i] !== -1) i = (i + 1) & mask;
      this.slots[i] = off;
      this.hashes[i] = hashes[j]!;
      this.states[i] = states[j]!;
    }
  }
}

export interface SearchResult {
  readonly outcome: "linearizable" | "violation" | "unknown";
  readonly steps: number;
  /**
   * For a violation: the op whose return entry stopped the branch that got
   * furthest in time (ties: the branch with more ops linearized); -1 otherwise.
   * Every branch died at or before that op's completion, so the history cut
   * just after it (ops invoked later removed) is still not linearizable.
   */
  readonly culprit: number;
  /** How many ops that furthest branch had linearized. */
  readonly deepest: number;
}

/** Cap on the memo's pool (64 Mi words = 256 MiB) so a hard history cannot exhaust memory. */
const MAX_CACHE_WORDS = 1 << 26;

/** 32-bit avalanche mix (murmur3 finaliser); deterministic, no global state. */
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Runs the search over `n` ops. Never performs more than `maxSteps` loop
 * iterations; if that budget runs out the outcome is "unknown".
 */
export function searchLinearization(
  n: number,
  call: ArrayLike<number>,
  ret: ArrayLike<number>,
  model: SearchModel,
  maxSteps: number,
): SearchResult {
  if (n === 0) return { outcome: "linearizable", steps: 0, culprit: -1, deepest: 0 };

  // Entry e (1-based; 0 is the list head): odd = call of op (e-1)/2, even = its return.
  const entries = 2 * n;
  const order: number[] = new Array<number>(entries);
  const time = new Float64Array(entries + 1);
  for (let i = 0; i < n; i++) {
    const c = call[i] ?? 0;
    const r = ret[i] ?? Infinity;
    time[2 * i + 1] = c;
    time[2 * i + 2] = r;
    order[2 * i] = 2 * i + 1;
    order[2 * i + 1] = 2 * i + 2;
  }
  order.sort((a, b) => {
    const ta = time[a] ?? 0;
    const tb = time[b] ?? 0;
    if (ta !== tb) return ta < tb ? -1 : 1;
    const ka = a & 1;
    const kb = b & 1;
    if (ka !== kb) return kb - ka; // calls (odd) first
    return a - b;
  });

  const next = new Int32Array(entries + 1).fill(-1);
  const prev = new Int32Array(entries + 1).fill(-1);
  let last = 0;
  for (const e of order) {
    next[last] = e;
    prev[e] = last;
    last = e;
  }

  // Removing an op's call and return entries; unlift restores them in reverse.
  const lift = (c: number): void => {
    const r = c + 1;
    const pc = prev[c]!;
    const nc = next[c]!;
    next[pc] = nc;
    if (nc !== -1) prev[nc] = pc;
    const pr = prev[r]!;
    const nr = next[r]!;
    next[pr] = nr;
    if (nr !== -1) prev[nr] = pr;
  };
  const unlift = (c: number): void => {
    const r = c + 1;
    const pr = prev[r]!;
    const nr = next[r]!;
    next[pr] = r;
    if (nr !== -1) prev[nr] = r;
    const pc = prev[c]!;
    const nc = next[c]!;
    next[pc] = c;
    if (nc !== -1) prev[nc] = c;
  };

  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(words);
  const zobrist = new Uint32Array(n);
  for (let i = 0; i < n; i++) zobrist[i] = mix32(Math.imul(i + 1, 0x9e3779b1));
  const cache = new ConfigCache(MAX_CACHE_WORDS);
  // Per-word popcounts keep [low, high] (first non-full word, last non-empty word) current in amortised O(1).
  const fill = new Uint8Array(words);
  const fullCount = new Uint8Array(words);
  for (let w = 0; w < words; w++) fullCount[w] = Math.min(32, n - 32 * w);
  let low = 0;
  let high = -1;
  const setBit = (op: number): void => {
    const w = op >>> 5;
    bits[w] = bits[w]! | (1 << (op & 31));
    fill[w] = fill[w]! + 1;
    if (w > high) high = w;
    while (low < words && fill[low] === fullCount[low]) low++;
  };
  const clearBit = (op: number): void => {
    const w = op >>> 5;
    bits[w] = bits[w]! & ~(1 << (op & 31));
    fill[w] = fill[w]! - 1;
    if (w < low) low = w;
    while (high >= 0 && fill[high] === 0) high--;
  };
  const pure = new Uint8Array(n);
  for (let i = 0; i < n; i++) pure[i] = model.isPure?.(i) ? 1 : 0;

  const stackEntry = new Int32Array(n);
  const stackState = new Int32Array(n);
  let depth = 0;
  let state = model.initialState;
  let hash = 0;
  let steps = 0;
  let culprit = -1;
  let deepest = -1;
  let culpritTime = -Infinity;

  let e = next[0]!;
  while (next[0] !== -1) {
    if (++steps > maxSteps) return { outcome: "unknown", steps, culprit: -1, deepest: Math.max(deepest, 0) };
    let dead = false;
    if (e & 1) {
      const op = (e - 1) >>> 1;
      const after = model.step(state, op);
      if (after >= 0) {
        setBit(op);
        const newHash = (hash ^ zobrist[op]!) >>> 0;
        if (cache.add(newHash, after, bits, low, high)) {
          stackEntry[depth] = e;
          stackState[depth] = state;
          depth++;
          state = after;
          hash = newHash;
          lift(e);
          e = next[0]!;
          continue;
        }
        clearBit(op);
        // A pure op that could go now but leads to an explored (hence failed)
        // configuration: going later cannot do better, so this one fails too.
        dead = pure[op] === 1;
      }
      if (!dead) {
        e = next[e]!;
        continue;
      }
    } else {
      // A return entry of an op we could not linearize in time: this branch is dead.
      const op = (e - 2) >>> 1;
      const t = time[e] ?? 0;
      if (t > culpritTime || (t === culpritTime && depth > deepest)) {
        deepest = depth;
        culprit = op;
        culpritTime = t;
      }
    }
    // Backtrack. Popping a pure op (a read) means the configuration before it
    // failed with it linearized as early as possible, which dominates every
    // other choice there, so keep popping until a state-changing op.
    let c = 0;
    let undone = 0;
    do {
      if (depth === 0) return { outcome: "violation", steps, culprit, deepest };
      depth--;
      c = stackEntry[depth]!;
      state = stackState[depth]!;
      undone = (c - 1) >>> 1;
      clearBit(undone);
      hash = (hash ^ zobrist[undone]!) >>> 0;
      unlift(c);
    } while (pure[undone] === 1);
    e = next[c]!;
  }
  return { outcome: "linearizable", steps, culprit: -1, deepest: n };
}
