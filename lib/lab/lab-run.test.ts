import { describe, expect, it } from "vitest";
import { replay, scenarios, snapshot } from "@/lib/sim";
import { currentBranch } from "./branches";
import {
  act,
  advanceTo,
  createRun,
  followLog,
  labScenario,
  play,
  quorumOf,
  rerunWith,
  resetToStart,
  seek,
  stepOnce,
  switchBranch,
  withQuorum,
} from "./lab-run";

const scenario = scenarios["lag-stale-read"]!;
const view = (s: Parameters<typeof snapshot>[0]) => JSON.stringify(snapshot(s, { data: true }));

describe("lab run", () => {
  it("plays in wall-clock slices to the same state as replay of its action log", () => {
    const run = createRun("lag-stale-read", scenario);
    play(run, 100, { speed: 1, slowMotion: 0.05 });
    act(run, { type: "write", key: "x", value: 5, node: "A", client: "ui-A" });
    for (let i = 0; i < 50; i++) play(run, 16, { speed: 2, slowMotion: 0.02 });
    stepOnce(run);
    act(run, { type: "read", key: "x", node: "B", client: "ui-B" });
    advanceTo(run, 3000);
    const again = replay(scenario, run.sim.actionLog);
    advanceTo({ ...run, sim: again, applied: Infinity }, 3000);
    expect(view(again)).toBe(view(run.sim));
  });

  it("seeks back exactly and forks when acting from the past", () => {
    const run = createRun("lag-stale-read", scenario);
    advanceTo(run, 400);
    act(run, { type: "write", key: "x", value: 5, node: "A", client: "ui-A" });
    advanceTo(run, 2000);
    const at2000 = view(run.sim);
    seek(run, 300);
    expect(run.sim.now).toBe(300);
    seek(run, 2000);
    expect(view(run.sim)).toBe(at2000);
    seek(run, 300);
    act(run, { type: "crash", node: "B" });
    expect(run.tree.branches).toHaveLength(2);
    expect(currentBranch(run.tree).actions.map((a) => a.action.type)).toEqual(["crash"]);
    switchBranch(run, "b1");
    expect(run.sim.now).toBe(300);
    advanceTo(run, 2000);
    expect(view(run.sim)).toBe(at2000);
  });

  it("re-runs a branch with fencing on as a new branch", () => {
    const run = createRun("split-brain", scenarios["split-brain"]!);
    advanceTo(run, 2500);
    rerunWith(run, { type: "set-fencing", enabled: true }, "fencing on");
    expect(run.tree.branches).toHaveLength(2);
    expect(currentBranch(run.tree).actions[0]?.action).toEqual({ type: "set-fencing", enabled: true });
    expect(run.sim.now).toBe(2500);
  });

  it("applies a seed and a node count", () => {
    const s = labScenario(scenario, 99, 5);
    expect(s.seed).toBe(99);
    expect(s.topology.nodes.map((n) => n.id)).toEqual(["A", "B", "C", "D", "E"]);
  });
});

describe("following another page's log", () => {
  const write = { type: "write", key: "x", value: 5, node: "A", client: "ui-A" } as const;
  const crash = { type: "crash", node: "B" } as const;
  /** The candidate's run: a write at 1.2 s, B crashed at 3.7 s; its log is what the mirror receives. */
  const applied = () => {
    const source = createRun("lag-stale-read", scenario);
    advanceTo(source, 1200);
    act(source, write);
    advanceTo(source, 3700.25);
    act(source, crash);
    advanceTo(source, 6000);
    return source;
  };

  it("takes in an entry it already went past: the same state as the page that applied it", () => {
    const source = applied();
    const mirror = createRun("lag-stale-read", scenario, source.sim.actionLog.slice(0, 1));
    advanceTo(mirror, 5000);
    expect(mirror.sim.nodes.find((n) => n.id === "B")?.status).toBe("up");
    expect(followLog(mirror, source.sim.actionLog)).toBe(true);
    expect(mirror.sim.now).toBe(5000);
    expect(mirror.sim.nodes.find((n) => n.id === "B")?.status).toBe("crashed");
    advanceTo(mirror, 6000);
    expect(view(mirror.sim)).toBe(view(source.sim));
  });

  it("applies an entry still ahead of it when it gets there", () => {
    const source = applied();
    const mirror = createRun("lag-stale-read", scenario);
    advanceTo(mirror, 1000);
    expect(followLog(mirror, source.sim.actionLog)).toBe(true);
    expect(mirror.sim.actionLog).toHaveLength(0);
    advanceTo(mirror, 6000);
    expect(view(mirror.sim)).toBe(view(source.sim));
  });

  it("refuses a log that does not extend its own, changing nothing", () => {
    const source = applied();
    const mirror = createRun("lag-stale-read", scenario, [{ ...source.sim.actionLog[0]!, at: 1100 }]);
    advanceTo(mirror, 5000);
    const before = view(mirror.sim);
    expect(followLog(mirror, source.sim.actionLog)).toBe(false);
    expect(view(mirror.sim)).toBe(before);
    expect(currentBranch(mirror.tree).actions).toHaveLength(1);
  });
});

describe("quorum sizes", () => {
  const leaderless = scenarios["leaderless-quorum"];

  it("applies N, W and R to a leaderless scenario and says why a misfit is refused", () => {
    if (!leaderless) throw new Error("leaderless-quorum scenario missing");
    expect(quorumOf(leaderless)).toEqual({ n: 3, w: 2, r: 2, readRepair: "background" });
    const r = withQuorum(leaderless, { n: 3, w: 1, r: 1 });
    expect(r.success && quorumOf(r.data)).toEqual({ n: 3, w: 1, r: 1, readRepair: "background" });
    const blocking = withQuorum(leaderless, { n: 3, w: 2, r: 2, readRepair: "blocking" });
    expect(
      blocking.success && blocking.data.topology.protocol === "leaderless" && blocking.data.topology.readRepairMode,
    ).toBe("blocking");
    expect(withQuorum(leaderless, { n: 3, w: 4, r: 1 })).toMatchObject({
      success: false,
      error: expect.stringMatching(/W and R must be at most N/),
    });
    expect(withQuorum(leaderless, { n: 4, w: 2, r: 2 })).toMatchObject({ success: false });
    expect(withQuorum(scenario, { n: 3, w: 2, r: 2 })).toMatchObject({
      success: false,
      error: expect.stringMatching(/single-leader/),
    });
    expect(quorumOf(labScenario(leaderless, 5, undefined, { n: 3, w: 3, r: 1 }))).toEqual({
      n: 3,
      w: 3,
      r: 1,
      readRepair: "background",
    });
  });
});

describe("reset", () => {
  it("goes back to a blank time 0 and keeps the run so far as a branch", () => {
    const run = createRun("sandbox", scenarios.sandbox!);
    advanceTo(run, 800);
    act(run, { type: "write", key: "x", value: 1, node: "A", client: "you@A" });
    advanceTo(run, 2000);
    resetToStart(run);
    expect(run.sim.now).toBe(0);
    expect(run.sim.history).toEqual([]);
    expect(run.tree.branches.map((b) => [b.label, b.actions.length])).toEqual([
      ["main", 1],
      ["reset", 0],
    ]);
    resetToStart(run);
    expect(run.tree.branches).toHaveLength(2);
  });
});
