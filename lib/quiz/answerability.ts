/**
 * Answerability: a scenario question's key must follow from what the candidate
 * sees (the setup and the parameters it names), never from what the run hides.
 * For a seed, the variant is re-run with the hidden inputs varied (the
 * network's jitter, the background workload, the order of simultaneous
 * events; see HiddenInputs) and every run must give the same key, or a number
 * within the question's tolerance. A seed whose key moves sits on a boundary
 * the candidate cannot see: its parameters need a wider margin.
 */
import { mixSeeds, type HiddenInputs } from "@/lib/sim/rng";
import { scenarioKey, type KeyResult } from "./derive";
import type { ScenarioQuestion } from "./schema";

/**
 * Hidden variations run per seed. With 268 variants, 10 cost about 8 s of CPU
 * (each re-run skips the event log and the checkers); 16 and 20 found no more
 * failing seeds in the bank than 10.
 */
export const HIDDEN_VARIATIONS = 10;

const PARTS = [
  { field: "jitterSeed", label: "the network's jitter" },
  { field: "workloadSeed", label: "the background workload" },
  { field: "tieSeed", label: "the order of simultaneous events" },
] as const;

/** Hidden variation `k` (from 1) of variant `seed`: every hidden input set, each from its own stream. */
export function hiddenVariation(seed: number, k: number): Required<HiddenInputs> {
  return { jitterSeed: mixSeeds(seed, k, 1), workloadSeed: mixSeeds(seed, k, 2), tieSeed: mixSeeds(seed, k, 3) };
}

const show = (key: string | number): string => (typeof key === "number" ? String(key) : JSON.stringify(key));

function moved(q: Pick<ScenarioQuestion, "tolerance">, key: string | number, other: string | number): boolean {
  return typeof key === "number" && typeof other === "number" ? Math.abs(other - key) > q.tolerance : key !== other;
}

const SHARED_STREAM = "the random stream the network and the workload share in the default run";

/**
 * What moves the key, in words. The tie-break offsets can be added to the
 * default run alone. The network and the workload share one stream there, so
 * giving either its own seed re-draws both: they are told apart between a
 * reference run with every input on its own stream (variation 0) and `hidden`,
 * where an input moves the key if swapping it alone, in either run, changes that
 * run's key. When neither tells, the shared stream is named as one input.
 */
function culprits(q: ScenarioQuestion, seed: number, key: string | number, hidden: Required<HiddenInputs>): string {
  const reference = hiddenVariation(seed, 0);
  const base: KeyResult = { ok: true, answer: key };
  const differs = (a: KeyResult, b: KeyResult): boolean =>
    a.ok !== b.ok || (a.ok && b.ok && moved(q, a.answer, b.answer));
  const alone = (field: keyof HiddenInputs): boolean =>
    differs(base, scenarioKey(q, seed, { hidden: { [field]: hidden[field] } }));
  const swaps = (from: Required<HiddenInputs>, to: Required<HiddenInputs>, field: keyof HiddenInputs): boolean =>
    differs(scenarioKey(q, seed, { hidden: from }), scenarioKey(q, seed, { hidden: { ...from, [field]: to[field] } }));
  const labels: string[] = PARTS.filter(
    ({ field }) =>
      (field === "tieSeed" && alone(field)) || swaps(reference, hidden, field) || swaps(hidden, reference, field),
  ).map((p) => p.label);
  if (labels.length === 0 && (alone("jitterSeed") || alone("workloadSeed"))) labels.push(SHARED_STREAM);
  if (labels.length === 0) return "the hidden inputs change together";
  return `only ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}`} changes`;
}

/**
 * Why `seed`'s key (computed with the default hidden inputs) is not answerable
 * from what the candidate sees, or null. Runs up to `variations` hidden
 * variations and stops at the first that moves the key.
 */
export function unanswerableReason(
  q: ScenarioQuestion,
  seed: number,
  key: string | number,
  variations = HIDDEN_VARIATIONS,
): string | null {
  for (let k = 1; k <= variations; k++) {
    const hidden = hiddenVariation(seed, k);
    const r = scenarioKey(q, seed, { hidden });
    if (r.ok && !moved(q, key, r.answer)) continue;
    const what = r.ok
      ? `the key moves from ${show(key)} to ${show(r.answer)}${typeof key === "number" ? ` (tolerance ${q.tolerance})` : ""}`
      : `the run has no clear answer (${r.reason})`;
    return `${what} when ${culprits(q, seed, key, hidden)} (hidden variation ${k} of ${variations})`;
  }
  return null;
}
