import { describe, expect, it } from "vitest";
import { scenarios, type Action } from "@/lib/sim";
import { extractAnomalies } from "./anomalies";
import { currentBranch } from "./branches";
import { DEMO_STEPS, demoStep, type DemoRun } from "./guided-demo";
import { act, advanceTo, createRun, rerunWith, type LabRun } from "./lab-run";

const sandbox = () => createRun("sandbox", scenarios.sandbox!);
const view = (run: LabRun): DemoRun => ({
  leader: "A",
  branch: currentBranch(run.tree),
  history: run.sim.history,
  anomalies: extractAnomalies(run.sim, run.leaderLog),
});
const after = (run: LabRun, ms: number, ...actions: Action[]) => {
  advanceTo(run, run.sim.now + ms);
  for (const a of actions) expect(act(run, a).ok).toBe(true);
};

describe("the guided demo", () => {
  it("starts at step 1 on a blank sandbox, which has no scripted operations", () => {
    const run = sandbox();
    advanceTo(run, 10_000);
    expect(run.sim.history).toEqual([]);
    expect(demoStep(view(run), 0)).toBe(0);
  });

  it("advances one step per thing the user does, to the end, checked from the run", () => {
    const run = sandbox();
    const steps: number[] = [];
    const note = () => steps.push(demoStep(view(run), steps[steps.length - 1] ?? 0));
    after(run, 100, { type: "set-lag", node: "B", lagMs: 5000 });
    note();
    after(run, 0, { type: "write", key: "x", value: 5, node: "A", client: "you@A" });
    note();
    after(run, 100, { type: "read", key: "x", node: "B", client: "you@B" });
    advanceTo(run, run.sim.now + 100);
    note();
    after(run, 0, { type: "cut", from: ["A"], to: ["B", "C"] });
    note();
    after(run, 100, { type: "promote", node: "B" });
    note();
    after(
      run,
      3000,
      { type: "write", key: "y", value: 7, node: "A", client: "you@A" },
      { type: "write", key: "y", value: 8, node: "B", client: "you@B" },
    );
    advanceTo(run, run.sim.now + 100);
    note();
    rerunWith(run, { type: "set-fencing", enabled: true }, "fencing on");
    note();
    // A write alone is not a stale read: the step waits for the read on B.
    expect(steps).toEqual([1, 1, 2, 3, 4, 5, 6]);
    expect(steps[6]).toBe(DEMO_STEPS.length);
  });

  it("does not count what was not done: too little lag, a cut that leaves A with a replica, a promotion after it", () => {
    const run = sandbox();
    after(run, 100, { type: "set-lag", node: "B", lagMs: 200 }, { type: "cut", from: ["A", "B"], to: ["C"] });
    expect(demoStep(view(run), 0)).toBe(0);
    expect(demoStep(view(run), 2)).toBe(2);
    after(run, 100, { type: "promote", node: "C" });
    expect(demoStep(view(run), 3)).toBe(3);
  });
});
