import { describe, expect, it } from "vitest";
import { compareTopologies, formatCompareTable, unavailableMs } from "./compare";

describe("compareTopologies (short run)", () => {
  const r = compareTopologies({ seed: 3, workloadMs: 9000, clientsPerNode: 1, ratePerClient: 15 });
  const row = (name: string) => {
    const x = r.rows.find((y) => y.topology === name);
    if (!x) throw new Error(`no row ${name}`);
    return x;
  };

  it("has one row per registered topology, with every column", () => {
    expect(r.rows.map((x) => x.topology)).toEqual(
      expect.arrayContaining([
        "single-leader async",
        "single-leader semi-sync",
        "single-leader sync",
        "leaderless N=3 W=2 R=2",
        "chain (length 3)",
      ]),
    );
    expect(r.rows.length + r.skipped.length).toBe(8);
    for (const x of r.rows)
      expect(Object.keys(x).sort()).toEqual([
        "conflicts",
        "failed",
        "lostWrites",
        "protocol",
        "read",
        "staleReadRate",
        "staleReads",
        "throughput",
        "timedOut",
        "topology",
        "unavailableMs",
        "write",
      ]);
    const table = formatCompareTable(r);
    expect(table.split("\n").filter((l) => l.startsWith("chain") || l.startsWith("leaderless"))).toHaveLength(2);
  });

  it("orders what the lessons teach", () => {
    expect(row("single-leader sync").write.p50).toBeGreaterThan(row("single-leader async").write.p50);
    expect(row("chain (length 3)").write.p50).toBeGreaterThan(row("single-leader async").write.p50);
    expect(row("single-leader async").lostWrites).toBeGreaterThan(0);
    expect(row("single-leader sync").lostWrites).toBe(0);
    // LWW silently drops one write of each concurrent pair: acknowledged, then lost, as async failover loses its tail.
    expect(row("multi-master LWW").conflicts).toBeGreaterThan(0);
    expect(row("multi-master LWW").lostWrites).toBeGreaterThan(0);
    expect(row("chain (length 3)").staleReads).toBe(0);
    expect(row("chain (length 3)").lostWrites).toBe(0);
    expect(row("leaderless N=3 W=2 R=2").staleReadRate).toBeLessThan(0.01);
    // Raft: a majority for every write and log reads, so nothing stale and nothing lost, at the price of a round trip.
    expect(row("raft (log reads)").staleReads).toBe(0);
    expect(row("raft (log reads)").lostWrites).toBe(0);
    expect(row("raft (log reads)").write.p50).toBeGreaterThan(row("single-leader async").write.p50);
  });

  it("is deterministic", () => {
    expect(compareTopologies({ seed: 3, workloadMs: 9000, clientsPerNode: 1, ratePerClient: 15 })).toEqual(r);
  });
});

describe("unavailableMs", () => {
  it("counts from a failed attempt to the client's next attempt, averaged over clients", () => {
    const op = (client: string, invokedAt: number, outcome: "ok" | "fail" | "info") => ({
      id: invokedAt,
      client,
      key: "x",
      input: { f: "read" as const },
      outcome,
      invokedAt,
      completedAt: outcome === "info" ? null : invokedAt + 1,
    });
    expect(unavailableMs([op("a", 0, "fail"), op("a", 100, "ok"), op("b", 0, "ok"), op("b", 50, "info")], 1000)).toBe(
      (100 + 1000) / 2,
    );
  });
});
