"use client";
import { DIAGRAM_COMPONENTS } from "@/components/diagrams";
import type { DiagramName } from "@/lib/content/diagram-catalog";

/**
 * A diagram's drawing, rendered from its name. A client component on purpose:
 * the page's flight data then carries only the name, and the SVG reaches the
 * reader once, in the HTML (a server component's SVG would be sent twice, in
 * the HTML and again in the flight data). The drawings' code is one script
 * shared by every lesson, so the browser downloads it once.
 */
export function DiagramDrawing({ name }: { name: DiagramName }) {
  const Drawing = DIAGRAM_COMPONENTS[name];
  return <Drawing />;
}
