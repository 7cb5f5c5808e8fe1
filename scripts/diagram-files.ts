/**
 * Every lesson diagram as the files the site serves: public/diagrams/<name>-<theme>.svg, and
 * components/diagrams/sizes.json with each drawing's intrinsic size, which the page's <img> reserves so nothing shifts
 * when it loads. `npm run diagrams` writes them; a unit test fails when a drawing changed and they were not rewritten.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DIAGRAM_COMPONENTS } from "@/components/diagrams";
import { diagramFile, readPalette, THEMES } from "./diagram-svg";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The page's own face first (installed readers get it), then what a standalone image can always reach. */
const FONT_FAMILY = "Inter Variable, Inter, ui-sans-serif, system-ui, sans-serif";

/** Repository-relative path → contents, in a stable order. */
export function diagramFiles(): Map<string, string> {
  const palette = readPalette([
    readFileSync(join(ROOT, "node_modules/tailwindcss/theme.css"), "utf8"),
    readFileSync(join(ROOT, "app/globals.css"), "utf8"),
  ]);
  const files = new Map<string, string>();
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const [name, Drawing] of Object.entries(DIAGRAM_COMPONENTS).sort(([a], [b]) => a.localeCompare(b))) {
    const markup = renderToStaticMarkup(createElement(Drawing));
    for (const theme of THEMES) {
      const file = diagramFile(markup, theme, palette, FONT_FAMILY);
      files.set(`public/diagrams/${name}-${theme}.svg`, file.svg);
      sizes[name] = { width: file.width, height: file.height };
    }
  }
  files.set("components/diagrams/sizes.json", `${JSON.stringify(sizes, null, 2)}\n`);
  return files;
}
