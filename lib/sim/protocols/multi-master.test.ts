import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduledAction } from "../actions";
import { checkerInput, lostWrites } from "../checker-input";
import { createSimulation, runToQuiescence } from "../engine";
import { propertyScenario, scheduleArb } from "../fault-arbitraries";
import { formatSchedule } from "../fault-syntax";
import { defineScenario, parseScenario, type ScenarioInput } from "../scenario";
import { scenarios } from "../scenarios";
import type { Sim } from "../sim-state";
import { multiMasterInspect, multiMasterReport, type MultiMasterInspect } from "./multi-master";
import { ownerOf } from "./multi-master-ownership";
import { integrate, leq, newKeyState, parseSiblings, readValue, survives, type MmWrite } from "./multi-master-resolve";

const run = (name: string): Sim => {
  const s = scenarios[name];
  if (!s) throw new Error(`no scenario ${name}`);
  const sim = createSimulation(s);
  runToQuiescence(sim, s.durationMs);
  return sim;
};

const w = (
  id: number,
  origin: number,
  vv: number[],
  ts: number,
  value: number,
  overwrites: MmWrite | null = null,
): MmWrite => ({
  id,
  origin,
  originName: "AB"[origin] ?? "?",
  seq: vv[origin] ?? 1,
  key: "x",
  value,
  ts,
  vv,
  overwrites,
  depth: (overwrites?.depth ?? 0) + 1,
});

describe("multi-master conflict rules", () => {
  it("lww keeps the highest timestamp and reports concurrent writes", () => {
    const ks = newKeyState(2);
    expect(integrate(ks, w(1, 0, [1, 0], 100, 1), "lww", 0, "A")).toHaveLength(0);
    const c = integrate(ks, w(2, 1, [0, 1], 90, 2), "lww", 0, "A");
    expect(c.map((x) => x.kind)).toEqual(["concurrent"]);
    expect(readValue(ks, "lww")).toBe(1);
  });

  it("lww reports a causally later write that loses on timestamp as skew", () => {
    const ks = newKeyState(2);
    const a = w(1, 0, [1, 0], 500, 1);
    integrate(ks, a, "lww", 0, "B");
    const c = integrate(ks, w(2, 1, [1, 1], 200, 2, a), "lww", 0, "B");
    expect(c.map((x) => x.kind)).toEqual(["skew"]);
    expect(readValue(ks, "lww")).toBe(1);
    // The same pair arriving the other way round on another node: same record, same value.
    const other = newKeyState(2);
    integrate(other, w(2, 1, [1, 1], 200, 2, a), "lww", 0, "A");
    expect(integrate(other, a, "lww", 0, "A").map((x) => [x.kind, x.writes.map((y) => y.opId)])).toEqual([
      ["skew", [1, 2]],
    ]);
    expect(readValue(other, "lww")).toBe(1);
  });

  it("lww: a write overwriting the winner has not seen the discarded loser, even its own origin's", () => {
    const ks = newKeyState(2);
    const a1 = w(1, 0, [1, 0], 100, 1);
    const b1 = w(2, 1, [0, 1], 110, 2);
    integrate(ks, a1, "lww", 0, "A");
    expect(integrate(ks, b1, "lww", 0, "A").map((x) => x.kind)).toEqual(["concurrent"]);
    const a2 = w(3, 0, [1, 1], 200, 3, b1);
    expect(integrate(ks, a2, "lww", 0, "A")).toHaveLength(0);
    expect(ks.frontier).toEqual([a2]);
    expect(survives(a2, ks, "lww") && survives(b1, ks, "lww")).toBe(true);
    expect(survives(a1, ks, "lww")).toBe(false);
    // A later write concurrent with the discarded a1 is compared with the winner only: no second report about a1.
    expect(integrate(ks, w(4, 1, [1, 2], 300, 4, a2), "lww", 0, "A")).toHaveLength(0);
  });

  it("version vectors keep concurrent siblings and drop dominated ones", () => {
    const ks = newKeyState(2);
    integrate(ks, w(1, 0, [1, 0], 1, 1), "version-vectors", 0, "A");
    integrate(ks, w(2, 1, [0, 1], 1, 2), "version-vectors", 0, "A");
    expect(parseSiblings(readValue(ks, "version-vectors"))).toEqual([1, 2]);
    integrate(ks, w(3, 0, [2, 1], 1, 3), "version-vectors", 0, "A");
    expect(readValue(ks, "version-vectors")).toBe(3);
    expect(leq([1, 0], [2, 1])).toBe(true);
    expect(leq([0, 2], [2, 1])).toBe(false);
  });

  it("counter mode sums deltas in any order", () => {
    const a = newKeyState(2);
    const b = newKeyState(2);
    const x = w(1, 0, [1, 0], 1, 5);
    const y = w(2, 1, [0, 1], 1, 7);
    integrate(a, x, "counter", 0, "A");
    integrate(a, y, "counter", 0, "A");
    integrate(b, y, "counter", 0, "B");
    integrate(b, x, "counter", 0, "B");
    expect(readValue(a, "counter")).toBe(12);
    expect(readValue(b, "counter")).toBe(12);
  });
});

describe("write ownership", () => {
  const idx = new Map([
    ["A", 0],
    ["B", 1],
    ["C", 2],
  ]);
  it("maps keys to owners by prefix, range and auto-increment", () => {
    expect(ownerOf({ mode: "key-prefix", prefixes: { A: ["users:"], B: ["orders:"] } }, "orders:7", idx, 3)).toBe(1);
    expect(
      ownerOf({ mode: "key-range", ranges: { A: { from: 0, to: 9 }, C: { from: 10, to: 19 } } }, "k12", idx, 3),
    ).toBe(2);
    expect(ownerOf({ mode: "auto-increment" }, "k7", idx, 3)).toBe(1);
    expect(ownerOf({ mode: "none" }, "k7", idx, 3)).toBeUndefined();
  });

  it("the schema names bad owner fields", () => {
    const r = parseScenario({
      seed: 1,
      topology: {
        protocol: "multi-master",
        nodes: [{ id: "A" }],
        params: { ownership: { mode: "key-range", ranges: { Z: { from: 3, to: 1 } } } },
      },
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(["topology.params.ownership.ranges.Z", "topology.params.ownership.ranges.Z.to"]),
      );
    const bad = parseScenario({
      seed: 1,
      topology: { protocol: "multi-master", nodes: [{ id: "A" }], params: { conflict: "paxos" } },
    });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.message).toContain("topology.params.conflict");
  });
});

describe("multi-master scenarios", () => {
  it("multi-master-lww-skew: B's causally later write loses to A's fast clock everywhere", () => {
    const sim = run("multi-master-lww-skew");
    const reads = sim.history.filter((o) => o.input.f === "read").map((o) => o.output);
    const first = sim.history.find((o) => o.input.f === "write" && o.client === "east");
    expect(reads).toEqual([
      first?.input.f === "write" ? first.input.value : "?",
      first?.input.f === "write" ? first.input.value : "?",
    ]);
    expect(multiMasterReport(sim)?.conflicts.map((c) => c.kind)).toEqual(["skew"]);
    expect(lostWrites(sim).map((o) => o.client)).toEqual(["west"]);
  });

  it("lww: of two concurrent writes the discarded one is lost, the winner and a later overwrite survive", () => {
    const sim = createSimulation(
      defineScenario({
        title: "lww concurrent pair",
        seed: 12,
        durationMs: 7000,
        topology: { protocol: "multi-master", nodes: [{ id: "A" }, { id: "B" }], params: { conflict: "lww" } },
        network: { latency: { baseMs: 20 } },
        faults: [
          { at: 1000, type: "write", key: "x", client: "east", near: "A", value: "a1" },
          { at: 1000, type: "write", key: "x", client: "west", near: "B", value: "b1" },
          { at: 2000, type: "read", key: "x", client: "east", near: "A", routing: "nearest" },
          { at: 3000, type: "write", key: "x", client: "east", near: "A", value: "a2" },
          { at: 4000, type: "read", key: "x", client: "west", near: "B", routing: "nearest" },
        ],
      }),
    );
    runToQuiescence(sim, 7000);
    // Same timestamp, so B wins on node name; A's later write overwrites B's value, which A had shown.
    expect(sim.history.filter((o) => o.input.f === "read").map((o) => o.output)).toEqual(["b1", "a2"]);
    expect(multiMasterReport(sim)?.conflicts.map((c) => c.kind)).toEqual(["concurrent"]);
    expect(
      checkerInput(sim)
        .survivingWrites.map((x) => x.value)
        .sort(),
    ).toEqual(["a2", "b1"]);
    expect(lostWrites(sim).map((o) => o.input.f === "write" && o.input.value)).toEqual(["a1"]);
  });

  it("multi-master-siblings: reads return both siblings, a later write supersedes them", () => {
    const sim = run("multi-master-siblings");
    const reads = sim.history.filter((o) => o.input.f === "read").map((o) => o.output);
    expect(reads).toEqual(["siblings:[1,2]", "siblings:[1,2]", 3, 3]);
    expect(lostWrites(sim)).toHaveLength(0);
  });

  it("multi-master-counter: every node converges to the sum of the acknowledged deltas", () => {
    const sim = run("multi-master-counter");
    const sum = sim.history.reduce(
      (s, o) =>
        s + (o.outcome === "ok" && o.input.f === "write" && typeof o.input.value === "number" ? o.input.value : 0),
      0,
    );
    const p = { multiMaster: multiMasterInspect(sim) as MultiMasterInspect };
    for (let i = 0; i < 3; i++) expect(readValue(p.multiMaster.keyState(i, "k0"), "counter")).toBe(sum);
    expect(lostWrites(sim)).toHaveLength(0);
  });

  it("ownership gives zero conflicts, the same workload without it conflicts", () => {
    const owned = run("multi-master-ownership");
    const free = run("multi-master-no-ownership");
    expect(multiMasterReport(owned)?.conflicts).toHaveLength(0);
    expect(multiMasterReport(free)?.conflicts.length).toBeGreaterThan(10);
    expect(owned.history.find((o) => o.client === "rogue")?.error).toContain("belongs to A");
    expect(free.history.find((o) => o.client === "rogue")?.outcome).toBe("ok");
    expect(multiMasterReport(free)?.divergence.some((d) => d.keys > 0)).toBe(true);
  });
});

const mm = (conflict: "lww" | "version-vectors" | "counter", ownership = false): Partial<ScenarioInput> => ({
  topology: {
    protocol: "multi-master",
    nodes: ["A", "B", "C"].map((id) => ({ id })),
    params: {
      conflict,
      ...(ownership ? { ownership: { mode: "auto-increment" as const }, routeWrites: "owner" as const } : {}),
    },
  },
});

const runMm = (seed: number, faults: readonly ScheduledAction[], over: Partial<ScenarioInput>): Sim => {
  const sim = createSimulation(propertyScenario(seed, faults, over), { eventLog: false });
  runToQuiescence(sim, 40000);
  return sim;
};

const check = (prop: (seed: number, faults: ScheduledAction[]) => void) =>
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), scheduleArb(5), (seed, faults) => {
      try {
        prop(seed, faults);
      } catch (e) {
        throw new Error(`seed ${seed}\n${formatSchedule(faults)}\n${String(e)}`);
      }
    }),
    { numRuns: 12 },
  );

describe("multi-master properties over random fault schedules", () => {
  it("lww converges to one value per key on all up nodes after quiescence", () =>
    check((seed, faults) => {
      const sim = runMm(seed, faults, mm("lww"));
      const p = { multiMaster: multiMasterInspect(sim) as MultiMasterInspect };
      for (const key of ["k0", "k1", "k2"]) {
        const values = new Set([0, 1, 2].map((i) => String(readValue(p.multiMaster.keyState(i, key), "lww"))));
        expect(values.size).toBe(1);
      }
    }));

  it("version vectors never drop a concurrent write: every acknowledged write is a sibling or seen by one", () =>
    check((seed, faults) => {
      const sim = runMm(seed, faults, mm("version-vectors"));
      const p = { multiMaster: multiMasterInspect(sim) as MultiMasterInspect };
      const acked = new Set(sim.history.filter((o) => o.outcome === "ok" && o.input.f === "write").map((o) => o.id));
      for (const wr of p.multiMaster.writes()) {
        if (!acked.has(wr.id)) continue;
        for (let i = 0; i < 3; i++) {
          const ks = p.multiMaster.keyState(i, wr.key);
          expect(ks?.frontier.some((s) => s === wr || leq(wr.vv, s.vv))).toBe(true);
        }
      }
    }));

  it("ownership (auto-increment, writes routed to owners) means zero conflicts", () =>
    check((seed, faults) => {
      const sim = runMm(seed, faults, mm("lww", true));
      expect(multiMasterReport(sim)?.conflicts).toHaveLength(0);
      expect(lostWrites(sim)).toHaveLength(0);
    }));
});
