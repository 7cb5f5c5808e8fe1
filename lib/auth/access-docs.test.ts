import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { END, renderAccessRules, START, updatedReadme } from "./access-docs";
import { accessRules } from "./access-rules";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README access rules", () => {
  it("matches lib/auth/access-rules.ts (run npm run access:docs after changing the rules)", () => {
    const updated = updatedReadme(README);
    expect(updated, "README.md lost its access-rules markers").toBeDefined();
    // Comparing the blocks, not the files, so a failure shows just the table.
    const block = README.slice(README.indexOf(START), README.indexOf(END) + END.length);
    expect(block).toBe(renderAccessRules());
  });

  it("renders one table row per rule, in order", () => {
    const lines = renderAccessRules()
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| resource") && !line.startsWith("| ---"));
    expect(lines).toHaveLength(accessRules().length);
    accessRules().forEach((rule, index) =>
      expect(lines[index]?.startsWith(`| ${rule.resource} | ${rule.action} |`)).toBe(true),
    );
  });

  it("says 'not found' above the table", () => {
    const above = README.slice(README.indexOf("## Access rules"), README.indexOf(START));
    expect(above).toMatch(/not found/);
  });

  it("replaces only what lies between the markers", () => {
    const text = `before\n${START}\nstale\n${END}\nafter`;
    expect(updatedReadme(text, "NEW")).toBe("before\nNEW\nafter");
    expect(updatedReadme("no markers here")).toBeUndefined();
  });
});
