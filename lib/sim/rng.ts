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
