import type { Point } from "@/lib/lab/cluster-geometry";

/** The faint mesh behind the nodes: one line between every pair, drawn the same in the lab and its lesson poster. */
export function ClusterLinks({ points }: { readonly points: readonly Point[] }) {
  return (
    <g aria-hidden="true">
      {points.flatMap((a, i) =>
        points
          .slice(i + 1)
          .map((b, j) => (
            <line
              key={`${i}-${j}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              className="stroke-slate-200 dark:stroke-slate-700"
              strokeWidth={1.5}
            />
          )),
      )}
    </g>
  );
}
