import { describe, expect, it } from "vitest";
import { history, read, write } from "./history-builder";
import { runCheckers } from "./index";
import { generateRegisterHistory } from "./random-history";

describe("runCheckers", () => {
  it("reports nothing for a clean run", () => {
    const h = generateRegisterHistory({ seed: 7, ops: 200, clients: 5, keys: 2 });
    expect(runCheckers({ history: h, replicaStates: { a: { x: 1 }, b: { x: 1 } } })).toEqual({
      linearizable: true,
      violations: [],
    });
  });

  it("merges every checker's findings in time order", () => {
    const h = history(
      write("c1", "x", 1, 0, 5),
      write("c1", "x", 2, 6, 10),
      read("c1", "x", 1, 11, 12),
      read("c2", "x", 2, 13, 14),
    );
    const report = runCheckers({
      history: h,
      survivingWrites: [{ key: "x", value: 1 }],
      replicaStates: { n1: { x: 1 }, n2: { x: 2 } },
    });
    expect(report.linearizable).toBe(false);
    expect(report.violations.map((v) => v.checker)).toEqual([
      "lost-writes",
      "linearizability",
      "read-your-writes",
      "divergence",
    ]);
    expect(report.violations.map((v) => v.at)).toEqual([10, 12, 12, 14]);
  });

  it("answers unknown instead of hanging when the budget is tiny", () => {
    const h = generateRegisterHistory({ seed: 1, ops: 500, clients: 8 });
    expect(runCheckers({ history: h, maxSteps: 10 }).linearizable).toBe("unknown");
  });
});
