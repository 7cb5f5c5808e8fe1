"use client";
import { memo, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { SimSnapshot } from "@/lib/sim";
import {
  clientLayout,
  cutPairs,
  LANDSCAPE,
  nodePositions,
  PORTRAIT,
  shapeLinks,
  type ClusterDrawing,
  type ClusterShape,
  type Layout,
  type Point,
} from "@/lib/lab/cluster-geometry";
import { cutText } from "@/lib/lab/connectivity";
import type { LabStore } from "@/lib/lab/lab-store";
import { MessageLayer } from "./message-dot";
import { useMediaQuery } from "./use-media-query";
import { ClusterLinks } from "./cluster-links";
import { NodeCard } from "./node-card";
import { PartitionCut } from "./partition-cut";
import { NodeMenu, type NodeMenuItem } from "./node-menu";
import { TopologyLinks } from "./topology-links";

interface Props {
  readonly store: LabStore;
  readonly openNode: string | null;
  readonly onOpenNode: (id: string) => void;
  readonly onDropMessage?: (id: number) => void;
  readonly reducedMotion: boolean;
  /** How the topology is drawn, and its designated leader (drawn above its followers). */
  readonly drawing?: ClusterDrawing;
  /** The open node menu: its node and what it offers. */
  readonly menu?: {
    readonly node: string;
    readonly items: readonly NodeMenuItem[];
    readonly onPick: (item: NodeMenuItem) => void;
    readonly onClose: () => void;
  };
}

const Links = memo(function Links({
  pos,
  shape,
  leader,
}: {
  pos: Map<string, Point>;
  shape: ClusterShape;
  leader?: string;
}) {
  if (shape === "mesh") return <ClusterLinks points={[...pos.values()]} />;
  return <TopologyLinks pos={pos} links={shapeLinks([...pos.keys()], shape, leader)} />;
});

/** Portrait on phones (decided after hydration; the server draws landscape). */
function useLayout(): Layout {
  return useMediaQuery("(max-width: 639px)") ? PORTRAIT : LANDSCAPE;
}

function useClients(frame: SimSnapshot, pos: Map<string, Point>, layout: Layout, shape: ClusterShape) {
  // Recomputed when a client moves home or starts or ends an operation, not on every frame.
  const key = frame.clients.map((c) => `${c.id}@${c.home}@${c.pending ? 1 : 0}`).join("|");
  return useMemo(() => {
    const clients = (key ? key.split("|") : []).map((part) => {
      const [id = "", home = "", pending = "0"] = part.split("@");
      return { id, home, pending: pending === "1" ? true : null };
    });
    return clientLayout(clients, pos, layout, shape);
  }, [key, pos, layout, shape]);
}

/**
 * The cluster drawn from the scene (nodes, clients, cuts); the dots in flight move above it in a layer of their own.
 */
export function ClusterView(props: Props) {
  const { store, openNode, onOpenNode, onDropMessage, reducedMotion, drawing, menu } = props;
  const shape = drawing?.shape ?? "mesh";
  const leader = drawing?.leader;
  const scene = useSyncExternalStore(store.subscribeFrame, store.getScene, store.getScene);
  const ids = scene.nodes.map((n) => n.id).join(",");
  const layout = useLayout();
  const pos = useMemo(() => nodePositions(ids.split(","), layout, shape, leader), [ids, layout, shape, leader]);
  const { positions: clients, chips } = useClients(scene, pos, layout, shape);
  const menuAt = menu ? pos.get(menu.node) : undefined;
  const cuts = cutPairs(scene.partitions);
  const nodeIds = ids.split(",");
  return (
    // Contained: nothing inside changes the page's layout, so a change here never lays out or repaints the rest.
    <figure className="relative m-0 [contain:layout_paint]">
      <svg
        viewBox={`0 0 ${layout.w} ${layout.h}`}
        className="h-auto w-full select-none"
        role="group"
        aria-label={`Cluster of ${scene.nodes.length} nodes`}
      >
        <Links pos={pos} shape={shape} leader={leader} />
        {cuts.map((c) => {
          const a = pos.get(c.a);
          const b = pos.get(c.b);
          return a && b ? <PartitionCut key={`${c.a}|${c.b}`} a={a} b={b} oneWay={c.oneWay} /> : null;
        })}
        {chips.map((chip) => {
          const w = chip.count > 1 ? 70 : 44;
          return (
            <g key={chip.key} transform={`translate(${chip.at.x} ${chip.at.y})`} aria-hidden="true">
              <rect
                x={-w / 2}
                y={-10}
                width={w}
                height={20}
                rx={5}
                className={
                  chip.pending > 0
                    ? "fill-brand-100 stroke-brand-600 dark:fill-brand-900"
                    : "fill-slate-50 stroke-slate-300 dark:fill-slate-800 dark:stroke-slate-600"
                }
              />
              <text y={4} textAnchor="middle" className="fill-slate-700 text-[10px] dark:fill-slate-200">
                {chip.label}
              </text>
            </g>
          );
        })}
        {scene.nodes.map((n) => (
          <NodeCard
            key={n.id}
            node={n}
            at={pos.get(n.id) ?? { x: 0, y: 0 }}
            cut={n.status === "up" ? cutText(n.id, nodeIds, scene.partitions) : ""}
            open={openNode === n.id || menu?.node === n.id}
            onOpen={onOpenNode}
          />
        ))}
      </svg>
      {menu && menuAt ? <NodeMenu {...menu} at={menuAt} layout={layout} /> : null}
      <MessageLayer
        store={store}
        layout={layout}
        nodes={pos}
        clients={clients}
        reducedMotion={reducedMotion}
        onDrop={onDropMessage}
      />
      <figcaption className="sr-only">
        Nodes are buttons: press Enter on one for its actions and its keys and values. Messages in flight are listed
        below the drawing.
      </figcaption>
    </figure>
  );
}

/**
 * Virtual time. Its text changes every frame, so it is written straight into
 * its text node from the frame listener (no React render), inside a fixed,
 * fully contained box on a compositor layer of its own (will-change), so each
 * change repaints only that box and not the page's root layer.
 */
export const VirtualClock = memo(function VirtualClock({ store }: { store: LabStore }) {
  const ref = useRef<HTMLSpanElement>(null);
  const text = (ms: number) => `t = ${(ms / 1000).toFixed(3)} s`;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let shown = "";
    const update = () => {
      const next = text(store.getFrame().time);
      if (next === shown) return;
      shown = next;
      if (el.firstChild) el.firstChild.nodeValue = next;
      else el.textContent = next;
    };
    update();
    return store.subscribeFrame(update);
  }, [store]);
  return (
    <span
      ref={ref}
      className="inline-block h-5 w-[15ch] overflow-hidden text-right font-mono leading-5 tabular-nums will-change-transform [contain:strict]"
      data-testid="virtual-time"
    >
      {text(store.getFrame().time)}
    </span>
  );
});
