import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagramFiles, ROOT } from "./diagram-files";
import { diagramFile, readPalette, themeAttributes } from "./diagram-svg";

const palette = readPalette([
  "--color-slate-100: oklch(96.8% 0.007 247.896);\n--color-slate-800: #1e293b;\n--color-white: #fff;",
  "--color-slate-800: oklch(27.9% 0.041 260.031);",
]);

describe("themeAttributes", () => {
  it("gives the light colours in light and lets dark: variants override them in dark", () => {
    const cls = "fill-white stroke-slate-100 dark:fill-slate-800";
    expect(themeAttributes(cls, "light", palette)).toEqual({ fill: "#fff", stroke: "oklch(96.8% 0.007 247.896)" });
    expect(themeAttributes(cls, "dark", palette)).toEqual({
      fill: "oklch(27.9% 0.041 260.031)",
      stroke: "oklch(96.8% 0.007 247.896)",
    });
  });

  it("turns a text colour into the colour currentColor reads, and ignores sizing utilities", () => {
    expect(themeAttributes("h-auto w-full text-white", "light", palette)).toEqual({ color: "#fff" });
  });

  it("refuses a class a file could not honour, naming it", () => {
    expect(() => themeAttributes("opacity-50", "light", palette)).toThrow(/"opacity-50"/);
    expect(() => themeAttributes("fill-pink-500", "dark", palette)).toThrow(/"pink-500" is not in the palette/);
  });
});

describe("diagramFile", () => {
  const markup =
    '<svg viewBox="0 0 640 300" class="text-white dark:text-slate-100" aria-hidden="true" focusable="false">' +
    '<line x1="0" stroke="currentColor" class="stroke-slate-100 dark:stroke-slate-800"></line></svg>';

  it("resolves every class, replacing the attribute a class overrides, and makes a standalone file", () => {
    const dark = diagramFile(markup, "dark", palette, "Inter");
    expect(dark).toMatchObject({ width: 640, height: 300 });
    expect(dark.svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300" font-family="Inter" viewBox="0 0 640 300" ' +
        'color="oklch(96.8% 0.007 247.896)"><line x1="0" stroke="oklch(27.9% 0.041 260.031)"></line></svg>\n',
    );
    expect(diagramFile(markup, "light", palette, "Inter").svg).toContain('<line x1="0" stroke="oklch(96.8%');
  });

  it("refuses markup that is not one sized <svg>", () => {
    expect(() => diagramFile("<div></div>", "light", palette, "Inter")).toThrow(/viewBox/);
  });
});

describe("the committed diagram files", () => {
  const files = diagramFiles();

  it("match the drawings in components/diagrams (run `npm run diagrams` after changing one)", () => {
    for (const [path, contents] of files) {
      expect(existsSync(join(ROOT, path)), `${path} is missing`).toBe(true);
      expect(readFileSync(join(ROOT, path), "utf8"), `${path} is stale`).toBe(contents);
    }
  });

  it("leave no file behind for a drawing that no longer exists", () => {
    const served = readdirSync(join(ROOT, "public/diagrams")).map((file) => `public/diagrams/${file}`);
    expect(served.filter((path) => !files.has(path))).toEqual([]);
  });

  it("use no colour a theme leaves unresolved", () => {
    for (const [path, contents] of files) expect(contents, path).not.toMatch(/\sclass=|undefined/);
  });
});
