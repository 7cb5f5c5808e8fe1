import { NODE_H, NODE_W, type Point } from "@/lib/lab/cluster-geometry";

/**
 * The lines of a drawn topology (a chain's links head to tail, a ring, a leader to its followers), arrowed where data
 * flows one way. The mesh of the other protocols is ClusterLinks.
 */
export function TopologyLinks({
  pos,
  links,
}: {
  readonly pos: ReadonlyMap<string, Point>;
  readonly links: ReadonlyArray<{ a: string; b: string; directed: boolean }>;
}) {
  return (
    <g aria-hidden="true">
      <defs>
        <marker
          id="topology-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0 0 L10 5 L0 10 Z" className="fill-slate-400 dark:fill-slate-500" />
        </marker>
      </defs>
      {links.map(({ a, b, directed }) => {
        const p = pos.get(a);
        const q = pos.get(b);
        if (!p || !q) return null;
        // Arrows stop at the edge of the receiving card, not under it.
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const k =
          Math.min(NODE_W / 2 / Math.max(Math.abs(dx), 1e-9), NODE_H / 2 / Math.max(Math.abs(dy), 1e-9), 1) + 0.04;
        // A tenth of a unit is finer than a pixel at any size the drawing is shown, and keeps the markup short.
        const tenth = (v: number) => Math.round(v * 10) / 10;
        const end = directed ? { x: tenth(q.x - dx * k), y: tenth(q.y - dy * k) } : q;
        return (
          <line
            key={`${a}-${b}`}
            x1={p.x}
            y1={p.y}
            x2={end.x}
            y2={end.y}
            className="stroke-slate-300 dark:stroke-slate-600"
            strokeWidth={directed ? 2 : 1.5}
            markerEnd={directed ? "url(#topology-arrow)" : undefined}
          />
        );
      })}
    </g>
  );
}
