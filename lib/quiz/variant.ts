/**
 * Seeded variants: a scenario question's parameters are drawn from their
 * declared ranges by the simulator's PRNG, so a seed always names one variant.
 * Seeds run 1..variants, a finite range content:check enumerates completely.
 */
import { createRng, nextInt } from "@/lib/sim/rng";
import { generators, type Params } from "./generators";
import type { ParamRange, ScenarioQuestion } from "./schema";

/** Every seed a question may be asked with. */
export function variantSeeds(q: Pick<ScenarioQuestion, "variants">): number[] {
  return Array.from({ length: q.variants }, (_, i) => i + 1);
}

function draw(range: ParamRange, rng: ReturnType<typeof createRng>): number {
  if ("values" in range) return range.values[nextInt(rng, range.values.length)] as number;
  const count = Math.floor((range.max - range.min) / range.step) + 1;
  return range.min + nextInt(rng, count) * range.step;
}

/**
 * Same question and seed ⇒ same parameters. Declared ranges override the generator's defaults; names are drawn in
 * sorted order.
 */
export function drawParams(q: Pick<ScenarioQuestion, "generator" | "params">, seed: number): Params {
  const rng = createRng(seed * 7919 + 17);
  // xoroshiro128+'s first outputs from nearby small seeds are correlated: warm it up.
  for (let i = 0; i < 8; i++) nextInt(rng, 2);
  const out: Record<string, number> = { ...(generators[q.generator]?.defaults ?? {}) };
  for (const name of Object.keys(q.params).sort()) {
    const range = q.params[name];
    if (range) out[name] = draw(range, rng);
  }
  return out;
}

/** Fills `{name}` placeholders in a prompt with parameter values. */
export function fillTemplate(text: string, params: Params): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
