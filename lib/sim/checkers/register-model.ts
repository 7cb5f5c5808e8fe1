import type { History, Operation } from "../history";
import { valueKey } from "./describe";
import type { SearchModel } from "./linearizability-search";

/**
 * Turns history operations into the integer form the search works on, with a
 * register model per key (read / write / compare-and-set).
 *
 * What each outcome means to the model:
 * - `ok`: it took effect exactly once, somewhere inside [invokedAt, completedAt].
 * - `fail`: it did not happen, so it is dropped (a failed read also tells us nothing).
 * - `info`: it may take effect any time after invokedAt, or never. A read with
 *   unknown result constrains nothing and is dropped; a write/cas is kept with an
 *   infinite return. Because such an op can always be placed last, where nothing
 *   observes it, "it never happened" needs no separate branch: an indeterminate
 *   cas simply swaps when its `from` matches and is a no-op otherwise.
 */

const enum Kind {
  Read = 0,
  Write = 1,
  Cas = 2,
  CasMaybe = 3,
  CasMismatch = 4,
}

/**
 * What a `fail` cas means. The history contract says "did not happen", and that
 * is the default. Some systems (Jepsen's etcd client among them) report `fail`
 * for a cas whose compare was false: it ran atomically and saw a value other
 * than `from`, which is information the checker can use ("compare-failed").
 */
export type FailedCasSemantics = "did-not-happen" | "compare-failed";

export interface PreparedKey {
  readonly key: string;
  /** The ops kept for checking, in id order. */
  readonly ops: readonly Operation[];
  readonly call: Float64Array;
  readonly ret: Float64Array;
  readonly model: SearchModel;
}

/** Ops that constrain a register: drop failures and reads with no known result. */
export function isCheckable(op: Operation, failedCas: FailedCasSemantics = "did-not-happen"): boolean {
  if (op.outcome === "fail") return failedCas === "compare-failed" && op.input.f === "cas" && op.completedAt !== null;
  if (op.input.f === "read") return op.outcome === "ok" && op.output !== undefined;
  return true;
}

/** Values an op can only succeed with: an ok read's result, an ok cas's `from`. */
function mandatoryObservation(op: Operation): string | undefined {
  if (op.outcome !== "ok") return undefined;
  if (op.input.f === "read") return op.output === undefined ? undefined : valueKey(op.output);
  if (op.input.f === "cas") return valueKey(op.input.from);
  return undefined;
}

function writtenValue(op: Operation): string | undefined {
  if (op.input.f === "write") return valueKey(op.input.value);
  if (op.input.f === "cas") return valueKey(op.input.to);
  return undefined;
}

/**
 * Drops indeterminate writes / cas whose value nobody could have observed (no
 * read returned it, no cas compared against it), repeating until nothing
 * changes. Exact: such an op can always be moved to the very end of a
 * linearization, where it is invisible. Skipped when known-mismatched cas
 * (which observe "anything but `from`") are present.
 */
function pruneUnobservedIndeterminate(ops: Operation[]): Operation[] {
  if (ops.some((op) => op.outcome === "fail")) return ops;
  let current = ops;
  for (;;) {
    const observed = new Set<string>();
    for (const op of current) {
      const seen = mandatoryObservation(op) ?? (op.input.f === "cas" ? valueKey(op.input.from) : undefined);
      if (seen !== undefined) observed.add(seen);
    }
    const kept = current.filter((op) => op.outcome !== "info" || observed.has(writtenValue(op) ?? ""));
    if (kept.length === current.length) return current;
    current = kept;
  }
}

/**
 * Groups checkable ops by key (P-compositionality: a history is linearizable
 * iff each key's sub-history is), in id order, with indeterminate ops nobody
 * could observe removed.
 */
export function partitionByKey(
  history: History,
  failedCas: FailedCasSemantics = "did-not-happen",
): Map<string, Operation[]> {
  const byKey = new Map<string, Operation[]>();
  for (const op of history) {
    if (!isCheckable(op, failedCas)) continue;
    const list = byKey.get(op.key);
    if (list) list.push(op);
    else byKey.set(op.key, [op]);
  }
  for (const [key, list] of byKey) byKey.set(key, pruneUnobservedIndeterminate(list.sort((a, b) => a.id - b.id)));
  return byKey;
}

/**
 * Op intervals for the search. An indeterminate op has no return, except when
 * it is the only possible writer of a value that some ok op observed: then it
 * must take effect before the first of those observers returns, and that
 * return bounds it. This lets the search retire it instead of carrying it to
 * the end (it changes no verdict, only the work).
 */
function intervals(ops: readonly Operation[]): { call: Float64Array; ret: Float64Array } {
  const writers = new Map<string, number>();
  const firstObserverReturn = new Map<string, number>();
  for (const op of ops) {
    const w = writtenValue(op);
    if (w !== undefined) writers.set(`${op.key}|${w}`, (writers.get(`${op.key}|${w}`) ?? 0) + 1);
    const o = mandatoryObservation(op);
    if (o !== undefined && op.completedAt !== null) {
      const k = `${op.key}|${o}`;
      firstObserverReturn.set(k, Math.min(firstObserverReturn.get(k) ?? Infinity, op.completedAt));
    }
  }
  const call = new Float64Array(ops.length);
  const ret = new Float64Array(ops.length);
  ops.forEach((op, i) => {
    call[i] = op.invokedAt;
    if (op.outcome !== "info" && op.completedAt !== null) {
      ret[i] = op.completedAt;
      return;
    }
    const w = writtenValue(op);
    const k = `${op.key}|${w ?? ""}`;
    const unique = w !== undefined && w !== valueKey(null) && writers.get(k) === 1;
    ret[i] = unique ? Math.max(op.invokedAt, firstObserverReturn.get(k) ?? Infinity) : Infinity;
  });
  return { call, ret };
}

interface Encoded {
  kind: Int8Array;
  a: Int32Array;
  b: Int32Array;
  keyIndex: Int32Array;
}

/** Interns values per key (id 0 is always null, the initial "missing" value) and encodes each op. */
function encode(ops: readonly Operation[], keyIndexOf: (key: string) => number): Encoded {
  const interned = new Map<string, number>();
  const intern = (k: number, v: Operation["output"]): number => {
    if (v === null || v === undefined) return 0;
    const s = `${k}|${valueKey(v)}`;
    let id = interned.get(s);
    if (id === undefined) {
      id = interned.size + 1;
      interned.set(s, id);
    }
    return id;
  };
  const enc: Encoded = {
    kind: new Int8Array(ops.length),
    a: new Int32Array(ops.length),
    b: new Int32Array(ops.length),
    keyIndex: new Int32Array(ops.length),
  };
  ops.forEach((op, i) => {
    const k = keyIndexOf(op.key);
    enc.keyIndex[i] = k;
    switch (op.input.f) {
      case "read":
        enc.kind[i] = Kind.Read;
        enc.a[i] = intern(k, op.output);
        break;
      case "write":
        enc.kind[i] = Kind.Write;
        enc.a[i] = intern(k, op.input.value);
        break;
      case "cas":
        enc.kind[i] = op.outcome === "info" ? Kind.CasMaybe : op.outcome === "fail" ? Kind.CasMismatch : Kind.Cas;
        enc.a[i] = intern(k, op.input.from);
        enc.b[i] = intern(k, op.input.to);
        break;
    }
  });
  return enc;
}

/** One register: returns the next value id, or -1 if the op cannot take effect now. */
function registerStep(enc: Encoded, s: number, i: number): number {
  const a = enc.a[i]!;
  switch (enc.kind[i] as Kind) {
    case Kind.Read:
      return s === a ? s : -1;
    case Kind.Write:
      return a;
    case Kind.Cas:
      return s === a ? enc.b[i]! : -1;
    case Kind.CasMaybe:
      return s === a ? enc.b[i]! : s;
    case Kind.CasMismatch:
      return s === a ? -1 : s;
  }
}

/** Reads and known-mismatched cas never change the register. */
function isPure(enc: Encoded, i: number): boolean {
  const kind = enc.kind[i] as Kind;
  return kind === Kind.Read || kind === Kind.CasMismatch;
}

/** Prepares one key's ops (all must share that key) for the search. */
export function prepareKey(key: string, ops: readonly Operation[]): PreparedKey {
  const enc = encode(ops, () => 0);
  return {
    key,
    ops,
    ...intervals(ops),
    model: { initialState: 0, step: (s, i) => registerStep(enc, s, i), isPure: (i) => isPure(enc, i) },
  };
}

/**
 * Prepares ops of several keys as ONE search whose state is the tuple of all
 * registers (interned). Exponentially slower than per-key checking; it exists so
 * tests can confirm that partitioning by key never changes the verdict.
 */
export function prepareJoint(ops: readonly Operation[]): PreparedKey {
  const keys = [...new Set(ops.map((op) => op.key))];
  const enc = encode(ops, (key) => keys.indexOf(key));
  const tuples: number[][] = [keys.map(() => 0)];
  const ids = new Map<string, number>([[tuples[0]!.join(","), 0]]);
  const step = (s: number, i: number): number => {
    const tuple = tuples[s]!;
    const k = enc.keyIndex[i]!;
    const nextValue = registerStep(enc, tuple[k]!, i);
    if (nextValue < 0) return -1;
    if (nextValue === tuple[k]) return s;
    const nextTuple = tuple.slice();
    nextTuple[k] = nextValue;
    const name = nextTuple.join(",");
    let id = ids.get(name);
    if (id === undefined) {
      id = tuples.length;
      tuples.push(nextTuple);
      ids.set(name, id);
    }
    return id;
  };
  return {
    key: keys.join(","),
    ops,
    ...intervals(ops),
    model: { initialState: 0, step, isPure: (i) => isPure(enc, i) },
  };
}
