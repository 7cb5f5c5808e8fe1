import { describe, expect, it } from "vitest";
import type { Action } from "../actions";
import { checkerInput } from "../checker-input";
import { checkLinearizability } from "../checkers";
import { createSimulation, inject, replay, runToQuiescence, runUntil } from "../engine";
import { recordText } from "../event-text";
import { formatAction, parseActionLine } from "../fault-syntax";
import { localNow } from "../kernel";
import { staleReads } from "../metrics";
import type { Sim } from "../sim-state";
import { scenarios } from "../scenarios";
import { leaseMargin, leaseUnsafe, raftSettings } from "./raft-settings";

const scenario = (name: string) => {
  const s = scenarios[name];
  if (!s) throw new Error(`no scenario ${name}`);
  return s;
};
/** Runs `name` to its end with `action` injected at `at`. */
function runWith(name: string, at: number, action: Action): Sim {
  const s = scenario(name);
  const sim = createSimulation(s);
  runUntil(sim, at);
  expect(inject(sim, action)).toEqual({ ok: true });
  runToQuiescence(sim, s.durationMs);
  return sim;
}
const readBy = (sim: Sim, client: string) => sim.history.find((o) => o.client === client);
const linearizable = (sim: Sim) => checkLinearizability(checkerInput(sim).history).linearizable;

describe("raft settings set mid-run", () => {
  it("the lease-drift read is stale as scripted; S1's drift set within the margin before the cut makes it time out", () => {
    const stale = runWith("raft-lease-drift", 1000, { type: "set-read-mode", mode: "lease" });
    expect(readBy(stale, "r")).toMatchObject({ outcome: "ok", output: 1 });
    const safe = runWith("raft-lease-drift", 1000, { type: "set-clock-drift", node: "S1", drift: -0.05 });
    expect(readBy(safe, "r")?.outcome).toBe("info");
    expect(linearizable(safe)).toBe(true);
  });

  it("switching the lease-drift run to ReadIndex before the read makes the cut-off leader wait instead of answering", () => {
    const sim = runWith("raft-lease-drift", 2500, { type: "set-read-mode", mode: "read-index" });
    expect(readBy(sim, "r")?.outcome).toBe("info");
    expect(linearizable(sim)).toBe(true);
  });

  it("follower reads set by hand: a cut-off follower that refused a read answers the next from its applied state, stale", () => {
    const s = scenario("raft-lab");
    const sim = createSimulation(s);
    runUntil(sim, 1000);
    inject(sim, { type: "write", key: "x", value: 1, client: "a", node: "S1" });
    runUntil(sim, 1500);
    inject(sim, { type: "cut", from: ["S5"], to: ["S1", "S2", "S3", "S4"] });
    inject(sim, { type: "write", key: "x", value: 2, client: "a", node: "S1" });
    runUntil(sim, 2000);
    inject(sim, { type: "read", key: "x", client: "b", node: "S5" });
    runUntil(sim, 5000);
    // Cut off, S5 campaigns and forgets the leader: through the log it refuses the read.
    expect(readBy(sim, "b")?.outcome).toBe("fail");
    inject(sim, { type: "set-read-mode", mode: "follower" });
    inject(sim, { type: "read", key: "x", client: "c", node: "S5" });
    runUntil(sim, 6000);
    expect(readBy(sim, "c")).toMatchObject({ outcome: "ok", output: 1 });
    expect(staleReads(sim.history).map((o) => o.client)).toEqual(["c"]);
    expect(sim.events.map(recordText)).toContain(
      "reads are answered by whichever node the client asks (follower reads) from now on",
    );
  });

  it("pre-vote switched on at the start keeps the flapping server's term at 1, as the pre-vote scenario does", () => {
    expect(runWith("raft-flapping", 1, { type: "set-pre-vote", enabled: false }).nodes[2]?.epoch).toBeGreaterThan(3);
    expect(runWith("raft-flapping", 1, { type: "set-pre-vote", enabled: true }).nodes[2]?.epoch).toBe(1);
  });

  it("a new drift changes the clock's rate, never its reading, and the run replays identically from its action log", () => {
    const s = scenario("raft-lab");
    const sim = createSimulation(s);
    runUntil(sim, 2000);
    const before = localNow(sim, 0);
    inject(sim, { type: "set-clock-drift", node: "S1", drift: -0.3 });
    expect(localNow(sim, 0)).toBeCloseTo(before, 9);
    runUntil(sim, 3000);
    expect(localNow(sim, 0) - before).toBeCloseTo(700, 6);
    expect(raftSettings(sim)?.drift.S1).toBeCloseTo(-0.3, 9);
    const again = replay(s, sim.actionLog);
    runUntil(again, 3000);
    expect(again.events.map(recordText)).toEqual(sim.events.map(recordText));
  });

  it("the lease margin is the lease's shortfall from the minimum election timeout; a leader slower than it is unsafe", () => {
    const s = raftSettings(createSimulation(scenario("raft-lease-drift")));
    if (!s) throw new Error("not raft");
    expect(leaseMargin(s)).toBeCloseTo(0.1, 9);
    expect(leaseUnsafe(s, "S1")).toBe(true);
    expect(leaseUnsafe({ ...s, drift: { S1: -0.05, S2: 0, S3: 0 } }, "S1")).toBe(false);
    expect(leaseUnsafe({ ...s, drift: { S1: 0, S2: 0.15, S3: 0 } }, "S1")).toBe(true);
  });

  it("other protocols refuse the Raft settings with a reason, and change nothing", () => {
    const sim = createSimulation(scenario("lag-stale-read"));
    expect(raftSettings(sim)).toBeNull();
    expect(inject(sim, { type: "set-pre-vote", enabled: true })).toEqual({
      ok: false,
      reason: "the single-leader protocol has no pre-vote",
    });
    expect(inject(sim, { type: "set-clock-drift", node: sim.nodes[0]?.id ?? "", drift: 0.1 }).ok).toBe(false);
    expect(sim.nodes.every((n) => n.clockRate === 1)).toBe(true);
  });

  it("the fault syntax writes and reads the settings back", () => {
    for (const line of ["at 100 read-mode follower", "at 200 pre-vote on", "at 300 drift S1 -0.3"]) {
      const r = parseActionLine(line);
      if (!r.success) throw new Error(r.error.message);
      expect(formatAction(r.data)).toBe(line);
    }
    expect(parseActionLine("at 300 drift S1 0.9").success).toBe(false);
  });
});
