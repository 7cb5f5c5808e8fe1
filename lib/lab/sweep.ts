/**
 * Parameter sweeps: many seeded runs of a scenario variant, summarised as a
 * stale-read rate. Pure, so it runs in a Web Worker and in tests alike.
 */
import { z } from "zod";
import { computeMetrics, createSimulation, MAX_NODES, parseScenario, runUntil, type Scenario } from "@/lib/sim";
import { MAX_SWEEP_LAG_MS, MAX_SWEEP_POINTS, MAX_SWEEP_RUNS, MAX_SWEEP_SEEDS, MAX_SWEEP_SIZES } from "@/lib/sim/limits";
import { protocols } from "@/lib/sim/protocols";

export interface LagPoint {
  readonly lagMs: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export interface QuorumCell {
  readonly n: number;
  readonly w: number;
  readonly r: number;
  readonly mean: number | null;
  readonly error?: string;
}

export type SweepRequest =
  | { readonly kind: "lag"; readonly scenario: Scenario; readonly lags: readonly number[]; readonly seeds: number }
  | { readonly kind: "quorum"; readonly sizes: readonly number[]; readonly seeds: number };

export type SweepMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "lag-result"; readonly points: readonly LagPoint[] }
  | { readonly type: "quorum-result"; readonly cells: readonly QuorumCell[] }
  | { readonly type: "error"; readonly message: string };

const seeds = z
  .number()
  .int()
  .min(1)
  .max(MAX_SWEEP_SEEDS, { error: `a sweep runs at most ${MAX_SWEEP_SEEDS} seeds per point` });

/** The bounds a sweep request must keep, checked before any run starts. */
export const SweepRequestSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("lag"),
      // Re-validated by lagVariant's parseScenario; here only its shape.
      scenario: z.custom<Scenario>((v) => typeof v === "object" && v !== null, { error: "the sweep needs a scenario" }),
      lags: z
        .array(
          z
            .number()
            .nonnegative()
            .max(MAX_SWEEP_LAG_MS, { error: `a lag is at most ${MAX_SWEEP_LAG_MS.toLocaleString("en-GB")} ms` }),
        )
        .min(1)
        .max(MAX_SWEEP_POINTS, { error: `a sweep has at most ${MAX_SWEEP_POINTS} lags` }),
      seeds,
    }),
    z.object({
      kind: z.literal("quorum"),
      sizes: z
        .array(
          z
            .number()
            .int()
            .min(1)
            .max(MAX_NODES, { error: `a swept cluster has at most ${MAX_NODES} nodes` }),
        )
        .min(1)
        .max(MAX_SWEEP_SIZES, { error: `a sweep covers at most ${MAX_SWEEP_SIZES} cluster sizes` }),
      seeds,
    }),
  ])
  .refine((req) => sweepRuns(req) <= MAX_SWEEP_RUNS, { error: `a sweep makes at most ${MAX_SWEEP_RUNS} runs` });

/** Runs a sweep would make: lags × seeds, or every (N, W, R) with W, R ≤ N times seeds. */
export function sweepRuns(req: SweepRequest): number {
  return req.kind === "lag" ? req.lags.length * req.seeds : req.sizes.reduce((sum, n) => sum + n * n, 0) * req.seeds;
}

/** Whether the engine has a leaderless protocol (then the W×R heatmap is offered). */
export function hasLeaderless(): boolean {
  return Object.keys(protocols).includes("leaderless");
}

export const DEFAULT_LAGS = [0, 25, 50, 100, 200, 400, 800, 1600] as const;

const workloadFor = (ids: readonly string[], routing?: string) => ({
  clients: ids.map((id) => ({ near: id, count: 1 })),
  ratePerClient: 20,
  readFraction: 0.6,
  keys: { count: 3, hotFraction: 0 },
  startMs: 100,
  stopMs: 3500,
  ...(routing ? { readRouting: routing } : {}),
});

/** A leaderless cluster of `n` nodes with quorums W and R, a mixed workload from every node and jittery links. */
export function quorumVariant(n: number, w: number, r: number): Scenario | string {
  const ids = Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
  const parsed = parseScenario({
    seed: 1,
    durationMs: 4000,
    eventLog: false,
    topology: { protocol: "leaderless", nodes: ids.map((id) => ({ id })), n, w, r },
    network: { latency: { baseMs: 2, jitter: "exponential", jitterMs: 6 } },
    workload: workloadFor(ids),
  });
  return parsed.success ? parsed.data : parsed.error.message;
}

/** The scenario with its faults removed, a read/write workload from every node, and `lagMs` on every replica. */
export function lagVariant(base: Scenario, lagMs: number, seed: number): Scenario | string {
  const topology = base.topology;
  const leader = "leader" in topology && typeof topology.leader === "string" ? topology.leader : topology.nodes[0]?.id;
  const r = parseScenario({
    ...base,
    seed,
    durationMs: 4000,
    faults: [],
    failureDetector: { ...base.failureDetector, enabled: false },
    eventLog: false,
    applyLagMs: Object.fromEntries(topology.nodes.filter((n) => n.id !== leader).map((n) => [n.id, lagMs])),
    workload: workloadFor(
      topology.nodes.map((n) => n.id),
      "nearest",
    ),
  });
  return r.success ? r.data : r.error.message;
}

function staleRate(s: Scenario): number {
  const sim = createSimulation(s, { eventLog: false });
  runUntil(sim, s.durationMs);
  return computeMetrics(sim).staleReadRate;
}

/**
 * Runs the sweep, reporting progress after every run; `cancelled()` is polled between runs. A request out of bounds
 * runs nothing.
 */
export function runSweep(
  input: SweepRequest,
  report: (m: SweepMessage) => void,
  cancelled: () => boolean = () => false,
): void {
  const parsed = SweepRequestSchema.safeParse(input);
  if (!parsed.success)
    return report({
      type: "error",
      message: `This sweep cannot run: ${parsed.error.issues[0]?.message ?? "its request is out of range"}.`,
    });
  const req = parsed.data;
  if (req.kind === "lag") {
    const total = req.lags.length * req.seeds;
    const points: LagPoint[] = [];
    let done = 0;
    for (const lagMs of req.lags) {
      const rates: number[] = [];
      for (let seed = 1; seed <= req.seeds; seed++) {
        if (cancelled()) return;
        const s = lagVariant(req.scenario, lagMs, seed);
        if (typeof s === "string") return report({ type: "error", message: s });
        rates.push(staleRate(s));
        report({ type: "progress", done: ++done, total });
      }
      points.push({
        lagMs,
        mean: rates.reduce((a, b) => a + b, 0) / rates.length,
        min: Math.min(...rates),
        max: Math.max(...rates),
      });
    }
    report({ type: "lag-result", points });
    return;
  }
  const combos = req.sizes.flatMap((n) =>
    Array.from({ length: n }, (_, w) => Array.from({ length: n }, (_, r) => ({ n, w: w + 1, r: r + 1 }))).flat(),
  );
  const total = combos.length * req.seeds;
  let done = 0;
  const cells: QuorumCell[] = [];
  for (const c of combos) {
    const s = quorumVariant(c.n, c.w, c.r);
    if (typeof s === "string") {
      cells.push({ ...c, mean: null, error: s });
      done += req.seeds;
      continue;
    }
    let sum = 0;
    for (let seed = 1; seed <= req.seeds; seed++) {
      if (cancelled()) return;
      sum += staleRate({ ...s, seed });
      report({ type: "progress", done: ++done, total });
    }
    cells.push({ ...c, mean: sum / req.seeds });
  }
  report({ type: "quorum-result", cells });
}
