"use client";

/**
 * Widths of timeline text as the browser will draw it (12 px, the monospace stack), so labels are laid out at their
 * real size: ⚠, ✕ and → come from fallback fonts wider than a monospace cell, and an estimate per character let a
 * label pushed against the right edge run out of the plot (seen at 390 px).
 */
const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

export function measuredTextWidth(text: string, weight: 400 | 600): number | undefined {
  const key = `${weight}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (context === undefined)
    context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return undefined;
  const family = getComputedStyle(document.documentElement).getPropertyValue("--font-mono").trim() || "monospace";
  context.font = `${weight} 12px ${family}`;
  const width = context.measureText(text).width;
  if (cache.size > 5000) cache.clear();
  cache.set(key, width);
  return width;
}
