/**
 * The run's history, recorded column-wise: each completed client operation is
 * one row across typed arrays and plain arrays, in fixed blocks of
 * `BLOCK_ROWS` rows. A busy run completes hundreds of thousands of operations;
 * as objects they all lived long enough to be promoted and traced by every
 * major garbage collection, while a row costs a few stores into a block that
 * is allocated once per 1,024 operations. `Operation` objects are built only
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
// `flags` bits: the outcome in the low two, then whether the record has `output` and `error`.
const HAS_OUTPUT = 4;
const HAS_ERROR = 8;
// `f` codes.
const READ = 0;
const WRITE = 1;
const CAS = 2;

interface Block {
  readonly id: Float64Array;
  readonly invokedAt: Float64Array;
  /** NaN: null (never completed). */
  readonly completedAt: Float64Array;
  readonly flags: Uint8Array;
  readonly f: Uint8Array;
  readonly client: string[];
  readonly node: string[];
  readonly key: string[];
  /** The written value, or a cas's `from`. */
  readonly a: Value[];
  /** A cas's `to`. */
  readonly b: Value[];
  readonly output: Value[];
  readonly error: string[];
}

const newBlock = (): Block => ({
  id: new Float64Array(BLOCK_ROWS),
  invokedAt: new Float64Array(BLOCK_ROWS),
  completedAt: new Float64Array(BLOCK_ROWS),
  flags: new Uint8Array(BLOCK_ROWS),
  f: new Uint8Array(BLOCK_ROWS),
  client: new Array<string>(BLOCK_ROWS),
  node: new Array<string>(BLOCK_ROWS),
  key: new Array<string>(BLOCK_ROWS),
  a: new Array<Value>(BLOCK_ROWS),
  b: new Array<Value>(BLOCK_ROWS),
  output: new Array<Value>(BLOCK_ROWS),
  error: new Array<string>(BLOCK_ROWS),
});

const copyBlock = (x: Block): Block => ({
  id: x.id.slice(),
  invokedAt: x.invokedAt.slice(),
  completedAt: x.completedAt.slice(),
  flags: x.flags.slice(),
  f: x.f.slice(),
  client: x.client.slice(),
  node: x.node.slice(),
  key: x.key.slice(),
  a: x.a.slice(),
  b: x.b.slice(),
  output: x.output.slice(),
  error: x.error.slice(),
});

function inputAt(x: Block, r: number): OpInput {
  switch (x.f[r]) {
    case WRITE:
      return { f: "write", value: x.a[r] as Value };
    case CAS:
      return { f: "cas", from: x.a[r] as Value, to: x.b[r] as Value };
    default:
      return { f: "read" };
  }
}

/**
 * Builds row `r` of block `x` as the `Operation` the engine used to record: the same keys in the same order (the
 * history's JSON order), `output` and `error` only where the original had them.
 */
function materialise(x: Block, r: number): Operation {
  const id = x.id[r] as number;
  const client = x.client[r] as string;
  const node = x.node[r] as string;
  const key = x.key[r] as string;
  const input = inputAt(x, r);
  const flags = x.flags[r] as number;
  const outcome = OUTCOMES[flags & 3] as OpOutcome;
  const invokedAt = x.invokedAt[r] as number;
  const c = x.completedAt[r] as number;
  const completedAt = Number.isNaN(c) ? null : c;
  if (flags & HAS_OUTPUT) {
    const output = x.output[r] as Value;
    return flags & HAS_ERROR
      ? { id, client, node, key, input, outcome, invokedAt, completedAt, output, error: x.error[r] }
      : { id, client, node, key, input, outcome, invokedAt, completedAt, output };
  }
  return flags & HAS_ERROR
    ? { id, client, node, key, input, outcome, invokedAt, completedAt, error: x.error[r] }
    : { id, client, node, key, input, outcome, invokedAt, completedAt };
}

/** An append-only history of completed operations (see the file header). */
export class OperationLog {
  private blocks: Block[] = [];
  private rows = 0;
  /** Rows built as objects so far, in row order. */
  private built: Operation[] = [];

  get length(): number {
    return this.rows;
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
      x = newBlock();
      this.blocks.push(x);
    } else x = this.blocks[this.blocks.length - 1] as Block;
    this.rows++;
    x.id[r] = id;
    x.client[r] = client;
    x.node[r] = node;
    x.key[r] = key;
    switch (input.f) {
      case "read":
        x.f[r] = READ;
        break;
      case "write":
        x.f[r] = WRITE;
        x.a[r] = input.value;
        break;
      case "cas":
        x.f[r] = CAS;
        x.a[r] = input.from;
        x.b[r] = input.to;
        break;
      default: {
        const never: never = input;
        return never;
      }
    }
    let flags = OUTCOME_CODE[outcome];
    if (output !== undefined) {
      flags |= HAS_OUTPUT;
      x.output[r] = output;
    }
    if (error !== undefined) {
      flags |= HAS_ERROR;
      x.error[r] = error;
    }
    x.flags[r] = flags;
    x.invokedAt[r] = invokedAt;
    x.completedAt[r] = completedAt === null ? NaN : completedAt;
  }

  /** The history as `Operation` objects, in the order recorded. Builds only the rows not built by an earlier call. */
  toArray(): readonly Operation[] {
    const built = this.built;
    for (let i = built.length; i < this.rows; i++)
      built.push(materialise(this.blocks[(i / BLOCK_ROWS) | 0] as Block, i % BLOCK_ROWS));
    return built;
  }

  /**
   * A new log holding this log's first `length` rows, which either may then extend on its own: full blocks are
   * shared (neither writes them again), the block still being filled is copied, and so are the objects built so far.
   */
  prefix(length: number): OperationLog {
    const rows = Math.max(0, Math.min(length, this.rows));
    const out = new OperationLog();
    const full = (rows / BLOCK_ROWS) | 0;
    out.blocks = this.blocks.slice(0, full);
    if (rows % BLOCK_ROWS !== 0) out.blocks.push(copyBlock(this.blocks[full] as Block));
    out.rows = rows;
    out.built = this.built.slice(0, rows);
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
