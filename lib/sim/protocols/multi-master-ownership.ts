/**
 * Write ownership, the two safe master-master layouts: each node writes only
 * its own tables (key prefixes) or only its own rows (id ranges, or MySQL's
 * auto_increment_increment = n with offset = node index). With ownership no
 * two nodes ever write the same key, so no write can conflict.
 */
import type { Ownership } from "./multi-master-params";

/** The row id of a key: its trailing integer ("k12" → 12, "users:7" → 7), or -1. */
export function keyId(key: string): number {
  const m = /(\d+)$/.exec(key);
  return m ? Number(m[1]) : -1;
}

/** The index of the node that owns `key`, -1 when none does; undefined when ownership is off. */
export function ownerOf(
  o: Ownership,
  key: string,
  nodeIndex: ReadonlyMap<string, number>,
  n: number,
): number | undefined {
  switch (o.mode) {
    case "none":
      return undefined;
    case "key-prefix": {
      let best = -1;
      let bestLen = -1;
      for (const [node, prefixes] of Object.entries(o.prefixes))
        for (const p of prefixes)
          if (key.startsWith(p) && p.length > bestLen) {
            best = nodeIndex.get(node) ?? -1;
            bestLen = p.length;
          }
      return best;
    }
    case "key-range": {
      const id = keyId(key);
      for (const [node, r] of Object.entries(o.ranges))
        if (id >= r.from && id <= r.to) return nodeIndex.get(node) ?? -1;
      return -1;
    }
    case "auto-increment": {
      const id = keyId(key);
      return id < 0 ? -1 : id % n;
    }
    default: {
      const never: never = o;
      return never;
    }
  }
}

/** Human description of a node's share, for the node view. */
export function describeShare(o: Ownership, node: string, index: number, n: number): string {
  switch (o.mode) {
    case "none":
      return "writes any key";
    case "key-prefix":
      return `owns ${(o.prefixes[node] ?? []).map((p) => `${p}*`).join(", ") || "nothing"}`;
    case "key-range": {
      const r = o.ranges[node];
      return r ? `owns ids ${r.from}–${r.to}` : "owns nothing";
    }
    case "auto-increment":
      return `owns ids ≡ ${index} mod ${n}`;
    default: {
      const never: never = o;
      return never;
    }
  }
}
