/**
 * The consistent-hash ring for the leaderless protocol. Each node owns
 * `vnodes` tokens (FNV-1a of "<id>#<i>"); a key hashes to a position and its
 * preference list is the distinct nodes met walking clockwise from there.
 * Deterministic: the same node ids and vnodes give the same placement on
 * every platform, independent of the run's seed.
 */

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface Ring {
  /** Token positions, ascending. */
  readonly tokens: readonly number[];
  /** owners[i] is the node index owning tokens[i]. */
  readonly owners: readonly number[];
  readonly nodes: number;
}

/** Builds the ring; ties between equal tokens are broken by node index so placement never depends on sort stability. */
export function buildRing(nodeIds: readonly string[], vnodes: number): Ring {
  const pts: Array<{ t: number; o: number }> = [];
  nodeIds.forEach((id, o) => {
    for (let v = 0; v < vnodes; v++) pts.push({ t: fnv1a(`${id}#${v}`), o });
  });
  pts.sort((a, b) => a.t - b.t || a.o - b.o);
  return { tokens: pts.map((p) => p.t), owners: pts.map((p) => p.o), nodes: nodeIds.length };
}

/** Every node once, in ring order from the key's position. The first N form the key's preference list. */
export function ringWalk(ring: Ring, key: string): number[] {
  const h = fnv1a(key);
  const { tokens, owners } = ring;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as number) < h) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  const seen = new Uint8Array(ring.nodes);
  for (let k = 0; k < tokens.length && out.length < ring.nodes; k++) {
    const o = owners[(lo + k) % tokens.length] as number;
    if (seen[o] === 0) {
      seen[o] = 1;
      out.push(o);
    }
  }
  return out;
}
