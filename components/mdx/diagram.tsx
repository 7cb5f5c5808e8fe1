import type { ComponentProps } from "@/lib/content/component-registry";
import { DIAGRAMS, type DiagramName } from "@/lib/content/diagram-catalog";
import { DiagramDrawing } from "./diagram-drawing";

function isDiagramName(name: string): name is DiagramName {
  return name in DIAGRAMS;
}

/**
 * An inline SVG (no network, sent once: see DiagramDrawing) with a caption; its text alternative is the image's label
 * and can be expanded.
 */
export function Diagram({ name }: ComponentProps<"Diagram">) {
  if (!isDiagramName(name)) throw new Error(`Unknown diagram ${name}`);
  const { title, alt } = DIAGRAMS[name];
  return (
    <figure className="my-8 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid">
      <div role="img" aria-label={alt}>
        <DiagramDrawing name={name} />
      </div>
      <figcaption className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        <span className="font-medium text-slate-800 dark:text-slate-200">{title}.</span>
        <details className="mt-1">
          <summary className="cursor-pointer underline decoration-dotted">Text description</summary>
          <p className="mt-1">{alt}</p>
        </details>
      </figcaption>
    </figure>
  );
}
