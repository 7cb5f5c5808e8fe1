/**
 * A checkpoint restored and run on gives exactly the run that was never
 * interrupted: every topology, random seeds, fault schedules, hidden inputs
 * and checkpoint times (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkerInput } from "./checker-input";
import { checkpoint, restore } from "./checkpoint";
import { createSimulation, inject, runToQuiescence, runUntil } from "./engine";
import { NODES, propertyScenario, scheduleArb } from "./fault-arbitraries";
import { formatSchedule } from "./fault-syntax";
import type { HiddenInputs } from "./rng";
import type { ScenarioInput } from "./scenario";
import type { Sim } from "./sim-state";
import { snapshot } from "./snapshot";

const nodes = NODES.map((id) => ({ id }));
const topologies: Record<string, Partial<ScenarioInput>> = {
  "single-leader async": {
    replication: { mode: "async" },
    failureDetector: { enabled: true, timeoutMs: 2000, intervalMs: 250, location: "C" },
  },
  "single-leader sync, fenced": {
    replication: { mode: "sync" },
    fencing: { enabled: true, leaseMs: 500 },
    failureDetector: { enabled: true, timeoutMs: 2000, intervalMs: 250, location: "C" },
  },
  chain: { topology: { protocol: "chain", nodes } },
  leaderless: {
    topology: { protocol: "leaderless", nodes, n: 3, w: 2, r: 2, sloppyQuorum: true, antiEntropyMs: 1000 },
  },
  "multi-master": { topology: { protocol: "multi-master", nodes, params: { conflict: "version-vectors" } } },
  galera: { topology: { protocol: "galera", nodes } },
  raft: { topology: { protocol: "raft", nodes } },
};

/** Everything a user or a checker can see of a run, as one string. */
const observe = (sim: Sim): string =>
  JSON.stringify({
    steps: sim.steps,
    events: sim.events,
    history: sim.history,
    snapshot: snapshot(sim, { data: true }),
    checker: checkerInput(sim),
    counters: sim.protocol.counters?.(sim, sim.protocolState),
  });

/** The rest of a run from wherever `sim` is: an operator write at 18 s, then on to quiescence. */
function finish(sim: Sim): Sim {
  runUntil(sim, 18000);
  inject(sim, { type: "write", key: "k0", value: "after" });
  runToQuiescence(sim, 40000);
  return sim;
}

describe("checkpoint and restore", () => {
  it("restoring a checkpoint and running on is byte-identical to the uninterrupted run, for every topology", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(topologies)),
        fc.integer(),
        scheduleArb(),
        fc.integer({ min: 0, max: 17000 }),
        fc.option(fc.record({ jitterSeed: fc.integer(), tieSeed: fc.integer() }), { nil: undefined }),
        (topology, seed, faults, at, hidden: HiddenInputs | undefined) => {
          const scenario = propertyScenario(seed, faults, topologies[topology]);
          const whole = finish(createSimulation(scenario, { eventLog: true, hidden }));
          const run = createSimulation(scenario, { eventLog: true, hidden });
          runUntil(run, at);
          const cp = checkpoint(run);
          const expected = observe(whole);
          const why = `${topology}, seed ${seed}, checkpoint at ${at} ms\n${formatSchedule(faults)}`;
          expect(observe(finish(restore(cp))), why).toBe(expected);
          // The checkpoint stays valid after a restore, and taking it left the original run untouched.
          expect(observe(finish(restore(cp))), why).toBe(expected);
          expect(observe(finish(run)), why).toBe(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("a restored run does not share mutable state with the run it came from", () => {
    const sim = createSimulation(propertyScenario(3, [{ at: 2000, type: "crash", node: "A" }]), { eventLog: true });
    runUntil(sim, 1500);
    const cp = checkpoint(sim);
    const copy = restore(cp);
    runUntil(sim, 6000);
    expect(copy.now).toBe(1500);
    expect(copy.nodes[0]?.status).toBe("up");
    expect(copy.history.length).toBe(cp.historyLength);
    expect(copy.events.length).toBe(cp.eventsLength);
    expect(sim.nodes[0]?.status).toBe("crashed");
  });
});
