/**
 * Binary min-heap of scheduled events ordered by (time, insertion sequence).
 *
 * The sequence number makes the order total, so two events at the same virtual
 * millisecond always pop in the order they were scheduled: the simulation never
 * depends on the heap's internal layout.
 */
export interface Scheduled {
  readonly t: number;
  readonly seq: number;
}

const before = (a: Scheduled, b: Scheduled): boolean => a.t < b.t || (a.t === b.t && a.seq < b.seq);

export class EventHeap<T extends Scheduled> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  /** Invariant kept: after push, `peek()` is the earliest (t, seq) item. */
  push(item: T): void {
    const a = this.items;
    let i = a.length;
    a.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = a[parent] as T;
      if (!before(item, p)) break;
      a[i] = p;
      i = parent;
    }
    a[i] = item;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  /** Removes and returns the earliest (t, seq) item. */
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    const n = a.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      let child = a[l] as T;
      if (r < n) {
        const rc = a[r] as T;
        if (before(rc, child)) {
          c = r;
          child = rc;
        }
      }
      if (!before(child, last)) break;
      a[i] = child;
      i = c;
    }
    a[i] = last;
    return top;
  }

  /** Items in no particular order (for snapshots). */
  toArray(): readonly T[] {
    return this.items;
  }
}
