/**
 * The run's history, recorded column-wise: each completed client operation is
 * one row of numbers across typed-array columns, in fixed blocks of
 * `BLOCK_ROWS` rows that share one buffer. A busy run completes hundreds of
 * thousands of operations; as objects they all lived long enough to be
 * promoted and traced by every major garbage collection, while a row is a few
 * stores into memory the collector never traces, allocated once per 1,024
 * operations. Strings (client, node, key) are stored as indices into the log's
 * own table; values that are not numbers, and errors, go to plain arrays a
 * block allocates only when it meets one. `Operation` objects are built only
 * when the history is read (`toArray`), once per row, and kept, so repeated
 * reads return the same objects.
 *
 * Append-only: a row never changes once written, and a full block is never
 * written again, so `prefix` can share full blocks between a run and its
 * checkpoints and copy only the block still being filled.
 */
import type { History, Operation, OpInput, OpOutcome, Value } from "./history";

/** Rows per block. */
export const BLOCK_ROWS = 1024;

const OUTCOMES: readonly OpOutcome[] = ["ok", "fail", "info"];
const OUTCOME_CODE: Readonly<Record<OpOutcome, number>> = { ok: 0, fail: 1, info: 2 };
// `flags` bits: the outcome in the low two, then whether the record has `output` and `error`, then the input's kind.
const HAS_OUTPUT = 4;
const HAS_ERROR = 8;
const F_SHIFT = 4;
const READ = 0;
const WRITE = 1;
const CAS = 2;
// `kinds` bits: how each of the three value columns (a, b, output) holds its value, two bits each.
const NUMBER = 0;
const NULL = 1;
const OTHER = 2;
const A_SHIFT = 0;
const B_SHIFT = 2;
const OUTPUT_SHIFT = 4;

interface Block {
  /** Every typed column's memory, from `offset`: one buffer holds several blocks. */
  readonly buffer: ArrayBuffer;
  readonly offset: number;
  readonly id: Float64Array;
  readonly invokedAt: Float64Array;
  /** NaN: null (never completed). */
  readonly completedAt: Float64Array;
  /** The written value, or a cas's `from`. */
  readonly a: Float64Array;
  /** A cas's `to`. */
  readonly b: Float64Array;
  readonly output: Float64Array;
  /** Indices into the log's string table. */
  readonly client: Uint32Array;
  readonly node: Uint32Array;
  readonly key: Uint32Array;
  readonly flags: Uint8Array;
  readonly kinds: Uint8Array;
  /** Values of kind OTHER (strings), by column; allocated when a block first meets one. */
  aOther: Value[] | null;
  bOther: Value[] | null;
  outputOther: Value[] | null;
  error: string[] | null;
}

const BLOCK_BYTES = BLOCK_ROWS * (6 * 8 + 3 * 4 + 2);
/** Blocks per buffer at most: a log allocates buffers of 1, 2, 4... blocks, as a busy run's history keeps growing. */
const MAX_SLAB_BLOCKS = 16;

/** A block over `buffer` from byte `offset`. */
function newBlock(buffer: ArrayBuffer, offset: number): Block {
  let at = offset;
  const f64 = () => new Float64Array(buffer, (at += 8 * BLOCK_ROWS) - 8 * BLOCK_ROWS, BLOCK_ROWS);
  const u32 = () => new Uint32Array(buffer, (at += 4 * BLOCK_ROWS) - 4 * BLOCK_ROWS, BLOCK_ROWS);
  const u8 = () => new Uint8Array(buffer, (at += BLOCK_ROWS) - BLOCK_ROWS, BLOCK_ROWS);
  return {
    buffer,
    offset,
    id: f64(),
    invokedAt: f64(),
    completedAt: f64(),
    a: f64(),
    b: f64(),
    output: f64(),
    client: u32(),
    node: u32(),
    key: u32(),
    flags: u8(),
    kinds: u8(),
    aOther: null,
    bOther: null,
    outputOther: null,
    error: null,
  };
}

function copyBlock(x: Block): Block {
  const y = newBlock(x.buffer.slice(x.offset, x.offset + BLOCK_BYTES), 0);
  y.aOther = x.aOther?.slice() ?? null;
  y.bOther = x.bOther?.slice() ?? null;
  y.outputOther = x.outputOther?.slice() ?? null;
  y.error = x.error?.slice() ?? null;
  return y;
}

/** Stores `v` in row `r` of value column `column` (A_SHIFT, B_SHIFT or OUTPUT_SHIFT); returns its kind bits. */
function put(x: Block, column: number, r: number, v: Value): number {
  if (typeof v === "number") {
    (column === A_SHIFT ? x.a : column === B_SHIFT ? x.b : x.output)[r] = v;
    return NUMBER << column;
  }
  if (v === null) return NULL << column;
  if (column === A_SHIFT) (x.aOther ??= [])[r] = v;
  else if (column === B_SHIFT) (x.bOther ??= [])[r] = v;
  else (x.outputOther ??= [])[r] = v;
  return OTHER << column;
}

function get(column: Float64Array, other: Value[] | null, kinds: number, shift: number, r: number): Value {
  const kind = (kinds >> shift) & 3;
  return kind === NUMBER ? (column[r] as number) : kind === NULL ? null : (other?.[r] as Value);
}

function inputAt(x: Block, r: number): OpInput {
  const kinds = x.kinds[r] as number;
  switch ((x.flags[r] as number) >> F_SHIFT) {
    case WRITE:
      return { f: "write", value: get(x.a, x.aOther, kinds, A_SHIFT, r) };
    case CAS:
      return { f: "cas", from: get(x.a, x.aOther, kinds, A_SHIFT, r), to: get(x.b, x.bOther, kinds, B_SHIFT, r) };
    default:
      return { f: "read" };
  }
}

/**
 * Builds row `r` of block `x` as the `Operation` the engine used to record: the same keys in the same order (the
 * history's JSON order), `output` and `error` only where the original had them.
 */
function materialise(x: Block, r: number, strings: readonly string[]): Operation {
  const id = x.id[r] as number;
  const client = strings[x.client[r] as number] as string;
  const node = strings[x.node[r] as number] as string;
  const key = strings[x.key[r] as number] as string;
  const input = inputAt(x, r);
  const flags = x.flags[r] as number;
  const outcome = OUTCOMES[flags & 3] as OpOutcome;
  const invokedAt = x.invokedAt[r] as number;
  const c = x.completedAt[r] as number;
  const completedAt = Number.isNaN(c) ? null : c;
  const error = flags & HAS_ERROR ? (x.error?.[r] as string) : undefined;
  if (flags & HAS_OUTPUT) {
    const output = get(x.output, x.outputOther, x.kinds[r] as number, OUTPUT_SHIFT, r);
    return error !== undefined
      ? { id, client, node, key, input, outcome, invokedAt, completedAt, output, error }
      : { id, client, node, key, input, outcome, invokedAt, completedAt, output };
  }
  return error !== undefined
    ? { id, client, node, key, input, outcome, invokedAt, completedAt, error }
    : { id, client, node, key, input, outcome, invokedAt, completedAt };
}

/** An append-only history of completed operations (see the file header). */
export class OperationLog {
  private blocks: Block[] = [];
  private rows = 0;
  /** Where new blocks are carved from, and how many it has left. */
  private slab: ArrayBuffer | null = null;
  private slabFree = 0;
  /** Rows built as objects so far, in row order. */
  private built: Operation[] = [];
  /** The string table: clients, nodes and keys, each once. */
  private strings: string[] = [];
  private stringIndex = new Map<string, number>();

  get length(): number {
    return this.rows;
  }

  private newBlock(): Block {
    if (this.slab === null || this.slabFree === 0) {
      const blocks = Math.min(MAX_SLAB_BLOCKS, 2 ** Math.floor(Math.log2(this.blocks.length + 1)));
      this.slab = new ArrayBuffer(blocks * BLOCK_BYTES);
      this.slabFree = blocks;
    }
    return newBlock(this.slab, this.slab.byteLength - BLOCK_BYTES * this.slabFree--);
  }

  private intern(s: string): number {
    const i = this.stringIndex.get(s);
    if (i !== undefined) return i;
    this.stringIndex.set(s, this.strings.length);
    return this.strings.push(s) - 1;
  }

  /**
   * Appends one completed operation. `completedAt` null: never completed (`info`); `output` undefined: the record has
   * no `output` (only successful reads have one); `error` undefined: no `error`.
   */
  append(
    id: number,
    client: string,
    node: string,
    key: string,
    input: OpInput,
    outcome: OpOutcome,
    invokedAt: number,
    completedAt: number | null,
    output: Value | undefined,
    error: string | undefined,
  ): void {
    const r = this.rows % BLOCK_ROWS;
    let x: Block;
    if (r === 0) {
      x = this.newBlock();
      this.blocks.push(x);
    } else x = this.blocks[this.blocks.length - 1] as Block;
    this.rows++;
    x.id[r] = id;
    x.client[r] = this.intern(client);
    x.node[r] = this.intern(node);
    x.key[r] = this.intern(key);
    let flags = OUTCOME_CODE[outcome];
    let kinds = 0;
    switch (input.f) {
      case "read":
        flags |= READ << F_SHIFT;
        break;
      case "write":
        flags |= WRITE << F_SHIFT;
        if (typeof input.value === "number") x.a[r] = input.value;
        else kinds |= put(x, A_SHIFT, r, input.value);
        break;
      case "cas":
        flags |= CAS << F_SHIFT;
        kinds |= put(x, A_SHIFT, r, input.from);
        kinds |= put(x, B_SHIFT, r, input.to);
        break;
      default: {
        const never: never = input;
        return never;
      }
    }
    if (output !== undefined) {
      flags |= HAS_OUTPUT;
      if (typeof output === "number") x.output[r] = output;
      else kinds |= put(x, OUTPUT_SHIFT, r, output);
    }
    if (error !== undefined) {
      flags |= HAS_ERROR;
      (x.error ??= [])[r] = error;
    }
    x.flags[r] = flags;
    x.kinds[r] = kinds;
    x.invokedAt[r] = invokedAt;
    x.completedAt[r] = completedAt === null ? NaN : completedAt;
  }

  /** The history as `Operation` objects, in the order recorded. Builds only the rows not built by an earlier call. */
  toArray(): readonly Operation[] {
    const built = this.built;
    for (let i = built.length; i < this.rows; i++)
      built.push(materialise(this.blocks[(i / BLOCK_ROWS) | 0] as Block, i % BLOCK_ROWS, this.strings));
    return built;
  }

  /**
   * A new log holding this log's first `length` rows, which either may then extend on its own: full blocks are
   * shared (neither writes them again), the block still being filled is copied, and so are the string table and the
   * objects built so far.
   */
  prefix(length: number): OperationLog {
    const rows = Math.max(0, Math.min(length, this.rows));
    const out = new OperationLog();
    const full = (rows / BLOCK_ROWS) | 0;
    out.blocks = this.blocks.slice(0, full);
    if (rows % BLOCK_ROWS !== 0) out.blocks.push(copyBlock(this.blocks[full] as Block));
    out.rows = rows;
    out.built = this.built.slice(0, rows);
    out.strings = this.strings.slice();
    out.stringIndex = new Map(this.stringIndex);
    return out;
  }
}

/**
 * Gives `target` a read-only `history` property: its `ops` as `Operation` objects. One shared getter, so every run
 * object keeps the same hidden class (a getter written in each object literal would be a new function, and a new
 * class, per run).
 */
export function withHistoryView<T extends { readonly ops: OperationLog }>(
  target: T,
): T & { readonly history: History } {
  return Object.defineProperty(target, "history", HISTORY_VIEW) as T & { readonly history: History };
}

const HISTORY_VIEW: PropertyDescriptor = {
  get(this: { readonly ops: OperationLog }): History {
    return this.ops.toArray();
  },
  enumerable: true,
};
