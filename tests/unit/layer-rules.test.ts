/**
 * The layer map (.dependency-cruiser.cjs) catches what it forbids: run with the
 * real rules on a fixture tree holding an upward import, a folder cycle, a peer
 * import, tooling imported by app code and a leaf importing the simulator, it reports
 * exactly those, and it follows the "@/" alias the app imports by.
 */
import { cruise, type ICruiseOptions, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

async function run(paths: string[], extra: ICruiseOptions = {}): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
  const result = await cruise(
    paths,
    { ...options, ...extra, validate: true },
    {},
    { tsConfig: extractTSConfig("tsconfig.json") },
  );
  if (typeof result.output === "string") throw new Error("expected a cruise result, got formatted output");
  return result.output;
}

const violations = (result: ICruiseResult) =>
  result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe("layer rules", () => {
  it("report each of the fixture's wrong imports and its folder cycle, and nothing else", async () => {
    const result = await run(["app", "lib"], { baseDir: "tests/fixtures/layers" });
    expect(violations(result)).toEqual([
      "no-folder-cycle: lib/sim/a → lib/sim/b",
      "no-folder-cycle: lib/sim/b → lib/sim/a",
      "no-peer-import-in-domain: lib/lab/run.ts → lib/interview/flow.ts",
      "no-tooling-in-app: lib/interview/flow.ts → scripts/seed.ts",
      "no-upward-from-leaves: lib/dates.ts → lib/sim/engine.ts",
      "no-upward-from-sim: lib/sim/engine.ts → lib/quiz/grade.ts",
    ]);
    expect(result.summary.error).toBe(6);
  });

  it("follow imports written with the @/ alias", async () => {
    const result = await run(["lib/content/component-registry.ts"], { maxDepth: 1 });
    const registry = result.modules.find((m) => m.source === "lib/content/component-registry.ts");
    expect(registry?.dependencies.map((d) => d.resolved)).toContain("lib/lab/lab-controls.ts");
    expect(registry?.dependencies.every((d) => !d.couldNotResolve)).toBe(true);
  });
});
