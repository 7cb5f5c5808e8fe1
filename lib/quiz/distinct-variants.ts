/**
 * Which seeds of a scenario question are really different questions. A
 * question declares `variants` seeds, but parameters are drawn at random (not
 * enumerated) and some generators have none, so two seeds can read exactly
 * alike. People handed "a different variant" (assignment members, a review
 * asking a fresh one) must never get the same text twice.
 */
import { askQuestion } from "./ask";
import type { ScenarioQuestion } from "./schema";
import { variantSeeds } from "./variant";

/** What a candidate reads for a seed, without the seed label itself. */
function readsAs(q: ScenarioQuestion, seed: number): string {
  const asked = askQuestion(q, seed);
  if (!asked.ok) return `unaskable:${seed}`;
  const { scenario, ...rest } = asked.client;
  return JSON.stringify({ ...rest, setup: scenario?.setup, timeline: scenario?.timeline });
}

const cache = new WeakMap<ScenarioQuestion, { seeds: number[]; keyOf: Map<number, string> }>();

function analyse(q: ScenarioQuestion) {
  const hit = cache.get(q);
  if (hit) return hit;
  const keyOf = new Map<number, string>();
  const seen = new Set<string>();
  const seeds: number[] = [];
  for (const seed of variantSeeds(q)) {
    const key = readsAs(q, seed);
    keyOf.set(seed, key);
    if (seen.has(key)) continue;
    seen.add(key);
    seeds.push(seed);
  }
  const result = { seeds, keyOf };
  cache.set(q, result);
  return result;
}

/**
 * The seeds 1..variants that read differently from every smaller seed (each replays the simulation once, then is
 * cached).
 */
export function distinctVariantSeeds(q: ScenarioQuestion): number[] {
  return analyse(q).seeds;
}

/**
 * A seed reading differently from every seed in `avoid` when one is left, and
 * never reading like a seed in `exclude` (null when every variant does):
 * `pick` is a number in [0, 1) from the caller. `avoid` is a preference (what
 * the person has seen); `exclude` is a rule (a variant they must answer
 * elsewhere first, such as an open assignment's).
 */
export function pickSeed(
  q: ScenarioQuestion,
  pick: number,
  avoid: readonly number[] = [],
  exclude: readonly number[] = [],
): number | null {
  const { seeds, keyOf } = analyse(q);
  const readingsOf = (list: readonly number[]) => new Set(list.map((seed) => keyOf.get(seed) ?? readsAs(q, seed)));
  const excluded = readingsOf(exclude);
  const allowed = seeds.filter((s) => !excluded.has(keyOf.get(s) ?? ""));
  const avoided = readingsOf(avoid);
  const fresh = allowed.filter((s) => !avoided.has(keyOf.get(s) ?? ""));
  const pool = fresh.length > 0 ? fresh : allowed;
  return pool[Math.min(pool.length - 1, Math.floor(pick * pool.length))] ?? null;
}
