import type { History, OpInput, OpOutcome, Operation, Value } from "../history";

/**
 * Seeded generator of concurrent register histories that are linearizable by
 * construction: every op that takes effect does so atomically at one instant
 * inside its [invoke, complete] window (or, for an indeterminate op, at some
 * instant after its invocation, or never). Used by property tests and benches.
 * Pure and deterministic: the same options always give the same history.
 */

export interface RandomHistoryOptions {
  readonly seed: number;
  readonly ops: number;
  readonly clients: number;
  readonly keys?: number;
  /** Probabilities (the rest are writes). Defaults 0.5 and 0.2. */
  readonly readRatio?: number;
  readonly casRatio?: number;
  /** Chance an op times out (`info`); half of those still take effect. Default 0.02. */
  readonly infoRatio?: number;
  /** Chance an op is rejected before doing anything (`fail`). Default 0.02. */
  readonly failRatio?: number;
  /** Longest op duration in time units (default 20). */
  readonly maxDuration?: number;
}

/** mulberry32: tiny, seedable, good enough for test data. Returns [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draft {
  client: string;
  key: string;
  input: OpInput;
  invokedAt: number;
  completedAt: number | null;
  outcome: OpOutcome;
  /** When it takes effect; null if it never does. */
  effectAt: number | null;
  output?: Value;
}

/** Generates a linearizable history; cas ops whose compare fails at their effect instant are recorded as `fail`. */
export function generateRegisterHistory(options: RandomHistoryOptions): History {
  const rand = prng(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const keys = Array.from({ length: options.keys ?? 1 }, (_, i) => (i === 0 ? "x" : `k${i}`));
  const readRatio = options.readRatio ?? 0.5;
  const casRatio = options.casRatio ?? 0.2;
  const infoRatio = options.infoRatio ?? 0.02;
  const failRatio = options.failRatio ?? 0.02;
  const maxDuration = options.maxDuration ?? 20;
  const written = new Map<string, number[]>(keys.map((k) => [k, []]));
  let nextValue = 1;

  const clock = Array.from({ length: options.clients }, () => int(0, 5));
  const names = Array.from({ length: options.clients }, (_, i) => `c${i}`);
  const retired = new Array<number>(options.clients).fill(0);
  const drafts: Draft[] = [];
  for (let n = 0; n < options.ops; n++) {
    const c = int(0, options.clients - 1);
    const key = keys[int(0, keys.length - 1)]!;
    const history = written.get(key)!;
    const r = rand();
    let input: OpInput;
    if (r < readRatio) input = { f: "read" };
    else if (r < readRatio + casRatio && history.length > 0) {
      input = { f: "cas", from: history[Math.max(0, history.length - int(1, 3))] ?? null, to: nextValue++ };
    } else input = { f: "write", value: nextValue++ };
    if (input.f === "write") history.push(input.value as number);
    if (input.f === "cas") history.push(input.to as number);
    const invokedAt = clock[c]! + int(0, 3);
    const completedAt = invokedAt + int(1, maxDuration);
    const fate = rand();
    const client = retired[c] === 0 ? names[c]! : `${names[c]!}~${retired[c]! + 1}`;
    if (fate < infoRatio) {
      const happens = rand() < 0.5;
      drafts.push({
        client,
        key,
        input,
        invokedAt,
        completedAt: null,
        outcome: "info",
        effectAt: happens ? invokedAt + int(0, 3 * maxDuration) : null,
      });
      retired[c] = retired[c]! + 1; // Jepsen style: a timed-out process is replaced
    } else if (fate < infoRatio + failRatio) {
      drafts.push({ client, key, input, invokedAt, completedAt, outcome: "fail", effectAt: null });
    } else {
      drafts.push({
        client,
        key,
        input,
        invokedAt,
        completedAt,
        outcome: "ok",
        effectAt: invokedAt + rand() * (completedAt - invokedAt),
      });
    }
    clock[c] = completedAt;
  }

  // Apply effects in effect order to learn what reads saw and whether cas matched.
  const state = new Map<string, Value>();
  const effective = drafts.filter((d) => d.effectAt !== null).sort((a, b) => (a.effectAt ?? 0) - (b.effectAt ?? 0));
  for (const d of effective) {
    const current = state.get(d.key) ?? null;
    switch (d.input.f) {
      case "read":
        d.output = current;
        break;
      case "write":
        state.set(d.key, d.input.value);
        break;
      case "cas":
        if (current === d.input.from) state.set(d.key, d.input.to);
        else if (d.outcome === "ok") d.outcome = "fail";
        break;
    }
  }
  drafts.sort((a, b) => a.invokedAt - b.invokedAt);
  return drafts.map((d, id): Operation => ({
    id,
    client: d.client,
    key: d.key,
    input: d.input,
    outcome: d.input.f === "read" && d.outcome === "info" ? "info" : d.outcome,
    ...(d.input.f === "read" && d.outcome === "ok" ? { output: d.output ?? null } : {}),
    invokedAt: d.invokedAt,
    completedAt: d.completedAt,
  }));
}
