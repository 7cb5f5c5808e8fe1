import SIZES from "@/components/diagrams/sizes.json";
import type { ComponentProps } from "@/lib/content/component-registry";
import { DIAGRAMS, type DiagramName } from "@/lib/content/diagram-catalog";

function isDiagramName(name: string): name is DiagramName {
  return name in DIAGRAMS;
}

/**
 * A diagram with a caption; its text alternative is the image's label and can be expanded. The drawing is a file per
 * theme (`npm run diagrams` writes them from components/diagrams), so it reaches a reader once, cached across lessons,
 * and costs the page neither markup nor script. Both images are lazy and the other theme's is not displayed, so the
 * browser fetches only the one it shows, when it comes near the viewport; their size is reserved.
 */
export function Diagram({ name }: ComponentProps<"Diagram">) {
  if (!isDiagramName(name)) throw new Error(`Unknown diagram ${name}`);
  const { title, alt } = DIAGRAMS[name];
  const { width, height } = SIZES[name];
  const image = (theme: "light" | "dark", className: string) => (
    // eslint-disable-next-line @next/next/no-img-element -- a static SVG: next/image would add nothing but script
    <img
      src={`/diagrams/${name}-${theme}.svg`}
      alt=""
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      className={`h-auto w-full ${className}`}
    />
  );
  return (
    <figure className="my-8 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid">
      <div role="img" aria-label={alt}>
        {image("light", "dark:hidden")}
        {image("dark", "hidden dark:block")}
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
