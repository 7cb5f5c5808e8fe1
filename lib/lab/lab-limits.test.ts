/**
 * The lab within its limits (issue 18): a run never goes past RUN_LIMITS
 * however it is driven, and a shared run is played to its time only once the
 * lab mounts (components/sim/lab.test.ts checks the server render).
 */
import { describe, expect, it } from "vitest";
import { MAX_RUN_TIME_MS, scenarios, type RunLimits } from "@/lib/sim";
import { act, advanceTo, createRun, play, rerunWith, runHalted, seek } from "./lab-run";
import { LabStore } from "./lab-store";

const scenario = scenarios["lag-stale-read"]!;
const small: RunLimits = { maxTimeMs: 3000, maxSteps: 100_000, maxActions: 4 };

describe("lab run limits", () => {
  it("advancing a run 10⁹ ms stops at 10 minutes of simulated time and says so", () => {
    const run = createRun("split-brain", scenarios["split-brain"]!);
    advanceTo(run, 1_000_000_000);
    expect(run.sim.now).toBe(MAX_RUN_TIME_MS);
    expect(runHalted(run)).toMatch(/10 minutes of simulated time/);
  });

  it("playing stops at the limit, whatever the speed and wall time", () => {
    const run = createRun("lag-stale-read", scenario, [], small);
    for (let i = 0; i < 20; i++) play(run, 100_000, { speed: 4, slowMotion: 1, maxSteps: 1e9 });
    expect(run.sim.now).toBe(3000);
    expect(runHalted(run)).toBeDefined();
  });

  it("a shared log past the step budget stops where the budget ran out, and seeking or rerunning stays there too", () => {
    const tight: RunLimits = { maxTimeMs: 60_000, maxSteps: 300, maxActions: 4 };
    const run = createRun(
      "lag-stale-read",
      scenario,
      [{ at: 50_000, step: 1e9, action: { type: "crash", node: "B" } }],
      tight,
    );
    advanceTo(run, 60_000);
    expect(run.sim.steps).toBe(300);
    expect(run.sim.now).toBeLessThan(60_000);
    expect(runHalted(run)).toMatch(/after 300 events/);
    seek(run, 0);
    seek(run, 60_000);
    expect(run.sim.steps).toBe(300);
    rerunWith(run, { type: "set-fencing", enabled: true }, "fencing on");
    expect(run.sim.steps).toBeLessThanOrEqual(300);
  });

  it("acting past the action limit records nothing in the branch", () => {
    const run = createRun("lag-stale-read", scenario, [], small);
    for (let i = 0; i < 4; i++) expect(act(run, { type: "set-fencing", enabled: i % 2 === 0 }).ok).toBe(true);
    expect(act(run, { type: "crash", node: "B" }).ok).toBe(false);
    expect(run.tree.branches[0]?.actions).toHaveLength(4);
  });

  it("the store reports the limit to the page once reached", () => {
    const store = new LabStore(createRun("lag-stale-read", scenario, [], small));
    expect(store.getInfo().halted).toBeNull();
    store.advance(10_000);
    expect(store.halted()).toBe(true);
    expect(store.getInfo().halted).toMatch(/3 s of simulated time/);
  });
});

describe("a shared run", () => {
  it("is played to its time once the lab mounts", () => {
    const run = createRun("lag-stale-read", scenario);
    const store = new LabStore(run, { openAt: 2500 });
    expect(run.sim.steps).toBe(0);
    expect(store.getFrame().time).toBe(0);
    store.resume();
    expect(store.getFrame().time).toBe(2500);
    store.dispose();
  });
});
