/**
 * Assignment seeds. A pinned assignment gives every member the same seed; a
 * per-candidate one gives member k the k-th seed after the assignment's
 * seedBase, so seeds are distinct, reproducible and independent of who joins
 * first only through the order they were added (which is stored).
 */
export const SEED_MODES = ["pinned", "per-candidate"] as const;
export type SeedMode = (typeof SEED_MODES)[number];

/** Largest seed we hand out: it must fit a 32-bit signed integer column. */
export const MAX_SEED = 1_000_000;

export interface SeedPolicy {
  readonly seedMode: SeedMode;
  readonly pinnedSeed: number | null;
  readonly seedBase: number;
}

/** The seed of the member added `ordinal`-th (0, 1, 2…). */
export function memberSeed(policy: SeedPolicy, ordinal: number): number {
  if (policy.seedMode === "pinned") return policy.pinnedSeed ?? policy.seedBase;
  return ((policy.seedBase - 1 + ordinal) % MAX_SEED) + 1;
}

/**
 * The variant seed a scenario question is asked with for a member seed, from
 * the question's distinct variant seeds (lib/quiz/variant.ts
 * distinctVariantSeeds). Consecutive member seeds take consecutive entries,
 * so the first `seeds.length` members of a per-candidate assignment all read
 * different questions.
 */
export function variantFor(memberSeed: number, seeds: readonly number[]): number {
  if (seeds.length === 0) return 1;
  const index = (((memberSeed - 1) % seeds.length) + seeds.length) % seeds.length;
  return seeds[index] ?? 1;
}
