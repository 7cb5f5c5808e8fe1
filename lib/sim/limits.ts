/**
 * How much work one run, link or sweep may ask for: the one home of every
 * bound on engine work. The share codec's schema, the engine's own budget, the
 * lab, the sweep and lib/db all read these, so a number a request carries is
 * refused before any work starts, and a run nothing checked still stops.
 *
 * Sized from what the product uses (measured with every built-in scenario at
 * MAX_NODES nodes, each run to MAX_RUN_TIME_MS): the longest built-in scenario
 * (github-2018) lasts 90 s; the busiest run of 10 minutes processes about
 * 1.0 million events (galera-write-throughput at 9 nodes, ~2.5 s of CPU).
 */

/** What the engine lets one run do; past either bound it processes nothing more. */
export interface RunLimits {
  /** Simulated ms the clock may reach. */
  readonly maxTimeMs: number;
  /** Events the run may process in all. */
  readonly maxSteps: number;
  /** Actions the run's log may hold (each injected action is one entry). */
  readonly maxActions: number;
}

/**
 * Simulated time a lab run may reach (played, shared, saved or replayed): about 7 times the longest built-in scenario.
 */
export const MAX_RUN_TIME_MS = 10 * 60_000;
/** Events one run may process: twice the busiest 10-minute run of any built-in scenario at MAX_NODES nodes. */
export const MAX_RUN_STEPS = 2_000_000;
/** Actions one run's log may hold: one every 0.3 s of simulated time for the whole MAX_RUN_TIME_MS. */
export const MAX_ACTIONS = 2_000;

/** The budget of every run unless its driver says otherwise. */
export const RUN_LIMITS: RunLimits = { maxTimeMs: MAX_RUN_TIME_MS, maxSteps: MAX_RUN_STEPS, maxActions: MAX_ACTIONS };

/**
 * A live run in a browser that is never shared, saved nor replayed: the mock
 * interview's deep-dive lab plays in real time for the whole interview, and an
 * interview lasts at most 120 minutes (lib/db/interviews.ts, durationSchema).
 */
export const LIVE_RUN_LIMITS: RunLimits = {
  maxTimeMs: 120 * 60_000,
  maxSteps: 12 * MAX_RUN_STEPS,
  maxActions: MAX_ACTIONS,
};

/** Longest share code read or stored, checked on the raw string before any decoding (2,000 actions fit in it). */
export const MAX_SHARE_CODE_LENGTH = 200_000;
/** Nodes a link or sweep may ask a cluster to have (the lab's `?n=` and the share code's node count). */
export const MAX_NODES = 9;

/** A lag sweep's lag values, each at most MAX_SWEEP_LAG_MS. */
export const MAX_SWEEP_POINTS = 16;
export const MAX_SWEEP_LAG_MS = 60_000;
/** Seeded runs per sweep point. */
export const MAX_SWEEP_SEEDS = 16;
/** Cluster sizes in one quorum sweep (each from 1 to MAX_NODES). */
export const MAX_SWEEP_SIZES = 3;
/** Runs one sweep may make in all (the lab's own sweeps make 64 and 102). */
export const MAX_SWEEP_RUNS = 128;

/** "10 minutes" for the limits above, in the words the UI and error messages use. */
export function describeDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} minutes`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}
