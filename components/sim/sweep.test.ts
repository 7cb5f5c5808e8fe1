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
