/**
 * The simulation's only source of randomness: xoroshiro128+ from pure-rand.
 *
 * The generator lives inside the simulation state (never a module global), so
 * two simulations never share a stream and `rngState` / `restoreRng` let a run
 * be exported and resumed exactly.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export interface Rng {
  gen: RandomGenerator;
}

export function createRng(seed: number): Rng {
  return { gen: xoroshiro128plus(seed | 0) };
}

/** Uniform float in [0, 1) with 32 bits of randomness; advances the stream by one step. */
export function nextFloat(rng: Rng): number {
  return (rng.gen.next() >>> 0) / 4294967296;
}

/** Uniform integer in [0, n). */
export function nextInt(rng: Rng, n: number): number {
  return Math.floor(nextFloat(rng) * n);
}

export function rngState(rng: Rng): readonly number[] {
  return rng.gen.getState();
}

export function restoreRng(state: readonly number[]): Rng {
  return { gen: xoroshiro128plusFromState(state) };
}

/**
 * What a run depends on that a quiz candidate is never shown. Each field left
 * out keeps the default: one stream, seeded by the scenario, shared in call
 * order by the network and the workload, and ties at equal times broken by
 * scheduling order. Setting one gives that part its own independent input, so
 * content:check can vary it alone and see whether a question's key moves.
 */
export interface HiddenInputs {
  /** Seeds a separate stream for link latency (jitter) and message loss. */
  readonly jitterSeed?: number;
  /** Seeds a separate stream for the workload: think times, keys, the read/write mix, random routing. */
  readonly workloadSeed?: number;
  /**
   * Breaks exact ties differently: every link and every node's timers get a
   * fixed offset below a nanosecond, so events that would land on the same
   * instant happen in an order drawn from this seed instead of scheduling order.
   */
  readonly tieSeed?: number;
}

/**
 * A 32-bit integer hash of the inputs (murmur3's finaliser): nearby seeds get unrelated xoroshiro streams, whose first
 * outputs would otherwise be correlated.
 */
export function mixSeeds(...xs: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h | 0;
}

/** A stream for a hidden input: its seed is hashed first, so hidden seeds 1, 2, 3… give unrelated runs. */
export const hiddenRng = (seed: number): Rng => createRng(mixSeeds(seed));

/**
 * Largest tie-break offset in ms: far below the microsecond latencies are rounded to, so only exact ties change order.
 */
export const TIE_OFFSET_MAX_MS = 1e-6;

/** `count` offsets in (0, TIE_OFFSET_MAX_MS) drawn from `seed`. */
export function tieOffsets(seed: number, count: number): Float64Array {
  const rng = hiddenRng(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = (nextFloat(rng) * 0.9 + 0.05) * TIE_OFFSET_MAX_MS;
  return out;
}
