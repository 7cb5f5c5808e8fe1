import { describe, expect, it } from "vitest";
import { lostWrites } from "../checker-input";
import { createSimulation, runToQuiescence } from "../engine";
import { staleReads } from "../metrics";
import { scenarios } from "./index";

const run = (name: string) => {
  const s = scenarios[name];
  if (!s) throw new Error(`no scenario ${name}`);
  const sim = createSimulation(s);
  runToQuiescence(sim, s.durationMs);
  return sim;
};

describe("built-in scenarios", () => {
  it("lag-stale-read: the first read from B is stale, the second is fresh", () => {
    const sim = run("lag-stale-read");
    const reads = sim.history.filter((o) => o.input.f === "read");
    expect(reads.map((o) => o.output)).toEqual([null, 1]);
    expect(staleReads(sim.history)).toHaveLength(1);
  });

  it("split-brain: both sides acknowledge and A's acknowledged writes are lost", () => {
    const sim = run("split-brain");
    expect(sim.history.every((o) => o.outcome === "ok")).toBe(true);
    expect(lostWrites(sim).map((o) => o.client)).toEqual(["east", "east"]);
  });

  it("split-brain-fenced: A's writes fail, nothing acknowledged is lost", () => {
    const sim = run("split-brain-fenced");
    expect(sim.history.filter((o) => o.outcome === "fail").map((o) => o.client)).toEqual(["east", "east"]);
    expect(lostWrites(sim)).toHaveLength(0);
  });

  it("github-2018: West is promoted during the 43 s cut and East's acknowledged writes are lost", () => {
    const sim = run("github-2018");
    const promoted = sim.events.find((e) => e.event.type === "becomes-leader" && e.event.epoch === 2);
    expect(promoted?.node).toBe("W1");
    expect(promoted?.at).toBeGreaterThan(10000);
    expect(promoted?.at).toBeLessThan(53000);
    const lost = lostWrites(sim);
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((o) => o.node === "E1")).toBe(true);
  });

  it("semi-sync-fallback: falls back after the timeout and recovers after the heal", () => {
    const sim = run("semi-sync-fallback");
    const fell = sim.events.find((e) => e.event.type === "semi-sync-timeout");
    const back = sim.events.find((e) => e.event.type === "semi-sync-back");
    expect(fell?.at).toBeGreaterThan(5000);
    expect(fell?.at).toBeLessThan(5300);
    expect(back?.at).toBeGreaterThan(8000);
  });

  it("sync-no-loss: no acknowledged write is lost", () => {
    const sim = run("sync-no-loss");
    expect(lostWrites(sim)).toHaveLength(0);
    expect(sim.history.filter((o) => o.outcome === "ok").length).toBeGreaterThan(50);
  });
});
