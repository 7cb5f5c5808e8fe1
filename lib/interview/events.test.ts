import { describe, expect, it } from "vitest";
import { faultStatuses, labEntryRefusal, labLog, type TimelineEntry } from "./events";

const crash = { type: "crash", node: "C" } as const;
const fault: TimelineEntry = { seq: 1, elapsedMs: 1000, payload: { kind: "fault", label: "Crash C", action: crash } };
const ownAction: TimelineEntry = {
  seq: 2,
  elapsedMs: 2000,
  payload: { kind: "lab-action", label: "Restart A", action: { type: "restart", node: "A" }, at: 500, step: 40 },
};
const applied: TimelineEntry = {
  seq: 3,
  elapsedMs: 3000,
  payload: { kind: "lab-action", label: "Crash C", action: crash, at: 1500, step: 90, faultSeq: 1 },
};

describe("the lab's log", () => {
  it("replays what the candidate's lab applied, its own actions and the faults, where it applied them", () => {
    expect(labLog([fault, ownAction, applied])).toEqual([
      { at: 500, step: 40, action: { type: "restart", node: "A" } },
      { at: 1500, step: 90, action: crash },
    ]);
  });

  it("refuses an entry that would go back in time or steps, or apply a fault twice or one never injected", () => {
    const log = [fault, ownAction];
    const next = { kind: "lab-action", label: "x", action: crash } as const;
    expect(labEntryRefusal(log, { ...next, at: 400, step: 50 })).toMatch(/order/);
    expect(labEntryRefusal(log, { ...next, at: 600, step: 30 })).toMatch(/order/);
    expect(labEntryRefusal(log, { ...next })).toMatch(/where the lab applied it/);
    expect(labEntryRefusal(log, { ...next, at: 600, step: 50, faultSeq: 7 })).toMatch(/no such fault/);
    expect(labEntryRefusal([...log, applied], { ...next, at: 1600, step: 99, faultSeq: 1 })).toMatch(/already/);
    expect(labEntryRefusal(log, { ...next, at: 600, step: 50, faultSeq: 1 })).toBeNull();
  });
});

describe("fault statuses", () => {
  it("queues a fault until the deep dive opens the lab, then waits for the lab to apply it", () => {
    expect(faultStatuses([fault], false).map((f) => f.state)).toEqual(["queued"]);
    expect(faultStatuses([fault], true).map((f) => f.state)).toEqual(["sent"]);
    expect(faultStatuses([fault, ownAction, applied], true)).toEqual([
      { seq: 1, label: "Crash C", action: crash, state: "applied", appliedAt: 1500 },
    ]);
  });
});
