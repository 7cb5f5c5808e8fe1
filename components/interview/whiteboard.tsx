"use client";
import dynamic from "next/dynamic";

/** The whiteboard beside the notes: Excalidraw (MIT), which touches `window` as it loads, so the browser only. */
export const Whiteboard = dynamic(() => import("./whiteboard-canvas").then((m) => m.WhiteboardCanvas), {
  ssr: false,
  loading: () => <p className="h-96 text-sm text-muted">Loading the whiteboard…</p>,
});
