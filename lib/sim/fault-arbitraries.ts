/**
 * fast-check arbitraries for random fault schedules, shared by the property
 * tests (and usable by the checkers' tests). Test-only: app code never imports it.
 */
import fc from "fast-check";
import type { ScheduledAction } from "./actions";
import { defineScenario, type Scenario, type ScenarioInput } from "./scenario";

export const NODES = ["A", "B", "C"] as const;

const node = fc.constantFrom(...NODES);
const time = (from: number, to: number) => fc.integer({ min: from / 100, max: to / 100 }).map((x) => x * 100);

/** One fault between `from` and `to` ms: cuts (possibly one-way), heals, crashes, restarts, pauses, promotions. */
export const faultArb = (from = 1000, to = 15000): fc.Arbitrary<ScheduledAction> =>
  fc.oneof(
    fc.record({
      at: time(from, to),
      type: fc.constant("cut" as const),
      from: fc.subarray([...NODES], { minLength: 1, maxLength: 2 }),
      to: fc.subarray([...NODES], { minLength: 1, maxLength: 3 }),
      oneWay: fc.boolean(),
    }),
    fc.record({ at: time(from, to), type: fc.constant("heal" as const) }),
    fc.record({
      at: time(from, to),
      type: fc.constantFrom(
        "crash" as const,
        "restart" as const,
        "pause" as const,
        "resume" as const,
        "promote" as const,
      ),
      node,
    }),
  );

/** A schedule sorted by time, ending with a full recovery at `end` so the cluster can converge. */
export const scheduleArb = (maxFaults = 6, end = 16000): fc.Arbitrary<ScheduledAction[]> =>
  fc
    .array(faultArb(1000, end - 1000), { minLength: 0, maxLength: maxFaults })
    .map((xs) => [
      ...[...xs].sort((a, b) => a.at - b.at),
      { at: end, type: "heal" as const },
      ...NODES.map((n) => ({ at: end, type: "restart" as const, node: n })),
      ...NODES.map((n) => ({ at: end, type: "resume" as const, node: n })),
    ]);

/** A 3-node cluster with one client near each node writing (and sometimes reading) until `stopMs`. */
export function propertyScenario(
  seed: number,
  faults: readonly ScheduledAction[],
  overrides: Partial<ScenarioInput> = {},
): Scenario {
  return defineScenario({
    seed,
    durationMs: 40000,
    topology: {
      protocol: "single-leader",
      nodes: NODES.map((id) => ({ id })),
      leader: "A",
      params: { heartbeatMs: 100 },
    },
    network: { latency: { baseMs: 2, jitter: "uniform", jitterMs: 3 } },
    clientTimeoutMs: 1000,
    workload: {
      clients: NODES.map((near) => ({ near, count: 1 })),
      ratePerClient: 10,
      readFraction: 0.2,
      keys: { count: 3, hotFraction: 0 },
      stopMs: 15000,
    },
    faults: [...faults],
    ...overrides,
  });
}
