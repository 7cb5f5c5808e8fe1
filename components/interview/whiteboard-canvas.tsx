"use client";
import "@excalidraw/excalidraw/index.css";
import { Excalidraw, getNonDeletedElements, restoreElements } from "@excalidraw/excalidraw";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useEffect, useRef, useState } from "react";
import { TEXT_LIMITS } from "@/lib/text-limits";

/** The stored scene (a JSON array of Excalidraw elements) as elements; anything unreadable is an empty board. */
function elementsOf(scene: string | undefined) {
  if (!scene) return [];
  try {
    const parsed: unknown = JSON.parse(scene);
    return Array.isArray(parsed) ? restoreElements(parsed as Parameters<typeof restoreElements>[0], null) : [];
  } catch {
    return [];
  }
}

interface Props {
  readonly scene: string | undefined;
  /** Omit for a read-only board (the interviewer's live view, the review). */
  readonly onChange?: (scene: string) => void;
  readonly label: string;
}

/**
 * Excalidraw, loaded in the browser only (components/interview/whiteboard.tsx). Editable: each change of the drawing
 * (not of the selection or the view) is sent up as the elements' JSON, refused past TEXT_LIMITS.interviewWhiteboard.
 * Read-only: follows `scene` as it changes.
 */
export function WhiteboardCanvas({ scene, onChange, label }: Props) {
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const last = useRef(scene ?? "");
  const [full, setFull] = useState(false);
  const [dark] = useState(() => document.documentElement.classList.contains("dark"));

  useEffect(() => {
    if (!api || (scene ?? "") === last.current) return;
    last.current = scene ?? "";
    api.updateScene({ elements: elementsOf(scene) });
  }, [api, scene]);

  return (
    <div className="space-y-1">
      <div
        className="h-96 overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700"
        aria-label={label}
        data-shapes={elementsOf(scene).length}
      >
        <Excalidraw
          excalidrawAPI={setApi}
          initialData={{ elements: elementsOf(scene), scrollToContent: true }}
          viewModeEnabled={!onChange}
          theme={dark ? "dark" : "light"}
          UIOptions={{ canvasActions: { loadScene: false, export: false, saveToActiveFile: false } }}
          onChange={(elements) => {
            if (!onChange) return;
            const next = JSON.stringify(getNonDeletedElements(elements));
            if (next === last.current) return;
            if (next.length > TEXT_LIMITS.interviewWhiteboard) return setFull(true);
            setFull(false);
            last.current = next;
            onChange(next);
          }}
        />
      </div>
      {full ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          The whiteboard is full ({TEXT_LIMITS.interviewWhiteboard.toLocaleString("en-GB")} characters of drawing): the
          last change was not saved. Remove something to go on.
        </p>
      ) : null}
    </div>
  );
}
