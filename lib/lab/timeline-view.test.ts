import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anomalyGroupText, clientName, opLabel } from "./timeline-text";
import { clampWindow, MIN_SPAN_MS, panWindow, timeTicks, zoomWindow } from "./timeline-view";

describe("timeline window", () => {
  it("zooms about the pointer and stops at the run's edges", () => {
    expect(zoomWindow({ from: 0, to: 60000 }, 0.5, 0.5, 60000)).toEqual({ from: 15000, to: 45000 });
    expect(zoomWindow({ from: 0, to: 60000 }, 0.5, 0, 60000)).toEqual({ from: 0, to: 30000 });
    expect(zoomWindow({ from: 0, to: 60000 }, 4, 0.5, 60000)).toEqual({ from: 0, to: 60000 });
    expect(panWindow({ from: 50000, to: 60000 }, 0.5, 60000)).toEqual({ from: 50000, to: 60000 });
    expect(panWindow({ from: 10000, to: 20000 }, -0.5, 60000)).toEqual({ from: 5000, to: 15000 });
  });

  it("always stays inside the run and at least the minimum span wide", () => {
    const ops = fc.array(
      fc.oneof(
        fc.record({
          zoom: fc.double({ min: 0.01, max: 10, noNaN: true }),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        fc.record({ pan: fc.double({ min: -3, max: 3, noNaN: true }) }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200000 }), ops, (end, steps) => {
        let w = clampWindow({ from: 0, to: end }, end);
        for (const s of steps) w = "zoom" in s ? zoomWindow(w, s.zoom, s.at, end) : panWindow(w, s.pan, end);
        expect(w.from).toBeGreaterThanOrEqual(0);
        expect(w.to).toBeLessThanOrEqual(Math.max(end, MIN_SPAN_MS) + 1e-6);
        expect(w.to - w.from).toBeGreaterThanOrEqual(Math.min(MIN_SPAN_MS, end) - 1e-6);
      }),
    );
  });
});

describe("time axis", () => {
  it("labels a minute in whole seconds and spaces ticks to the width", () => {
    const wide = timeTicks({ from: 0, to: 60000 }, 1200);
    expect(wide.unit).toBe("s");
    expect(wide.ticks.map((t) => t.label)).toEqual([
      "0",
      "5",
      "10",
      "15",
      "20",
      "25",
      "30",
      "35",
      "40",
      "45",
      "50",
      "55",
      "60",
    ]);
    const narrow = timeTicks({ from: 0, to: 60000 }, 340);
    expect(narrow.ticks.map((t) => t.label)).toEqual(["0", "20", "40", "60"]);
  });
  it("switches to milliseconds when zoomed under two seconds, and to tenths in between", () => {
    expect(timeTicks({ from: 1000, to: 1500 }, 600)).toEqual({
      unit: "ms",
      ticks: [1000, 1100, 1200, 1300, 1400, 1500].map((t) => ({ t, label: String(t) })),
    });
    expect(
      timeTicks({ from: 2000, to: 5000 }, 500)
        .ticks.map((t) => t.label)
        .slice(0, 3),
    ).toEqual(["2.0", "2.5", "3.0"]);
  });
  it("keeps neighbouring labels apart, the last one drawn right-aligned, at every width", () => {
    for (const [to, plotPx] of [
      [1000, 730],
      [1000, 300],
      [1800, 500],
      [60000, 340],
      [60000, 1200],
      [12345, 777],
    ] as const) {
      const { ticks, unit } = timeTicks({ from: 0, to }, plotPx);
      const width = (label: string) => (label.length + 1 + unit.length) * 7.3;
      const boxes = ticks.map(({ t, label }, i) => {
        const x = (t / to) * plotPx;
        const w = width(label);
        const left = i === ticks.length - 1 && plotPx - x < 24 ? x - w : i === 0 && x < 24 ? x : x - w / 2;
        return { left, right: left + w };
      });
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.left, `${to} ms at ${plotPx} px, label ${i}`).toBeGreaterThan(boxes[i - 1]!.right);
    }
  });
});

describe("client names", () => {
  it("names clients the way a person would", () => {
    expect(clientName("c-A-0")).toBe("client 1 near A");
    expect(clientName("c-W2-1")).toBe("client 2 near W2");
    expect(clientName("you@B")).toBe("you, at B");
    expect(clientName("east")).toBe("client “east”");
  });
});

describe("bar labels", () => {
  const op = { id: 1, client: "c-A-0", key: "x", invokedAt: 0, completedAt: 5 } as const;
  it("say what the operation did, and flag what went wrong", () => {
    expect(opLabel({ ...op, input: { f: "write", value: 5 }, outcome: "ok" }, false)).toBe("w x=5");
    expect(opLabel({ ...op, input: { f: "read" }, outcome: "ok", output: null }, true)).toBe("⚠ r x→none");
    expect(opLabel({ ...op, input: { f: "write", value: 7 }, outcome: "fail" }, false)).toBe("✕ w x=7");
    expect(opLabel({ ...op, input: { f: "read" }, outcome: "info", completedAt: null }, false)).toBe("? r x");
  });
});

describe("anomaly chips", () => {
  it("name a lone anomaly by kind and count a crowd, summing them up by title", () => {
    expect(anomalyGroupText([{ kind: "stale-read", title: "Stale read" }]).chip).toBe("stale read");
    expect(
      anomalyGroupText([
        { kind: "stale-read", title: "Stale read" },
        { kind: "lost-write", title: "Lost acknowledged write" },
        { kind: "stale-read", title: "Stale read" },
      ]),
    ).toEqual({ chip: "3 anomalies", summary: "2 × Stale read, Lost acknowledged write" });
  });
});
