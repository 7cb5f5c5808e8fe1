import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const sim = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/sim.ts", ...args], { encoding: "utf8" });

describe("npm run sim", () => {
  it("--help exits 0 with the usage and the scenarios under their topology", () => {
    const r = sim("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run sim/);
    expect(r.stdout).toMatch(/\n {2}single-leader\n(?: {4}.*\n)* {4}lag-stale-read: /);
    expect(r.stdout).toMatch(/\n {2}galera\n(?: {4}galera-.*\n)+/);
  });

  it("an unknown flag still exits 2 with one sentence on stderr", () => {
    const r = sim("--frobnicate");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Unknown flag "--frobnicate"\. Usage:/);
  });
});
