import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { runSweep, type SweepMessage } from "./sweep";

describe("lag sweep", () => {
  it("stale reads grow with replica lag", () => {
    const msgs: SweepMessage[] = [];
    runSweep({ kind: "lag", scenario: scenarios["lag-stale-read"]!, lags: [0, 800], seeds: 2 }, (m) => msgs.push(m));
    const result = msgs.find((m) => m.type === "lag-result");
    expect(msgs.filter((m) => m.type === "progress")).toHaveLength(4);
    if (result?.type !== "lag-result") throw new Error("no result");
    const [none, lots] = result.points;
    expect(none?.mean ?? 1).toBeLessThan(0.02);
    expect(lots?.mean).toBeGreaterThan(0.05);
  });
});

describe("sweep bounds (issue 18)", () => {
  const run = (req: Parameters<typeof runSweep>[0]) => {
    const msgs: SweepMessage[] = [];
    runSweep(req, (m) => msgs.push(m));
    return msgs;
  };
  const lagStale = scenarios["lag-stale-read"]!;

  it("refuses a sweep larger than the limits before running anything, and says which bound", () => {
    const cases: Array<[Parameters<typeof runSweep>[0], RegExp]> = [
      [
        { kind: "lag", scenario: lagStale, lags: Array.from({ length: 1000 }, (_, i) => i), seeds: 1 },
        /at most 16 lags/,
      ],
      [{ kind: "lag", scenario: lagStale, lags: [0, 100], seeds: 1_000_000 }, /at most 16 seeds/],
      [{ kind: "lag", scenario: lagStale, lags: [1e12], seeds: 1 }, /a lag is at most 60,000 ms/],
      [
        { kind: "lag", scenario: lagStale, lags: Array.from({ length: 16 }, (_, i) => i), seeds: 16 },
        /at most 128 runs/,
      ],
      [{ kind: "quorum", sizes: [64], seeds: 1 }, /at most 9 nodes/],
      [{ kind: "quorum", sizes: [3, 5, 7, 9], seeds: 1 }, /at most 3 cluster sizes/],
      [{ kind: "quorum", sizes: [9, 9, 9], seeds: 16 }, /at most 128 runs/],
    ];
    for (const [req, message] of cases) {
      const msgs = run(req);
      expect(msgs).toEqual([{ type: "error", message: expect.stringMatching(message) }]);
    }
  });

  it("still runs the lab's own sweeps (8 lags × 8 seeds; N = 3 and 5 × 3 seeds) — checked by size, not run here", async () => {
    const { SweepRequestSchema } = await import("./sweep");
    expect(
      SweepRequestSchema.safeParse({
        kind: "lag",
        scenario: lagStale,
        lags: [0, 25, 50, 100, 200, 400, 800, 1600],
        seeds: 8,
      }).success,
    ).toBe(true);
    expect(SweepRequestSchema.safeParse({ kind: "quorum", sizes: [3, 5], seeds: 3 }).success).toBe(true);
  });
});
