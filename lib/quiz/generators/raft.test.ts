import { describe, expect, it } from "vitest";
import { runPlan } from "../scenario-run";
import { MAX_VARIANTS } from "../schema";
import type { Generator, Params } from "./types";
import {
  raftFigure8Loss,
  raftFiveFailures,
  raftLeaseRead,
  raftMinorityWrite,
  raftPreVote,
  raftSlowFollower,
} from "./raft";

const key = (g: Generator, p: Params, seed = 1) => {
  const result = g.probe(runPlan(g.plan(p, seed)).sim, p);
  return result.ok ? result.answer : `refused: ${result.reason}`;
};

describe("raft scenario questions", () => {
  it("Figure 8: nothing acknowledged is lost with the current-term rule; without it x=2 is acknowledged and lost", () => {
    expect(key(raftFigure8Loss, { rule: 1 })).toBe("none");
    expect(key(raftFigure8Loss, { rule: 0 })).toBe("x2");
  });

  it("a write to the leader commits before the split and times out once the leader is in the minority", () => {
    expect(key(raftMinorityWrite, { at: 2500 })).toBe("ok");
    expect(key(raftMinorityWrite, { at: 4000 })).toBe("info");
  });

  it("five servers commit with two down and stop with three down", () => {
    expect(key(raftFiveFailures, { at: 5000 })).toBe("ok");
    expect(key(raftFiveFailures, { at: 7000 })).toBe("info");
  });

  it("a lease read on a slow clock is current before the new leader writes, stale after, and unanswered once the lease runs out", () => {
    expect(key(raftLeaseRead, { at: 2500 })).toBe("current");
    expect(key(raftLeaseRead, { at: 3100 })).toBe("stale");
    expect(key(raftLeaseRead, { at: 3600 })).toBe("none");
  });

  it("without pre-vote the flapping server's term climbs; with it, it stays in term 1", () => {
    expect(key(raftPreVote, { preVote: 0 })).toBe("high");
    expect(key(raftPreVote, { preVote: 1 })).toBe("low");
  });

  it("once the fast follower is gone, writes wait for the slow one", () => {
    expect(key(raftSlowFollower, {})).toBe("rises");
  });

  it("the lease read keeps its key for every variant seed a question may use: the key follows from the read's time", () => {
    const expected = (at: number) => (at < 2955 ? "current" : at < 3143 ? "stale" : at > 3286 ? "none" : "boundary");
    for (const at of [2200, 2500, 2800, 3000, 3050, 3100, 3350, 3450, 3600]) {
      const keys = new Set(Array.from({ length: MAX_VARIANTS }, (_, i) => key(raftLeaseRead, { at }, i + 1)));
      expect([at, ...keys]).toEqual([at, expected(at)]);
    }
  });
});
