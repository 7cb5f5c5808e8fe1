import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { anomaliesFrom, extractAnomalies } from "./anomalies";
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

describe("a lost write under fencing", () => {
  const write = {
    id: 0,
    client: "alice",
    node: "A",
    key: "x",
    input: { f: "write", value: 1 },
    outcome: "ok",
    invokedAt: 100,
    completedAt: 102,
  } as const;
  const input = (fencing: boolean) => ({
    history: [write],
    survivingWrites: [],
    leaderLog: [],
    now: 5000,
    fencing,
    leadersFenced: fencing,
    maxSteps: 1000,
  });

  it("says that fencing stops two leaders but not the loss of what was never shipped", () => {
    const [lost] = anomaliesFrom(input(true)).filter((a) => a.kind === "lost-write");
    expect(lost?.explanation).toContain("it stops two leaders acknowledging writes at once");
    expect(lost?.explanation).toContain("asynchronous replication");
  });

  it("says nothing about fencing when it was off", () => {
    const [lost] = anomaliesFrom(input(false)).filter((a) => a.kind === "lost-write");
    expect(lost?.explanation).toMatch(/was lost\.$/);
  });
});
