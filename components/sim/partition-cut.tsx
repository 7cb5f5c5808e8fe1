"use client";
import { memo } from "react";
import type { Point } from "@/lib/lab/cluster-geometry";

/** A cut link: a red dashed line with a "cut" tag across its middle. */
function PartitionCutImpl({ a, b, oneWay }: { a: Point; b: Point; oneWay: boolean }) {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI + 90;
  return (
    <g aria-hidden="true">
      <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={2} strokeDasharray="3 6" className="stroke-red-500/70" />
      <g transform={`translate(${mx} ${my}) rotate(${angle})`}>
        <line x1={-16} x2={16} strokeWidth={4} className="stroke-red-600 dark:stroke-red-400" />
      </g>
      <text x={mx + 8} y={my - 8} className="fill-red-700 text-[11px] font-semibold dark:fill-red-300">
        ✂ {oneWay ? "one-way cut" : "cut"}
      </text>
    </g>
  );
}

export const PartitionCut = memo(PartitionCutImpl);
