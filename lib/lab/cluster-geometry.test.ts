import { describe, expect, it } from "vitest";
import { cutPairs, LANDSCAPE, NODE_W, nodePositions, PORTRAIT, progress } from "./cluster-geometry";

describe("cluster geometry", () => {
  it("interpolates a message between send and delivery", () => {
    expect(progress({ sentAt: 100, deliverAt: 110 }, 105)).toBe(0.5);
    expect(progress({ sentAt: 100, deliverAt: 110 }, 90)).toBe(0);
    expect(progress({ sentAt: 100, deliverAt: 100 }, 100)).toBe(1);
  });
  it("places every node once and folds directed cuts into pairs", () => {
    expect(nodePositions(["A", "B", "C", "D", "E"]).size).toBe(5);
    for (const layout of [LANDSCAPE, PORTRAIT])
      for (const p of nodePositions(["A", "B", "C", "D", "E"], layout).values()) {
        expect(p.x - NODE_W / 2).toBeGreaterThanOrEqual(0);
        expect(p.x + NODE_W / 2).toBeLessThanOrEqual(layout.w);
      }
    expect(
      cutPairs([
        { from: "A", to: "B" },
        { from: "B", to: "A" },
        { from: "A", to: "C" },
      ]),
    ).toEqual([
      { a: "A", b: "B", oneWay: false },
      { a: "A", b: "C", oneWay: true },
    ]);
  });
});
