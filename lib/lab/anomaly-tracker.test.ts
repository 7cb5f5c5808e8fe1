import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { AnomalyTracker } from "./anomaly-tracker";
import { advanceTo, createRun, seek } from "./lab-run";

describe("anomaly tracker", () => {
  it("keeps the branch's anomalies after a rewind and updates when the run moves past them", () => {
    const run = createRun("split-brain", scenarios["split-brain"]!);
    let changes = 0;
    const tracker = new AnomalyTracker(() => changes++);
    advanceTo(run, 12000);
    tracker.update(run);
    const found = tracker.anomalies(run.tree.currentId);
    expect(found.some((a) => a.kind === "two-leaders")).toBe(true);
    expect(changes).toBe(1);

    seek(run, 1000);
    tracker.update(run);
    expect(tracker.anomalies(run.tree.currentId)).toBe(found);

    seek(run, 12000);
    tracker.update(run);
    expect(changes).toBe(1);
    expect(tracker.anomalies(run.tree.currentId)).toBe(found);
  });

  it("searches again when the history grows", () => {
    const run = createRun("lag-stale-read", scenarios["lag-stale-read"]!);
    const tracker = new AnomalyTracker(() => undefined);
    tracker.update(run);
    expect(tracker.anomalies(run.tree.currentId)).toEqual([]);
    advanceTo(run, 10000);
    tracker.update(run);
    expect(tracker.anomalies(run.tree.currentId).filter((a) => a.kind === "stale-read")).toHaveLength(1);
  });
});
