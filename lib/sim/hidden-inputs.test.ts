import { describe, expect, it } from "vitest";
import { createSimulation, inflightMessages, inject, runUntil } from "./engine";
import { TIE_OFFSET_MAX_MS, type HiddenInputs } from "./rng";
import { defineScenario } from "./scenario";
import { scenarios } from "./scenarios";
import type { Sim } from "./sim-state";

const github = scenarios["github-2018"];
if (!github) throw new Error("github-2018 scenario missing");

const run = (hidden: HiddenInputs | undefined, until = 20_000): Sim => {
  const sim = createSimulation(github, hidden ? { hidden } : {});
  runUntil(sim, until);
  return sim;
};
const workloadOps = (sim: Sim) =>
  sim.history.filter((op) => op.client.startsWith("c-")).map((op) => `${op.client} ${op.key} ${op.input.f}`);

/**
 * Two writes to z whose last-write-wins timestamps are equal: A's clock is 500 ms fast and B writes exactly 500 ms
 * later.
 */
function lwwTieWinner(hidden: HiddenInputs | undefined): unknown {
  const s = defineScenario({
    seed: 1,
    topology: { protocol: "multi-master", nodes: [{ id: "A" }, { id: "B" }], params: { conflict: "lww" } },
    clocks: { A: { offsetMs: 500 } },
    network: { latency: { baseMs: 5 } },
    faults: [
      { at: 1000, type: "write", key: "z", value: "from-A", client: "a", near: "A" },
      { at: 1500, type: "write", key: "z", value: "from-B", client: "b", near: "B" },
    ],
  });
  const sim = createSimulation(s, hidden ? { hidden } : {});
  runUntil(sim, 3000);
  return sim.nodes[0]?.kv.get("z")?.value;
}

describe("hidden inputs: what a run depends on beyond its scenario", () => {
  it("left out, the run is the scenario's own run, event for event", () => {
    const plain = run(undefined);
    const empty = run({});
    expect(empty.events).toEqual(plain.events);
    expect(empty.history).toEqual(plain.history);
  });

  it("the same hidden inputs always give the same run", () => {
    const hidden = { jitterSeed: 7, workloadSeed: 8, tieSeed: 9 };
    expect(run(hidden).events).toEqual(run(hidden).events);
  });

  it("a workload seed changes what the background clients do; a jitter seed changes only when messages arrive", () => {
    const base = run({ jitterSeed: 1, workloadSeed: 1 });
    expect(workloadOps(run({ jitterSeed: 1, workloadSeed: 2 }))).not.toEqual(workloadOps(base));
    const jittered = createSimulation(github, { hidden: { jitterSeed: 2, workloadSeed: 1 } });
    const reference = createSimulation(github, { hidden: { jitterSeed: 1, workloadSeed: 1 } });
    runUntil(jittered, 1000);
    runUntil(reference, 1000);
    expect(inflightMessages(jittered).map((m) => m.deliverAt)).not.toEqual(
      inflightMessages(reference).map((m) => m.deliverAt),
    );
  });

  it("tie-break offsets delay each delivery by less than a nanosecond and keep every link FIFO", () => {
    const s = defineScenario({
      seed: 5,
      topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
      network: { latency: { baseMs: 10 } },
    });
    const sim = createSimulation(s, { hidden: { tieSeed: 3 } });
    runUntil(sim, 50);
    for (let i = 0; i < 10; i++) inject(sim, { type: "write", key: "k", client: `c${i}`, near: "A" });
    runUntil(sim, 51);
    const between = inflightMessages(sim).filter((m) => m.from !== m.to && m.toClient < 0 && m.fromClient < 0);
    expect(between.length).toBeGreaterThan(10);
    for (const m of between) {
      expect(m.deliverAt - m.sentAt).toBeGreaterThan(10);
      expect(m.deliverAt - m.sentAt).toBeLessThan(10 + TIE_OFFSET_MAX_MS);
    }
    for (const link of [1, 2]) {
      const times = between.filter((m) => m.from === 0 && m.to === link).map((m) => m.deliverAt);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it("decides a last-write-wins timestamp tie by the tie seed, not always by the node name", () => {
    const winners = new Set(Array.from({ length: 8 }, (_, i) => lwwTieWinner({ tieSeed: 100 + i })));
    expect(winners).toEqual(new Set(["from-A", "from-B"]));
    expect(["from-A", "from-B"]).toContain(lwwTieWinner(undefined));
  });
});
