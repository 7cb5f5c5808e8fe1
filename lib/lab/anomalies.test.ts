import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { extractAnomalies } from "./anomalies";
import { advanceTo, createRun } from "./lab-run";

describe("anomaly extraction", () => {
  it("flags two leaders and the lost writes in the split-brain scenario", () => {
    const run = createRun("split-brain", scenarios["split-brain"]!);
    advanceTo(run, 12000);
    const anomalies = extractAnomalies(run.sim, run.leaderLog);
    const two = anomalies.filter((a) => a.kind === "two-leaders");
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ at: 3000 });
    expect(two[0]?.end).toBeGreaterThan(8000);
    expect(two[0]?.explanation).toMatch(/A \(epoch 1\) and B \(epoch 2\)/);
    expect(two[0]?.explanation).toMatch(/Both accepted writes/);
    expect(anomalies.filter((a) => a.kind === "lost-write").map((a) => a.opIds[0])).toEqual([1, 3]);
  });

  it("sees no split brain with fencing", () => {
    const run = createRun("split-brain-fenced", scenarios["split-brain-fenced"]!);
    advanceTo(run, 12000);
    expect(
      extractAnomalies(run.sim, run.leaderLog).filter((a) => a.kind === "two-leaders" || a.kind === "lost-write"),
    ).toEqual([]);
  });

  it("flags the stale read in lag-stale-read", () => {
    const run = createRun("lag-stale-read", scenarios["lag-stale-read"]!);
    advanceTo(run, 10000);
    const stale = extractAnomalies(run.sim, run.leaderLog).filter((a) => a.kind === "stale-read");
    expect(stale).toHaveLength(1);
    expect(stale[0]?.explanation).toMatch(/bob's read of x on B returned nothing/);
  });
});
