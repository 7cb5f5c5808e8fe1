import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterByX, labelWidth, placeLabels } from "./timeline-layout";

const opts = { rows: 2, minX: 0, maxX: 400, gap: 4 };

describe("timeline label layout", () => {
  it("keeps a label at its bar when there is room, stacks the next one under it, and elides a third", () => {
    const w = labelWidth("w x=5");
    const { placed, elided } = placeLabels(
      [
        { id: 1, lane: 0, x: 10, width: w },
        { id: 2, lane: 0, x: 12, width: w },
        { id: 3, lane: 0, x: 14, width: w },
        { id: 4, lane: 1, x: 14, width: w },
      ],
      opts,
    );
    expect(placed.map((p) => [p.id, p.row, p.x])).toEqual([
      [1, 0, 10],
      [2, 1, 12],
      [4, 0, 14],
    ]);
    expect(elided).toEqual([3]);
  });

  it("places an anomaly's label before the ordinary ones it would collide with", () => {
    const { placed, elided } = placeLabels(
      [
        { id: "op", lane: 0, x: 0, width: 60 },
        { id: "stale", lane: 0, x: 30, width: 60, priority: 1 },
      ],
      { ...opts, rows: 1 },
    );
    expect(placed.map((p) => p.id)).toEqual(["stale"]);
    expect(elided).toEqual(["op"]);
  });

  it("pulls a label that would run off the right edge back inside, and elides one wider than the plot", () => {
    const { placed, elided } = placeLabels(
      [
        { id: "edge", lane: 0, x: 390, width: 50 },
        { id: "huge", lane: 1, x: 0, width: 500 },
      ],
      opts,
    );
    expect(placed).toEqual([{ id: "edge", lane: 0, row: 0, x: 350, width: 50 }]);
    expect(elided).toEqual(["huge"]);
  });

  it("never lets two label boxes overlap, keeps them inside the plot, and accounts for every label", () => {
    const request = fc.record({
      lane: fc.integer({ min: 0, max: 4 }),
      x: fc.double({ min: -50, max: 1100, noNaN: true }),
      width: fc.integer({ min: 0, max: 300 }),
      priority: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 120 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 8 }),
        (reqs, rows, gap) => {
          const o = { rows, minX: 0, maxX: 1000, gap };
          const { placed, elided } = placeLabels(
            reqs.map((r, id) => ({ ...r, id })),
            o,
          );
          expect(placed.length + elided.length).toBe(reqs.length);
          expect(new Set([...placed.map((p) => p.id), ...elided]).size).toBe(reqs.length);
          for (const p of placed) {
            expect(p.x).toBeGreaterThanOrEqual(o.minX);
            expect(p.x + p.width).toBeLessThanOrEqual(o.maxX);
            expect(p.row).toBeLessThan(rows);
          }
          for (const [i, a] of placed.entries())
            for (const b of placed.slice(i + 1))
              if (a.lane === b.lane && a.row === b.row)
                expect(a.x + a.width + gap <= b.x || b.x + b.width + gap <= a.x).toBe(true);
        },
      ),
    );
  });
});

describe("clustering marks", () => {
  it("folds marks closer than the span into one group and keeps the rest apart", () => {
    expect(clusterByX([30, 0, 5, 12, 100], (v) => v, 16)).toEqual([[0, 5, 12], [30], [100]]);
  });
  it("puts every item in exactly one group, with group starts at least the span apart", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), fc.integer({ min: 1, max: 50 }), (xs, span) => {
        const groups = clusterByX(xs, (v) => v, span);
        expect(groups.flat().sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
        for (const [i, g] of groups.entries()) {
          for (const v of g) expect(v - (g[0] as number)).toBeLessThan(span);
          if (i > 0) expect((g[0] as number) - (groups[i - 1]?.[0] as number)).toBeGreaterThanOrEqual(span);
        }
      }),
    );
  });
});

describe("label width", () => {
  it("takes the measured width when the text draws wider than its characters suggest, never less than that", () => {
    expect(labelWidth("⚠ r x→1", 80)).toBe(88);
    expect(labelWidth("w x=5", 10)).toBe(labelWidth("w x=5"));
  });
});
