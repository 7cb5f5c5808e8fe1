import { describe, expect, it } from "vitest";
import {
  clientLayout,
  cutPairs,
  MAX_CLIENT_CHIPS,
  drawingOf,
  LANDSCAPE,
  NODE_H,
  NODE_W,
  nodePositions,
  PORTRAIT,
  progress,
  shapeLinks,
  type ClusterShape,
} from "./cluster-geometry";

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

  it("draws each topology as itself, every card inside the drawing and none on another", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `N${i + 1}`);
    for (const layout of [LANDSCAPE, PORTRAIT])
      for (const shape of ["chain", "ring", "star", "mesh"] as ClusterShape[])
        for (const n of [2, 3, 5, 8, 9]) {
          const pos = [...nodePositions(ids(n), layout, shape, "N1").values()];
          expect(pos).toHaveLength(n);
          for (const p of pos) {
            expect(p.x - NODE_W / 2, `${shape} ${n}`).toBeGreaterThanOrEqual(0);
            expect(p.x + NODE_W / 2, `${shape} ${n}`).toBeLessThanOrEqual(layout.w);
            expect(p.y - NODE_H / 2, `${shape} ${n}`).toBeGreaterThanOrEqual(0);
            expect(p.y + NODE_H / 2, `${shape} ${n}`).toBeLessThanOrEqual(layout.h);
          }
          if (shape === "mesh" || shape === "ring") continue;
          for (const [i, p] of pos.entries())
            for (const q of pos.slice(i + 1))
              expect(Math.abs(p.x - q.x) >= NODE_W || Math.abs(p.y - q.y) >= NODE_H, `${shape} ${n}`).toBe(true);
        }
  });

  it("links a chain head to tail, a ring all round, a leader to each follower", () => {
    const abc = ["A", "B", "C"];
    const pairs = (shape: ClusterShape) =>
      shapeLinks(abc, shape, "A").map((l) => `${l.a}${l.directed ? ">" : "-"}${l.b}`);
    expect(pairs("chain")).toEqual(["A>B", "B>C"]);
    expect(pairs("ring")).toEqual(["A-B", "B-C", "C-A"]);
    expect(pairs("star")).toEqual(["A>B", "A>C"]);
    expect(pairs("mesh")).toEqual(["A-B", "A-C", "B-C"]);
    expect(drawingOf({ protocol: "single-leader", leader: "A" })).toEqual({ shape: "star", leader: "A" });
    expect(drawingOf({ protocol: "raft" })).toEqual({ shape: "mesh" });
  });

  it("draws a crowded node's clients as one chip that counts them, where their messages start and end", () => {
    const nodes = nodePositions(["A", "B", "C"]);
    const crowd = Array.from({ length: 20 }, (_, i) => ({ id: `c-A-${i}`, home: "A", pending: i < 5 ? {} : null }));
    const few = [
      { id: "b1", home: "B", pending: null },
      { id: "b2", home: "B", pending: {} },
    ];
    const { positions, chips } = clientLayout([...crowd, ...few], nodes);
    expect(chips.map((c) => [c.label, c.count, c.pending])).toEqual([
      ["20 clients", 20, 5],
      ["b1", 1, 0],
      ["b2", 1, 1],
    ]);
    expect(new Set(crowd.map((c) => JSON.stringify(positions.get(c.id)))).size).toBe(1);
    expect(positions.get("b1")).not.toEqual(positions.get("b2"));
    const atLimit = crowd.slice(0, MAX_CLIENT_CHIPS);
    expect(clientLayout(atLimit, nodes).chips).toHaveLength(MAX_CLIENT_CHIPS);
  });
});
