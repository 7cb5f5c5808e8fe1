"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { ClusterDrawing } from "@/lib/lab/cluster-geometry";
import type { LabControl } from "@/lib/lab/lab-controls";
import { LabPoster, type PosterNode } from "./lab-poster";

/** How far below (or above) the viewport the lab starts loading, so it is ready by the time it is seen. */
const LOAD_MARGIN = "800px 0px";

interface Props {
  readonly scenario: string;
  readonly controls: readonly LabControl[];
  readonly firstFrame: readonly PosterNode[];
  /** How the lab draws this cluster, so the poster draws it the same. */
  readonly drawing: ClusterDrawing;
}

/**
 * A lesson's lab, downloaded only when it comes near the viewport: the lab and
 * the engine are most of a lesson's JavaScript, and many readers never scroll
 * that far. Until then (and without JavaScript) the poster holds its place.
 */
export function LazyLab({ scenario, controls, firstFrame, drawing }: Props) {
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = slot.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const poster = <LabPoster nodes={firstFrame} drawing={drawing} controls={controls.length} />;
  return (
    <div ref={slot}>
      {near ? (
        <Suspense fallback={poster}>
          <Lab scenario={scenario} controls={controls} />
        </Suspense>
      ) : (
        poster
      )}
    </div>
  );
}

const Lab = lazy(() => import("@/components/sim/lab").then((module) => ({ default: module.Lab })));
