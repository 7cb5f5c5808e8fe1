/**
 * A lesson diagram as a standalone SVG file, one per colour theme. The drawings in components/diagrams are React
 * components styled by Tailwind classes (`fill-slate-100 dark:fill-slate-800`); a file shown through `<img>` sees no
 * page stylesheet, so each class becomes the presentation attribute it stands for, in the theme's colour. Pure: the
 * caller renders the markup and reads the palette.
 */

export type Theme = "light" | "dark";
export const THEMES: readonly Theme[] = ["light", "dark"];

/** Colour name ("slate-400", "brand-600", "white") → CSS colour, from Tailwind's theme and the app's own. */
export type Palette = ReadonlyMap<string, string>;

/** Reads every `--color-<name>: <value>;` custom property out of CSS sources; later sources override earlier ones. */
export function readPalette(cssSources: readonly string[]): Palette {
  const palette = new Map<string, string>();
  for (const css of cssSources)
    for (const [, name = "", value = ""] of css.matchAll(/--color-([a-z]+(?:-\d+)?):\s*([^;]+);/g))
      palette.set(name, value.trim());
  return palette;
}

/** Utilities that size the inline drawing in a page; a file has its own size, so they have nothing to say there. */
const LAYOUT_ONLY = new Set(["h-auto", "w-full"]);
const COLOUR_PROPERTY = { fill: "fill", stroke: "stroke", text: "color" } as const;

/**
 * The attributes a class list stands for in one theme: `fill-*`, `stroke-*` and `text-*` (the colour `currentColor`
 * reads), with `dark:` variants overriding in the dark theme. Anything else is refused, so a drawing cannot use a
 * class the file would silently drop.
 */
export function themeAttributes(className: string, theme: Theme, palette: Palette): Record<string, string> {
  const attributes: Record<string, string> = {};
  const tokens = className.split(/\s+/).filter(Boolean);
  const apply = (utility: string) => {
    const [, property, name = ""] = /^(fill|stroke|text)-(.+)$/.exec(utility) ?? [];
    if (!property) throw new Error(`Class "${utility}" has no meaning in a diagram file: use fill-, stroke- or text-.`);
    const colour = palette.get(name);
    if (!colour) throw new Error(`Class "${utility}": the colour "${name}" is not in the palette.`);
    attributes[COLOUR_PROPERTY[property as keyof typeof COLOUR_PROPERTY]] = colour;
  };
  for (const token of tokens) if (!token.startsWith("dark:") && !LAYOUT_ONLY.has(token)) apply(token);
  if (theme === "dark") for (const token of tokens) if (token.startsWith("dark:")) apply(token.slice("dark:".length));
  return attributes;
}

export interface DiagramFile {
  readonly width: number;
  readonly height: number;
  readonly svg: string;
}

/**
 * A drawing's rendered markup (one `<svg>` with a viewBox) as a file for one theme: classes resolved to colours, the
 * SVG namespace and an intrinsic size added, and the attributes that only made sense inline (hidden from assistive
 * technology, not focusable) dropped, since the page's `<img>` carries the text alternative.
 */
export function diagramFile(markup: string, theme: Theme, palette: Palette, fontFamily: string): DiagramFile {
  const viewBox = /^<svg[^>]*\sviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(markup);
  if (!viewBox) throw new Error("A diagram must render one <svg> whose viewBox starts at 0 0.");
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  const body = markup.replace(
    /<([a-zA-Z]+)((?:\s[^>]*?)?)\sclass="([^"]*)"/g,
    (_, tag: string, attributesBefore: string, cls: string) => {
      const attributes = themeAttributes(cls, theme, palette);
      let before = attributesBefore;
      // A class beats a presentation attribute in CSS, so the attribute it overrides goes.
      for (const name of Object.keys(attributes)) before = before.replace(new RegExp(`\\s${name}="[^"]*"`), "");
      const added = Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${value}"`)
        .join("");
      return `<${tag}${before}${added}`;
    },
  );
  if (/\sclass="/.test(body))
    throw new Error("A class was left unresolved (it follows a closing quote the parser missed).");
  const svg = body
    .replace(/\s(aria-hidden|focusable)="[^"]*"/g, "")
    .replace(
      /^<svg/,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${fontFamily}"`,
    );
  return { width, height, svg: `${svg}\n` };
}
