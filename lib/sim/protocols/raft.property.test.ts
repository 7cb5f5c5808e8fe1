/**
 * Raft against the linearizability checker over random fault schedules
 * (fast-check): log reads and ReadIndex are always accepted, with any clock
 * drift; lease reads are accepted while drift stays inside the lease margin
 * and caught once a leader's clock runs slower than the margin allows;
 * follower reads are caught. Sizes are kept small for the unit suite.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduledAction } from "../actions";
import { checkerInput, lostWrites } from "../checker-input";
import { checkLinearizability } from "../checkers";
import { createSimulation, runToQuiescence } from "../engine";
import { NODES, propertyScenario, scheduleArb } from "../fault-arbitraries";
import { formatSchedule } from "../fault-syntax";
import type { Sim } from "../sim-state";
import type { RaftParams, RaftReadMode } from "./raft-params";

type Drifts = readonly [number, number, number];

/**
 * The default cluster, or (`busy`) a hotter one: one key, more clients that give up quickly, election timeouts drawn
 * from a narrow range.
 */
const runRaft = (
  seed: number,
  faults: readonly ScheduledAction[],
  readMode: RaftReadMode,
  drifts: Drifts,
  busy = false,
): Sim => {
  const params: Partial<RaftParams> = busy ? { readMode, electionMinMs: 150, electionMaxMs: 170 } : { readMode };
  const sim = createSimulation(
    propertyScenario(seed, faults, {
      durationMs: 30000,
      topology: { protocol: "raft", nodes: NODES.map((id) => ({ id })), params },
      clientTimeoutMs: busy ? 60 : 1000,
      clocks: Object.fromEntries(NODES.map((id, i) => [id, { offsetMs: 0, drift: drifts[i] ?? 0 }])),
      workload: {
        clients: NODES.map((near) => ({ near, count: busy ? 2 : 1 })),
        ratePerClient: busy ? 40 : 10,
        readFraction: busy ? 0.6 : 0.5,
        keys: { count: busy ? 1 : 3, hotFraction: 0 },
        stopMs: 12000,
      },
    }),
    { eventLog: false },
  );
  runToQuiescence(sim, 30000);
  return sim;
};

/** Throws (so fast-check shrinks and reports) when the history is not linearizable or an acknowledged write is lost. */
const checked =
  (readMode: RaftReadMode, busy = false) =>
  (seed: number, faults: ScheduledAction[], drifts: Drifts) => {
    const sim = runRaft(seed, faults, readMode, drifts, busy);
    const lost = lostWrites(sim);
    if (lost.length > 0) throw new Error(`${lost.length} acknowledged writes lost`);
    const verdict = checkLinearizability(checkerInput(sim).history, { explain: false });
    if (verdict.linearizable === false)
      throw new Error(`${readMode} reads: not linearizable (drift ${drifts.join(", ")})`);
  };

const drifts = (min: number, max: number): fc.Arbitrary<Drifts> => {
  const d = fc.double({ min, max, noNaN: true });
  return fc.tuple(d, d, d);
};
const anyDrift = drifts(-0.4, 0.4);
/**
 * Inside the default 10% lease margin: every clock within 4% of real time, so leader and voters differ by under 10%.
 */
const smallDrift = drifts(-0.04, 0.04);
const schedule = scheduleArb(5, 12000);

/** A leads first and is cut off from B and C for a while at a random time, then the random faults. */
const leaderCutSchedule = fc
  .tuple(schedule, fc.integer({ min: 10, max: 100 }), fc.integer({ min: 3, max: 20 }))
  .map(([faults, cutAt, forMs]): ScheduledAction[] => [
    { at: 0, type: "promote", node: "A" },
    { at: cutAt * 100, type: "cut", from: ["A"], to: ["B", "C"] },
    { at: (cutAt + forMs) * 100, type: "heal" },
    ...faults,
  ]);
/** A's clock runs at least 30% slow: its 135 ms lease lasts longer than the 150 ms its followers wait. */
const slowLeaderDrift: fc.Arbitrary<Drifts> = fc.tuple(
  fc.double({ min: -0.45, max: -0.3, noNaN: true }),
  fc.constant(0),
  fc.constant(0),
);

describe("raft against the linearizability checker, random fault schedules", () => {
  it("accepts every history with log reads, whatever the clocks do", () => {
    fc.assert(fc.property(fc.integer(), schedule, anyDrift, checked("log")), { numRuns: 15 });
  });

  it("accepts every history with ReadIndex reads, whatever the clocks do", () => {
    fc.assert(fc.property(fc.integer(), schedule, anyDrift, checked("read-index")), { numRuns: 15 });
  });

  it("accepts every history with lease reads while drift stays inside the lease margin", () => {
    fc.assert(fc.property(fc.integer(), leaderCutSchedule, smallDrift, checked("lease", true)), { numRuns: 15 });
  });

  it("finds a stale lease read once a leader's clock runs slower than the margin allows", () => {
    const result = fc.check(
      fc.property(fc.integer({ min: 0, max: 1000 }), leaderCutSchedule, slowLeaderDrift, checked("lease", true)),
      { numRuns: 60, seed: 14, endOnFailure: true },
    );
    expect(result.failed).toBe(true);
    const [seed, faults, drifts] = result.counterexample ?? [0, [], [0, 0, 0]];
    console.info(
      `lease reads with drift ${drifts.join(", ")}, seed ${seed}:\n${formatSchedule(faults)}\n${result.errorInstance instanceof Error ? result.errorInstance.message : ""}`,
    );
    expect(checkLinearizability(checkerInput(runRaft(seed, faults, "lease", drifts, true)).history).linearizable).toBe(
      false,
    );
  });

  it("finds a stale follower read", () => {
    const result = fc.check(
      fc.property(fc.integer({ min: 0, max: 1000 }), schedule, fc.constant([0, 0, 0] as Drifts), checked("follower")),
      { numRuns: 20, seed: 14, endOnFailure: true },
    );
    expect(result.failed).toBe(true);
  });
});
