/**
 * Link latency distributions: latency = base + jitter, never negative.
 */
import { nextFloat, type Rng } from "./rng";

export type JitterKind = "none" | "uniform" | "exponential" | "normal";

export interface LatencySpec {
  readonly baseMs: number;
  readonly jitter: JitterKind;
  /** uniform: width of [0, jitterMs); exponential: mean; normal: standard deviation around base. */
  readonly jitterMs: number;
}

/**
 * Samples one latency. Draws from the PRNG only when the spec has jitter, so a jitter-free network consumes no
 * randomness.
 */
export function sampleLatency(rng: Rng, spec: LatencySpec): number {
  switch (spec.jitter) {
    case "none":
      return spec.baseMs;
    case "uniform":
      return spec.baseMs + nextFloat(rng) * spec.jitterMs;
    case "exponential":
      return spec.baseMs - Math.log(1 - nextFloat(rng)) * spec.jitterMs;
    case "normal": {
      // Box–Muller; 1 - u keeps the log argument in (0, 1].
      const u1 = 1 - nextFloat(rng);
      const u2 = nextFloat(rng);
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      const v = spec.baseMs + z * spec.jitterMs;
      return v > 0 ? v : 0;
    }
    default: {
      const never: never = spec.jitter;
      return never;
    }
  }
}
