import type { Operation, Value } from "../history";
import { describeOp, formatValue, valueKey } from "./describe";
import { searchLinearization } from "./linearizability-search";
import { prepareKey } from "./register-model";

/**
 * Turning "not linearizable" into something a lesson can show: shrink one
 * key's ops to a small core that is still not linearizable, then say in words
 * why its culprit op cannot be placed.
 */

export interface MinimizeOptions {
  /** Most linearizability checks the shrinking may run (each on a shrinking sub-history). */
  readonly maxChecks?: number;
  /** Step budget per check; a check that runs out counts as "linearizable" (the op is kept). */
  readonly maxStepsPerCheck?: number;
  /** Total search steps over all checks (default 1,000,000), so explaining stays cheap on long histories. */
  readonly maxTotalSteps?: number;
  /** Ids that must stay in the result. */
  readonly keep?: readonly number[];
}

/** The value an op relies on having been in the register: a read's result or a cas's `from`. */
function observed(op: Operation): { value: Value } | undefined {
  if (op.outcome !== "ok") return undefined;
  if (op.input.f === "read") return op.output === undefined ? undefined : { value: op.output };
  if (op.input.f === "cas") return { value: op.input.from };
  return undefined;
}

/** The value an op may leave in the register (ok or indeterminate writes and cas). */
function written(op: Operation): { value: Value } | undefined {
  if (op.outcome === "fail") return undefined;
  if (op.input.f === "write") return { value: op.input.value };
  if (op.input.f === "cas") return { value: op.input.to };
  return undefined;
}

function runSearch(ops: readonly Operation[], maxSteps: number): { violation: boolean; steps: number } {
  const p = prepareKey(ops[0]?.key ?? "", ops);
  const result = searchLinearization(ops.length, p.call, p.ret, p.model, maxSteps);
  return { violation: result.outcome === "violation", steps: result.steps };
}

/** Values observed by some op but written by none (nor the initial null). */
function orphans(ops: readonly Operation[]): Set<string> {
  const writtenKeys = new Set<string>([valueKey(null)]);
  for (const op of ops) {
    const w = written(op);
    if (w) writtenKeys.add(valueKey(w.value));
  }
  const result = new Set<string>();
  for (const op of ops) {
    const o = observed(op);
    if (o && !writtenKeys.has(valueKey(o.value))) result.add(valueKey(o.value));
  }
  return result;
}

/**
 * Delta-debugging shrink of ONE key's non-linearizable ops: repeatedly drops
 * chunks (halves, quarters, … single ops) while the rest stays non-linearizable.
 * It never drops the last writer of a value some remaining op observed, so the
 * core it returns stays meaningful ("read 3" keeps a "write 3"). Bounded by
 * `maxChecks`; returns the input unchanged when it is linearizable.
 */
export function minimizeKeyOps(ops: readonly Operation[], options: MinimizeOptions = {}): Operation[] {
  const maxChecks = options.maxChecks ?? 300;
  const perCheck = options.maxStepsPerCheck ?? 200_000;
  let stepsLeft = options.maxTotalSteps ?? 1_000_000;
  const keep = new Set(options.keep ?? []);
  const isViolation = (candidate: readonly Operation[], limit: number): boolean => {
    const r = runSearch(candidate, Math.min(limit, stepsLeft));
    stepsLeft -= r.steps;
    return r.violation;
  };
  if (!isViolation(ops, perCheck * 10)) return [...ops];
  const allowedOrphans = orphans(ops);
  const kept = ops.filter((op) => keep.has(op.id));
  let current = ops.filter((op) => !keep.has(op.id));
  let checks = 0;
  const tryWithout = (from: number, to: number): boolean => {
    const candidate = current.slice(0, from).concat(current.slice(to));
    const all = [...kept, ...candidate].sort((a, b) => a.id - b.id);
    for (const o of orphans(all)) if (!allowedOrphans.has(o)) return false;
    checks++;
    if (!isViolation(all, perCheck)) return false;
    current = candidate;
    return true;
  };
  let chunk = Math.max(1, Math.ceil(current.length / 2));
  for (;;) {
    let removed = false;
    for (let i = 0; i < current.length && checks < maxChecks && stepsLeft > 0;) {
      if (tryWithout(i, i + chunk)) removed = true;
      else i += chunk;
    }
    if (checks >= maxChecks || stepsLeft <= 0) break;
    if (chunk === 1 && !removed) break;
    chunk = Math.max(1, Math.ceil(chunk / 2));
  }
  return [...kept, ...current].sort((a, b) => a.id - b.id);
}

/** The op that certainly replaced `writer`'s value before `op` began, if any. */
function overwriterOf(
  op: Operation,
  writer: Operation | "initial",
  others: readonly Operation[],
): Operation | undefined {
  const v = observed(op)?.value ?? null;
  return others.find((u) => {
    if (u === writer || u.outcome !== "ok" || u.completedAt === null || u.completedAt >= op.invokedAt) return false;
    const w = written(u);
    if (!w || valueKey(w.value) === valueKey(v)) return false;
    return writer === "initial" || (writer.completedAt !== null && writer.completedAt < u.invokedAt);
  });
}

function writersOf(op: Operation, others: readonly Operation[]): (Operation | "initial")[] {
  const v = observed(op)?.value;
  if (v === undefined) return [];
  const writers: (Operation | "initial")[] = others.filter((o) => {
    const w = written(o);
    return w !== undefined && valueKey(w.value) === valueKey(v);
  });
  if (v === null) writers.unshift("initial");
  return writers;
}

/**
 * The classic stale-read shape, found directly: the culprit, every possible
 * writer of the value it saw, and for each writer the op that certainly
 * replaced it before the culprit began (or nothing, if the writer began too
 * late). Returns undefined when some writer has no such simple reason.
 * The caller must still confirm the result is not linearizable.
 */
export function staleReadCore(ops: readonly Operation[], culprit: Operation): Operation[] | undefined {
  if (!observed(culprit)) return undefined;
  const others = ops.filter((op) => op !== culprit);
  const core = new Set<Operation>([culprit]);
  for (const w of writersOf(culprit, others)) {
    if (w !== "initial" && w.invokedAt > (culprit.completedAt ?? Infinity)) {
      core.add(w);
      continue;
    }
    const u = overwriterOf(culprit, w, others);
    if (!u) return undefined;
    if (w !== "initial") core.add(w);
    core.add(u);
  }
  return [...core].sort((a, b) => a.id - b.id);
}

/** Why `writer` cannot be the last write before `op`, or undefined if no simple reason. */
function whyNotLastWriter(
  op: Operation,
  writer: Operation | "initial",
  others: readonly Operation[],
): string | undefined {
  const opEnd = op.completedAt ?? Infinity;
  const noun = op.input.f === "read" ? "the read" : "the cas";
  if (writer !== "initial" && writer.invokedAt > opEnd) {
    return `${describeOp(writer)} only began after ${noun} returned`;
  }
  const overwriter = overwriterOf(op, writer, others);
  if (!overwriter) return undefined;
  const what = writer === "initial" ? `the initial ${formatValue(null)}` : describeOp(writer);
  return `${describeOp(overwriter)} completed at ${overwriter.completedAt}, before ${noun} began, and replaced ${what}`;
}

/** "Reads saw a then b, and elsewhere b then a", for values each written exactly once. */
function oppositeOrders(ops: readonly Operation[]): string | undefined {
  const writers = new Map<string, number>([[valueKey(null), 1]]);
  for (const op of ops) {
    const w = written(op);
    if (w) writers.set(valueKey(w.value), (writers.get(valueKey(w.value)) ?? 0) + 1);
  }
  const reads = ops.filter((op) => op.input.f === "read" && op.outcome === "ok" && op.output !== undefined);
  const pairs: { first: Operation; second: Operation }[] = [];
  for (const p of reads)
    for (const q of reads)
      if (
        p.completedAt !== null &&
        p.completedAt < q.invokedAt &&
        valueKey(p.output ?? null) !== valueKey(q.output ?? null)
      )
        pairs.push({ first: p, second: q });
  const once = (v: Value | undefined) => writers.get(valueKey(v ?? null)) === 1;
  for (const a of pairs) {
    if (!once(a.first.output) || !once(a.second.output)) continue;
    const b = pairs.find(
      (x) =>
        valueKey(x.first.output ?? null) === valueKey(a.second.output ?? null) &&
        valueKey(x.second.output ?? null) === valueKey(a.first.output ?? null),
    );
    if (!b) continue;
    const [u, v] = [formatValue(a.first.output), formatValue(a.second.output)];
    return (
      `${describeOp(a.first)} and then ${describeOp(a.second)} show that ${u} was replaced by ${v}, ` +
      `but ${describeOp(b.first)} and then ${describeOp(b.second)} show ${v} replaced by ${u}; ` +
      `each value was written once, so both orders cannot hold`
    );
  }
  return undefined;
}

/**
 * Explains why `culprit` cannot be placed among `core` (a small non-linearizable
 * set of one key's ops that contains it), naming only ops from `core`.
 */
export function explainCore(core: readonly Operation[], culprit: Operation): string {
  const others = core.filter((op) => op !== culprit);
  const seen = observed(culprit);
  if (seen) {
    const v = seen.value;
    const writers = writersOf(culprit, others);
    const subject = `${describeOp(culprit)} cannot be ordered`;
    if (writers.length === 0) {
      return `${subject}: no operation that began before it returned wrote ${formatValue(v)} to ${culprit.key}.`;
    }
    const reasons = writers.map((w) => whyNotLastWriter(culprit, w, others));
    if (reasons.every((r): r is string => r !== undefined)) {
      const overwritten = reasons.some((r) => r.includes(" replaced "));
      const tail = overwritten ? `; and no later write set ${culprit.key} back to ${formatValue(v)}` : "";
      return `${subject}: ${reasons.join("; ")}${tail}.`;
    }
  }
  const opposite = oppositeOrders(core);
  if (opposite) return `${opposite}.`;
  const list = others.map(describeOp).join(", ");
  return (
    `${describeOp(culprit)} cannot be ordered together with ${list}: every order that respects real time ` +
    `(an operation that completed before another began comes first) contradicts the values read.`
  );
}
