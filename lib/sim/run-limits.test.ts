/**
 * The engine's own budget (issue 18): whatever a driver asks for, a run stops
 * at its limits with a reason, so no code path can simulate without end.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action } from "./actions";
import { createSimulation, inject, replay, runLimitReached, runToQuiescence, runUntil, step } from "./engine";
import { MAX_NODES, MAX_RUN_TIME_MS, RUN_LIMITS, type RunLimits } from "./limits";
import { scenarios } from "./scenarios";

const scenario = scenarios["lag-stale-read"]!;
const small: RunLimits = { maxTimeMs: 3000, maxSteps: 500, maxActions: 3 };

describe("run limits", () => {
  it("every built-in scenario fits them: its length, and its node count", () => {
    for (const [name, s] of Object.entries(scenarios)) {
      expect(s.durationMs, name).toBeLessThanOrEqual(MAX_RUN_TIME_MS);
      expect(s.topology.nodes.length, name).toBeLessThanOrEqual(MAX_NODES);
    }
  });

  it("runUntil stops the clock at the time limit, however far it is asked to go, and says why", () => {
    const sim = createSimulation(scenario, { limits: small });
    expect(runUntil(sim, 1_000_000_000)).toBe(false);
    expect(sim.now).toBe(3000);
    expect(runLimitReached(sim)).toMatch(/stopped at 3 s of simulated time/);
    expect(step(sim)).toBe(false);
    expect(sim.now).toBe(3000);
  });

  it("runUntil to +Infinity with no time limit stops, clock unmoved, when nothing is left to happen", () => {
    const sim = createSimulation(scenario, { limits: { ...RUN_LIMITS, maxTimeMs: Infinity, maxSteps: Infinity } });
    runUntil(sim, 50);
    while (sim.queue.pop() !== undefined);
    expect(runUntil(sim, Infinity)).toBe(false);
    expect(sim.now).toBe(50);
  });

  it("runUntil within the limits is unchanged: it reaches the time and reports nothing", () => {
    const sim = createSimulation(scenario, { limits: small });
    expect(runUntil(sim, 100)).toBe(true);
    expect(sim.now).toBe(100);
    expect(runLimitReached(sim)).toBeUndefined();
  });

  it("the default limits stop a run asked for 10⁹ ms at 10 minutes (this hung the server before)", () => {
    const sim = createSimulation(scenarios["split-brain"]!, { eventLog: false });
    expect(sim.limits).toBe(RUN_LIMITS);
    runUntil(sim, 1_000_000_000);
    expect(sim.now).toBe(MAX_RUN_TIME_MS);
    expect(runLimitReached(sim)).toMatch(/10 minutes/);
  });

  it("stops after the step budget, leaving the clock where the last event left it", () => {
    const sim = createSimulation(scenario, { limits: { ...small, maxTimeMs: 60_000 } });
    expect(runUntil(sim, 60_000)).toBe(false);
    expect(sim.steps).toBe(500);
    expect(sim.now).toBeLessThan(60_000);
    expect(runLimitReached(sim)).toMatch(/after 500 events/);
    const at = sim.now;
    runUntil(sim, 60_000);
    expect(sim.now).toBe(at);
  });

  it("runToQuiescence ends at the budget instead of looping on a queue it may not drain", () => {
    const sim = createSimulation(scenario, { limits: small });
    expect(runToQuiescence(sim, Number.MAX_VALUE)).toMatchObject({ quiescent: false });
    expect(sim.steps).toBeLessThanOrEqual(500);
    expect(sim.now).toBeLessThanOrEqual(3000);
  });

  it("inject refuses an action once the log holds the most a run may, and logs nothing more", () => {
    const sim = createSimulation(scenario, { limits: small });
    for (let i = 0; i < 3; i++) expect(inject(sim, { type: "set-fencing", enabled: i % 2 === 0 }).ok).toBe(true);
    expect(inject(sim, { type: "crash", node: "B" })).toEqual({
      ok: false,
      reason: expect.stringMatching(/already holds 3 actions/),
    });
    expect(sim.actionLog).toHaveLength(3);
    expect(sim.nodes[1]?.status).toBe("up");
  });

  it("replay of any action log, however hostile its times and steps, ends within the limits", () => {
    const entry = fc.record({
      at: fc.oneof(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.constantFrom(0, 2999, 3000, 3001, Number.MAX_VALUE),
      ),
      step: fc.oneof(fc.nat({ max: 1000 }), fc.constantFrom(499, 500, 501, Number.MAX_SAFE_INTEGER)),
      action: fc.constantFrom<Action>(
        { type: "crash", node: "B" },
        { type: "restart", node: "B" },
        { type: "write", key: "x", node: "A" },
        { type: "set-lag", node: "B", lagMs: 1e9 },
      ),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (log) => {
        const sim = replay(scenario, log, { limits: small, eventLog: false });
        expect(sim.steps).toBeLessThanOrEqual(small.maxSteps);
        expect(sim.now).toBeLessThanOrEqual(small.maxTimeMs);
        expect(sim.actionLog.length).toBeLessThanOrEqual(small.maxActions);
        runUntil(sim, Number.MAX_VALUE);
        expect(sim.now).toBeLessThanOrEqual(small.maxTimeMs);
        expect(runLimitReached(sim)).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });
});
