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
    this.pushAt(item, item.t, item.seq);
  }

  /**
   * `push` for a caller that has the item's time and sequence at hand (`t` = item.t, `s` = item.seq): the heap never
   * reads them from items of many shapes, which V8 does more slowly than from arguments.
   */
  pushAt(item: T, t: number, s: number): void {
    if (this.n === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const items = this.items;
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

  /** Sequence of the earliest item, or +Infinity when empty. */
  peekSeq(): number {
    return this.n > 0 ? (this.seqs[0] as number) : Infinity;
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

/**
 * The engine's event queue: the binary heap plus a FIFO lane for events whose (time, sequence) never decreases from
 * one `pushInOrder` to the next, such as client timeouts (always a fixed delay after the current time). In a busy run
 * most pending events are such timeouts, and nearly all of them never fire: in the lane each costs an O(1) append of
 * four numbers to typed arrays instead of a sift through the heap and an object that lives long enough to be promoted
 * by the garbage collector. The lane's item is built by `make` only when `pop` takes it or it is listed; `popDue`
 * hands it over as numbers. `pop` takes the earlier of the two heads, so items come out in exactly the (time,
 * sequence) order a single heap would give.
 */
export class EventQueue<T extends Scheduled> {
  private readonly heap = new EventHeap<T>();
  // The lane: a ring buffer of (t, seq, a, b), from `head` for `count` items.
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private as = new Float64Array(1024);
  private bs = new Float64Array(1024);
  private head = 0;
  private count = 0;
  /** The lane entry `popDue` last handed over as numbers (`poppedT`: also the time of the item last removed). */
  poppedT = 0;
  poppedSeq = 0;
  poppedA = 0;
  poppedB = 0;

  /** `make(t, seq, a, b)` builds the item for a lane entry. */
  constructor(private readonly make: (t: number, seq: number, a: number, b: number) => T) {}

  get size(): number {
    return this.heap.size + this.count;
  }

  push(item: T): void {
    this.heap.push(item);
  }

  /** `push` with the item's time and sequence passed in (see `EventHeap.pushAt`). */
  pushAt(item: T, t: number, seq: number): void {
    this.heap.pushAt(item, t, seq);
  }

  /**
   * Queues the item `make(t, seq, a, b)`, which must come no earlier than the previous one queued this way (else it
   * goes to the heap, so the order still holds).
   */
  pushInOrder(t: number, seq: number, a: number, b: number): void {
    const cap = this.times.length;
    if (this.count > 0) {
      const last = (this.head + this.count - 1) % cap;
      const lt = this.times[last] as number;
      if (t < lt || (t === lt && seq < (this.seqs[last] as number))) {
        this.heap.push(this.make(t, seq, a, b));
        return;
      }
    }
    if (this.count === cap) this.grow();
    const i = (this.head + this.count++) % this.times.length;
    this.times[i] = t;
    this.seqs[i] = seq;
    this.as[i] = a;
    this.bs[i] = b;
  }

  private grow(): void {
    const cap = this.times.length;
    const unroll = (old: Float64Array): Float64Array<ArrayBuffer> => {
      const out = new Float64Array(cap * 2);
      out.set(old.subarray(this.head));
      out.set(old.subarray(0, this.head), cap - this.head);
      return out;
    };
    this.times = unroll(this.times);
    this.seqs = unroll(this.seqs);
    this.as = unroll(this.as);
    this.bs = unroll(this.bs);
    this.head = 0;
  }

  /** Whether the lane's head comes before the heap's. */
  private laneFirst(): boolean {
    if (this.count === 0) return false;
    const t = this.times[this.head] as number;
    const ht = this.heap.peekTime();
    return t < ht || (t === ht && (this.seqs[this.head] as number) < this.heap.peekSeq());
  }

  peek(): T | undefined {
    if (!this.laneFirst()) return this.heap.peek();
    const i = this.head;
    return this.make(this.times[i] as number, this.seqs[i] as number, this.as[i] as number, this.bs[i] as number);
  }

  /** Time of the earliest item, or +Infinity when empty. */
  peekTime(): number {
    const ht = this.heap.peekTime();
    if (this.count === 0) return ht;
    const t = this.times[this.head] as number;
    return t < ht ? t : ht;
  }

  /** Removes and returns the earliest (t, seq) item; its time is left in `poppedT` too. */
  pop(): T | undefined {
    if (!this.laneFirst()) {
      this.poppedT = this.heap.peekTime();
      return this.heap.pop();
    }
    const i = this.head;
    this.head = (i + 1) % this.times.length;
    this.count--;
    this.poppedT = this.times[i] as number;
    return this.make(this.times[i] as number, this.seqs[i] as number, this.as[i] as number, this.bs[i] as number);
  }

  /**
   * Takes the earliest item if its time is at most `end`, in one comparison of the two heads: returns null when it was
   * a lane entry, handed over unbuilt as numbers in `poppedT`, `poppedSeq`, `poppedA` and `poppedB`; else the heap's
   * item (as by `pop`), its time also in `poppedT`. Returns undefined, changing nothing, when no item is due by `end`
   * or the queue is empty. So items come out in exactly `pop`'s order.
   */
  popDue(end: number): T | null | undefined {
    const heap = this.heap;
    const ht = heap.peekTime();
    if (this.count > 0) {
      const i = this.head;
      const t = this.times[i] as number;
      if (t < ht || (t === ht && (this.seqs[i] as number) < heap.peekSeq())) {
        if (t > end) return undefined;
        this.head = (i + 1) % this.times.length;
        this.count--;
        this.poppedT = t;
        this.poppedSeq = this.seqs[i] as number;
        this.poppedA = this.as[i] as number;
        this.poppedB = this.bs[i] as number;
        return null;
      }
    }
    if (ht > end || heap.size === 0) return undefined;
    this.poppedT = ht;
    return heap.pop();
  }

  /** Items in no particular order (for snapshots and checkpoints): the heap's, then the lane's in order. */
  toArray(): T[] {
    const out = this.heap.toArray();
    const cap = this.times.length;
    for (let k = 0; k < this.count; k++) {
      const i = (this.head + k) % cap;
      out.push(this.make(this.times[i] as number, this.seqs[i] as number, this.as[i] as number, this.bs[i] as number));
    }
    return out;
  }
}
