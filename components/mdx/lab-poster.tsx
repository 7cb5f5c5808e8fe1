import { ClusterLinks } from "@/components/sim/cluster-links";
import { TopologyLinks } from "@/components/sim/topology-links";
import {
  LANDSCAPE,
  NODE_H,
  NODE_W,
  nodePositions,
  PORTRAIT,
  shapeLinks,
  type ClusterDrawing,
  type Layout,
} from "@/lib/lab/cluster-geometry";

/** What the poster draws of a node: the first frame's name and role, nothing the reader could act on. */
export interface PosterNode {
  readonly id: string;
  readonly role: string;
}

/** A poster repeats a few marks on every node of two drawings: short classes from app/(learn)/lesson.css. */
function Drawing({
  nodes,
  layout,
  drawing,
  className,
}: {
  nodes: readonly PosterNode[];
  layout: Layout;
  drawing: ClusterDrawing;
  className: string;
}) {
  const ids = nodes.map((n) => n.id);
  const pos = nodePositions(ids, layout, drawing.shape, drawing.leader);
  return (
    <svg
      viewBox={`0 0 ${layout.w} ${layout.h}`}
      className={`h-auto w-full ${className}`}
      aria-hidden="true"
      focusable="false"
    >
      {drawing.shape === "mesh" ? (
        <ClusterLinks points={[...pos.values()]} />
      ) : (
        <TopologyLinks pos={pos} links={shapeLinks(ids, drawing.shape, drawing.leader)} />
      )}
      {nodes.map((node) => {
        const at = pos.get(node.id) ?? { x: 0, y: 0 };
        const leader = node.role === "leader";
        return (
          <g key={node.id} transform={`translate(${at.x - NODE_W / 2} ${at.y - NODE_H / 2})`}>
            <rect
              width={NODE_W}
              height={NODE_H}
              rx={12}
              strokeWidth={leader ? 3 : 1.5}
              className={leader ? "poster-leader" : "poster-node"}
            />
            <text x={10} y={22} className="poster-id">
              {node.id}
            </text>
            <text x={10} y={44} className={leader ? "poster-role-leader" : "poster-role"}>
              {leader ? "♛ " : ""}
              {node.role}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The lab's place-holder in a lesson until it loads: the cluster as the lab
 * first draws it (landscape, portrait on phones, the same view boxes), above
 * a space about the height of the rest of the lab's first frame, so swapping
 * it for the lab hardly moves the page (and it is swapped before it is seen).
 */
export function LabPoster({
  nodes,
  drawing,
  controls,
}: {
  nodes: readonly PosterNode[];
  drawing: ClusterDrawing;
  controls: number;
}) {
  return (
    <div className="space-y-3" data-testid="lab-poster">
      <p className="flex h-9 items-center text-sm text-slate-600 dark:text-slate-400">
        The simulator loads as you scroll to it…
      </p>
      <div className="rounded-xl border border-slate-200 bg-slate-50/50 dark:border-slate-800 dark:bg-slate-900/40">
        <Drawing nodes={nodes} drawing={drawing} layout={LANDSCAPE} className="max-sm:hidden" />
        <Drawing nodes={nodes} drawing={drawing} layout={PORTRAIT} className="sm:hidden" />
      </div>
      {/* What the lab shows under the drawing (timeline with its axis, zoom row and legend, controls, metrics, log) at
         its first frame, measured in lessons at 1280 and 390 px: about 85 px a control, on a base that is taller
         where phones wrap the lab's text. Re-measure when the lab's layout changes: e2e/lessons.spec.ts fails when
         the swap moves the page by a tenth. */}
      <div
        style={{ "--controls": controls } as React.CSSProperties}
        className="min-h-[calc(700px_+_85px_*_var(--controls))] max-sm:min-h-[calc(935px_+_85px_*_var(--controls))]"
      />
    </div>
  );
}
