import { describe, expect, it } from "vitest";
import { cutPairs, nodePositions, progress } from "./cluster-geometry";

describe("cluster geometry", () => {
  it("interpolates a message between send and delivery", () => {
    expect(progress({ sentAt: 100, deliverAt: 110 }, 105)).toBe(0.5);
    expect(progress({ sentAt: 100, deliverAt: 110 }, 90)).toBe(0);
    expect(progress({ sentAt: 100, deliverAt: 100 }, 100)).toBe(1);
  });
  it("places every node once and folds directed cuts into pairs", () => {
    expect(nodePositions(["A", "B", "C", "D", "E"]).size).toBe(5);
    expect(cutPairs([{ from: "A", to: "B" }, { from: "B", to: "A" }, { from: "A", to: "C" }])).toEqual([{ a: "A", b: "B", oneWay: false }, { a: "A", b: "C", oneWay: true }]);
  });
});
