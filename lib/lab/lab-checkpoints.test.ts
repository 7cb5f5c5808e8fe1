import { describe, expect, it } from "vitest";
import { scenarios, snapshot, type Sim } from "@/lib/sim";
import { currentBranch } from "./branches";
import { newCheckpoints } from "./lab-checkpoints";
import { act, advanceTo, createRun, labScenario, rerunWith, seek, switchBranch } from "./lab-run";

const view = (s: Sim) =>
  JSON.stringify({ snap: snapshot(s, { data: true }), history: s.history, events: s.events, steps: s.steps });
const base = labScenario(scenarios["sync-no-loss"]!, 1, 5);

/** The same branch replayed from the seed straight to `t`: what a seek must show. */
function replayedTo(actions: Parameters<typeof createRun>[2], t: number): string {
  const fresh = createRun("sync-no-loss", base, actions);
  advanceTo(fresh, t);
  return view(fresh.sim);
}

describe("lab checkpoints", () => {
  it("a seek back restores a checkpoint and shows exactly what replay from the seed shows", () => {
    const run = createRun("sync-no-loss", base);
    advanceTo(run, 4200);
    act(run, { type: "crash", node: "A" });
    advanceTo(run, 12000);
    expect(run.checkpoints.list.length).toBeGreaterThan(5);
    const actions = currentBranch(run.tree).actions;
    for (const t of [9500, 4200, 4199, 700, 11000]) {
      seek(run, t);
      expect(run.sim.now).toBe(t);
      expect(view(run.sim), `seek to ${t}`).toBe(replayedTo(actions, t));
    }
    // Forward again past the furthest checkpoint: still the uninterrupted run.
    seek(run, 12000);
    expect(view(run.sim)).toBe(replayedTo(actions, 12000));
  });

  it("acting from an earlier moment drops the checkpoints after it, so seeks on the new branch show the new past", () => {
    const run = createRun("sync-no-loss", base);
    advanceTo(run, 10000);
    seek(run, 3000);
    act(run, { type: "crash", node: "B" });
    expect(run.checkpoints.list.every((c) => c.cp.now <= 3000)).toBe(true);
    advanceTo(run, 9000);
    seek(run, 6000);
    expect(view(run.sim)).toBe(replayedTo(currentBranch(run.tree).actions, 6000));
    switchBranch(run, "b1");
    seek(run, 8000);
    seek(run, 5000);
    expect(view(run.sim)).toBe(replayedTo([], 5000));
  });

  it("a what-if re-run keeps checkpoints of its own branch", () => {
    const run = createRun("split-brain", labScenario(scenarios["split-brain"]!, 2, undefined));
    advanceTo(run, 6000);
    rerunWith(run, { type: "set-fencing", enabled: true }, "fencing on");
    expect(run.checkpoints.list.length).toBeGreaterThan(0);
    seek(run, 2500);
    const fresh = createRun("split-brain", run.scenario, currentBranch(run.tree).actions);
    advanceTo(fresh, 2500);
    expect(view(run.sim)).toBe(view(fresh.sim));
  });

  it("keeps a bounded number, thinning and spacing them further apart as the run grows", () => {
    const run = createRun("sync-no-loss", base);
    run.checkpoints = newCheckpoints(undefined, 100, 8);
    advanceTo(run, 20000);
    const times = run.checkpoints.list.map((c) => c.cp.now);
    expect(times.length).toBeLessThan(8);
    expect(run.checkpoints.spacingMs).toBeGreaterThan(100);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The newest is never more than one spacing behind the head, so a seek near the end replays little.
    expect(20000 - (times[times.length - 1] ?? 0)).toBeLessThanOrEqual(run.checkpoints.spacingMs);
  });

  it("with a wall clock, copies wait for enough stepping to pay for them, and seeks stay exact", () => {
    // A clock under which every copy looks as costly as a long stretch of stepping: each reading moves it 5 ms.
    let now = 0;
    const clock = () => (now += 5);
    const paced = createRun("sync-no-loss", base, [], undefined, clock);
    const unpaced = createRun("sync-no-loss", base);
    advanceTo(paced, 20000);
    advanceTo(unpaced, 20000);
    expect(paced.checkpoints.list.length).toBeGreaterThan(0);
    expect(paced.checkpoints.list.length).toBeLessThan(unpaced.checkpoints.list.length);
    seek(paced, 7000);
    expect(view(paced.sim)).toBe(replayedTo([], 7000));
  });
});
