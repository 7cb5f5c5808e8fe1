/**
 * Invariants over random fault schedules (fast-check). Failing seeds found
 * during development are kept below as named regression tests.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduledAction } from "./actions";
import { lostWrites } from "./checker-input";
import { createSimulation, runToQuiescence } from "./engine";
import { propertyScenario, scheduleArb } from "./fault-arbitraries";
import { formatSchedule } from "./fault-syntax";
import type { ScenarioInput } from "./scenario";
import type { Sim } from "./sim-state";

const runOnce = (
  seed: number,
  faults: readonly ScheduledAction[],
  over: Partial<ScenarioInput> = {},
  eventLog = false,
): Sim => {
  const sim = createSimulation(propertyScenario(seed, faults, over), { eventLog });
  runToQuiescence(sim, 40000);
  return sim;
};

const syncFenced: Partial<ScenarioInput> = {
  replication: { mode: "sync" },
  fencing: { enabled: true, leaseMs: 500 },
  failureDetector: { enabled: true, timeoutMs: 2000, intervalMs: 250, location: "C" },
};
const asyncAutoUnfenced: Partial<ScenarioInput> = {
  replication: { mode: "async" },
  fencing: { enabled: false },
  failureDetector: { enabled: true, timeoutMs: 2000, intervalMs: 250, location: "C" },
};

const noLoss = (over: Partial<ScenarioInput>) => (seed: number, faults: ScheduledAction[]) => {
  const sim = runOnce(seed, faults, over);
  const lost = lostWrites(sim);
  if (lost.length > 0)
    throw new Error(
      `${lost.length} acknowledged writes lost, e.g. ${lost
        .slice(0, 3)
        .map((o) => `${o.key}=${String(o.input.f === "write" ? o.input.value : "")} by ${o.client} on ${o.node ?? "?"}`)
        .join(", ")}`,
    );
};

describe("properties over random fault schedules", () => {
  it("determinism: the same seed and schedule give the same event log and history", () => {
    fc.assert(
      fc.property(fc.integer(), scheduleArb(), fc.constantFrom(syncFenced, asyncAutoUnfenced), (seed, faults, over) => {
        const a = runOnce(seed, faults, over, true);
        const b = runOnce(seed, faults, over, true);
        expect(b.events).toEqual(a.events);
        expect(b.history).toEqual(a.history);
        expect(b.steps).toBe(a.steps);
      }),
      { numRuns: 15 },
    );
  });

  it("sync replication + fencing never loses an acknowledged write", () => {
    fc.assert(fc.property(fc.integer(), scheduleArb(), noLoss(syncFenced)), { numRuns: 150 });
  });

  it("async replication + automatic promotion without fencing does lose acknowledged writes for some schedule", () => {
    const result = fc.check(fc.property(fc.integer({ min: 0, max: 1000 }), scheduleArb(), noLoss(asyncAutoUnfenced)), {
      numRuns: 200,
      seed: 42,
    });
    expect(result.failed).toBe(true);
    const [seed, faults] = result.counterexample ?? [0, []];
    // The shrunk counterexample, in the textual fault syntax:
    console.info(
      `async + auto-failover loses writes with seed ${seed}:\n${formatSchedule(faults)}\n(${result.errorInstance instanceof Error ? result.errorInstance.message : ""})`,
    );
    expect(lostWrites(runOnce(seed, faults, asyncAutoUnfenced)).length).toBeGreaterThan(0);
  });
});

describe("regressions and pinned schedules", () => {
  // The first counterexample fast-check found for the async property above (seed 42 of fc.check), kept as is.
  it("(regression) seed 0: cut [A,B] from [C] lets the detector at C promote C while A keeps acknowledging", () => {
    const sim = runOnce(
      0,
      [
        { at: 1000, type: "cut", from: ["A", "B"], to: ["C"] },
        { at: 16000, type: "heal" },
      ],
      asyncAutoUnfenced,
    );
    expect(lostWrites(sim).length).toBeGreaterThan(0);
  });

  it("(pinned) seed 1234: a restarted old leader with a durable role cannot acknowledge under sync + fencing", () => {
    noLoss(syncFenced)(1234, [
      { at: 2000, type: "crash", node: "A" },
      { at: 5000, type: "restart", node: "A" },
      { at: 5100, type: "cut", from: ["A"], to: ["B", "C"] },
      { at: 9000, type: "promote", node: "A" },
      { at: 16000, type: "heal" },
    ]);
  });

  it("(pinned) seed 7: a paused leader resumes after a fenced failover", () => {
    noLoss(syncFenced)(7, [
      { at: 1000, type: "pause", node: "A" },
      { at: 6000, type: "resume", node: "A" },
      { at: 16000, type: "heal" },
    ]);
  });
});
