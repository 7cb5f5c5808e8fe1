import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJepsenLog } from "./jepsen-log";
import { checkLinearizability } from "./linearizability";

const dir = join(process.cwd(), "tests/fixtures/jepsen-etcd");
const verdicts = new Map(
  readFileSync(join(dir, "verdicts.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((parts): parts is [string, string] => parts.length === 2),
);
const logs = readdirSync(dir)
  .filter((f) => f.endsWith(".log"))
  .sort();

describe("Jepsen etcd histories reach their recorded verdicts", () => {
  it("has a verdict for every log", () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const f of logs) expect(verdicts.has(f)).toBe(true);
  });

  for (const file of logs) {
    it(file, () => {
      const parsed = parseJepsenLog(readFileSync(join(dir, file), "utf8"));
      if (!parsed.success) throw new Error(parsed.error);
      const expected = verdicts.get(file) === "linearizable";
      for (const failedCas of ["did-not-happen", "compare-failed"] as const) {
        const result = checkLinearizability(parsed.data, { failedCas, maxSteps: 50_000_000 });
        expect(result.linearizable).toBe(expected);
        if (!expected)
          expect(result.violations[0]?.opIds.every((id) => parsed.data.some((op) => op.id === id))).toBe(true);
      }
    });
  }
});
