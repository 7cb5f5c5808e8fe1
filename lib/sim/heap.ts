/**
 * Binary min-heap of scheduled events ordered by (time, insertion sequence).
 *
 * The sequence number makes the order total, so two events at the same virtual
 * millisecond always pop in the order they were scheduled: the simulation never
 * depends on the heap's internal layout.
 *
 * Keys live in parallel Float64Arrays so comparisons never touch the (differently
 * shaped) event objects: this keeps the hot loop's property loads monomorphic.
 */
export interface Scheduled {
  readonly t: number;
  readonly seq: number;
}

export class EventHeap<T extends Scheduled> {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private items: Array<T | undefined> = [];
  private n = 0;

  get size(): number {
    return this.n;
  }

  private grow(): void {
    const t = new Float64Array(this.times.length * 2);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(this.seqs.length * 2);
    s.set(this.seqs);
    this.seqs = s;
  }

  /** Invariant kept: after push, `peek()` is the earliest (t, seq) item. */
  push(item: T): void {
    if (this.n === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const items = this.items;
    const t = item.t;
    const s = item.seq;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p] as number;
      if (pt < t || (pt === t && (seqs[p] as number) < s)) break;
      times[i] = pt;
      seqs[i] = seqs[p] as number;
      items[i] = items[p];
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
    items[i] = item;
  }

  peek(): T | undefined {
    return this.n > 0 ? this.items[0] : undefined;
  }

  /** Time of the earliest item, or +Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? (this.times[0] as number) : Infinity;
  }

  /** Removes and returns the earliest (t, seq) item. */
  pop(): T | undefined {
    if (this.n === 0) return undefined;
    const times = this.times;
    const seqs = this.seqs;
    const items = this.items;
    const top = items[0];
    const n = --this.n;
    const lt = times[n] as number;
    const ls = seqs[n] as number;
    const last = items[n];
    items[n] = undefined;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let c = l;
      let ct = times[l] as number;
      let cs = seqs[l] as number;
      const r = l + 1;
      if (r < n) {
        const rt = times[r] as number;
        const rs = seqs[r] as number;
        if (rt < ct || (rt === ct && rs < cs)) {
          c = r;
          ct = rt;
          cs = rs;
        }
      }
      if (lt < ct || (lt === ct && ls < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      items[i] = items[c];
      i = c;
    }
    times[i] = lt;
    seqs[i] = ls;
    items[i] = last;
    return top;
  }

  /** Items in no particular order (for snapshots). */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.n; i++) out.push(this.items[i] as T);
    return out;
  }
}
