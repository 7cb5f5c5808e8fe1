import { describe, expect, it } from "vitest";
import { parseScenario } from "./scenario";
import { listScenarios, scenarios } from "./scenarios";

const base = {
  seed: 1,
  topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], leader: "A" },
};

describe("parseScenario", () => {
  it("fills defaults for a minimal scenario", () => {
    const r = parseScenario(base);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.replication.mode).toBe("async");
      expect(r.data.fencing.enabled).toBe(false);
    }
  });

  it("names the field path of a fault on an unknown node", () => {
    const r = parseScenario({
      ...base,
      faults: [
        { at: 1, type: "heal" },
        { at: 2, type: "crash", node: "B" },
        { at: 3, type: "crash", node: "D" },
      ],
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toContain('faults[2].node: unknown node "D"');
  });

  it("rejects negative latency, unknown leader, unknown cut targets and duplicate ids", () => {
    const r = parseScenario({
      ...base,
      topology: { protocol: "single-leader", nodes: [{ id: "A" }, { id: "A" }], leader: "Z" },
      network: { latency: { baseMs: -1 } },
      faults: [{ at: 5000, type: "cut", from: ["A"], to: ["Q"] }],
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      const paths = r.error.issues.map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          "network.latency.baseMs",
          "topology.leader",
          "faults[0].to[0]",
          "topology.nodes[1].id",
        ]),
      );
    }
  });

  it("rejects garbage without throwing", () => {
    expect(parseScenario(null).success).toBe(false);
    expect(parseScenario({ seed: "x" }).success).toBe(false);
    expect(parseScenario({ ...base, faults: [{ at: 1, type: "explode" }] }).success).toBe(false);
  });

  it("round-trips through JSON", () => {
    for (const s of Object.values(scenarios)) {
      const r = parseScenario(JSON.parse(JSON.stringify(s)));
      expect(r.success).toBe(true);
      if (r.success) expect(r.data).toEqual(s);
    }
  });

  it("lists every built-in scenario with a title and description", () => {
    const names = listScenarios().map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "lag-stale-read",
        "split-brain",
        "split-brain-fenced",
        "github-2018",
        "semi-sync-fallback",
        "sync-no-loss",
      ]),
    );
    for (const s of listScenarios()) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.description.length).toBeGreaterThan(50);
    }
  });
});
