/**
 * Galera certification: deterministic conflict detection over the total
 * order. Every node runs it on the same write-sets in the same order with the
 * same inputs, so every node reaches the same verdict without talking to the
 * others: that is what lets the origin abort alone and everyone else apply.
 */
import type { Value } from "../history";

/** A transaction's write-set: the keys it wrote and the snapshot it read. Immutable. */
export interface WriteSet {
  /** Run-unique id (a retry gets a new one). */
  readonly id: number;
  readonly origin: number;
  /** The client operation that started it. */
  readonly opId: number;
  readonly keys: readonly string[];
  readonly values: readonly Value[];
  /** The origin's last applied seqno when the transaction ran: its snapshot. */
  readonly snapshot: number;
}

/** key → the last write-set that wrote it and passed certification: its seqno and origin node. */
export type CertIndex = Map<string, { readonly seqno: number; readonly origin: number }>;

/**
 * Certifies the write-set ordered at `seqno` and, when it passes, records its
 * keys. Fails iff a key was written by a committed write-set from another node
 * ordered after the transaction's snapshot (and, by construction, before
 * `seqno`). Conflicts between transactions of one node are settled earlier by
 * that node's row locks, as in Galera, so they never fail certification.
 */
export function certify(index: CertIndex, ws: WriteSet, seqno: number): boolean {
  for (const k of ws.keys) {
    const last = index.get(k);
    if (last !== undefined && last.seqno > ws.snapshot && last.origin !== ws.origin) return false;
  }
  const entry = { seqno, origin: ws.origin };
  for (const k of ws.keys) index.set(k, entry);
  return true;
}

/** Rebuilds a node's index from the first `upTo` entries of the total order (after a restart). */
export function rebuildIndex(order: readonly WriteSet[], upTo: number): CertIndex {
  const index: CertIndex = new Map();
  for (let s = 1; s <= upTo; s++) certify(index, order[s - 1] as WriteSet, s);
  return index;
}
