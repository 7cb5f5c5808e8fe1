import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { extractAnomalies } from "./anomalies";
import { act, advanceTo, createRun, seek } from "./lab-run";

const staleExplanations = (run: ReturnType<typeof createRun>) =>
  extractAnomalies(run.sim, run.leaderLog)
    .filter((a) => a.kind === "stale-read")
    .map((a) => a.explanation);

/** Raft lab: x=1 committed everywhere, then S5 cut off from the other four and x=2 written on S1 at 1.5 s. */
function s5CutOffAfterX1() {
  const run = createRun("raft-lab", scenarios["raft-lab"]!);
  advanceTo(run, 1000);
  act(run, { type: "write", key: "x", value: 1, client: "a", node: "S1" });
  advanceTo(run, 1500);
  act(run, { type: "cut", from: ["S5"], to: ["S1", "S2", "S3", "S4"] });
  act(run, { type: "write", key: "x", value: 2, client: "a", node: "S1" });
  return run;
}

describe("Raft stale reads in the anomaly list", () => {
  it("explains the lease read by the leader's slow clock and the margin it broke", () => {
    const run = createRun("raft-lease-drift", scenarios["raft-lease-drift"]!);
    advanceTo(run, 5000);
    expect(staleExplanations(run)).toEqual([
      expect.stringMatching(
        /^r's read of x on S1 returned 1 at 3\.001 s although w2's write x=2 on S2 had been acknowledged at 2\.955 s: S1 answered alone under its lease, with 102 ms of it left on its own clock; that clock runs 30% slow, beyond the lease's 10% margin/,
      ),
    ]);
  });

  it("explains a follower read chosen in the lab, after a rewind, as answered without asking the leader", () => {
    const run = s5CutOffAfterX1();
    advanceTo(run, 2000);
    act(run, { type: "set-read-mode", mode: "follower" });
    act(run, { type: "read", key: "x", client: "b", node: "S5" });
    advanceTo(run, 3000);
    const explained = staleExplanations(run);
    expect(explained).toEqual([expect.stringMatching(/: S5 answered a follower read from what it had applied/)]);
    seek(run, 1800);
    expect(staleExplanations(run)).toEqual([]);
    advanceTo(run, 3000);
    expect(staleExplanations(run)).toEqual(explained);
  });

  it("reports a cut-off follower that is behind as stale reads only, never as replicas that diverged", () => {
    const run = s5CutOffAfterX1();
    advanceTo(run, 3000);
    expect(run.sim.nodes.find((n) => n.id === "S5")?.kv.get("x")?.value).toBe(1);
    expect(extractAnomalies(run.sim, run.leaderLog).map((a) => a.kind)).toEqual([]);
    act(run, { type: "heal" });
    advanceTo(run, 5000);
    expect(run.sim.nodes.find((n) => n.id === "S5")?.kv.get("x")?.value).toBe(2);
    expect(extractAnomalies(run.sim, run.leaderLog).map((a) => a.kind)).toEqual([]);
  });

  it("does not call a deposed leader that still believes it leads a split brain: it can acknowledge nothing", () => {
    const run = createRun("raft-lab", scenarios["raft-lab"]!);
    advanceTo(run, 1000);
    act(run, { type: "cut", from: ["S1"], to: ["S2", "S3", "S4", "S5"] });
    act(run, { type: "write", key: "x", value: 9, client: "a", node: "S1" });
    advanceTo(run, 4000);
    const leaders = run.leaderLog.at(-1)?.leaders ?? [];
    expect(leaders).toHaveLength(2);
    expect(run.sim.history.find((o) => o.input.f === "write")?.outcome).not.toBe("ok");
    expect(extractAnomalies(run.sim, run.leaderLog).filter((a) => a.kind === "two-leaders")).toEqual([]);
  });
});
