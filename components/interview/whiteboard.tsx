"use client";
import dynamic from "next/dynamic";

/**
 * The whiteboard beside the notes: Excalidraw (MIT), which touches `window` as it loads, so the browser only. Its fonts
 * come from this server (copied to public/ at install by scripts/excalidraw-assets.mjs), never from its CDN: the CSP
 * allows fonts from 'self' only, and a self-hosted install may have no internet. Excalidraw reads the path as its
 * module loads, so it is set before the import.
 */
export const Whiteboard = dynamic(
  () => {
    window.EXCALIDRAW_ASSET_PATH = "/excalidraw/";
    return import("./whiteboard-canvas").then((m) => m.WhiteboardCanvas);
  },
  {
    ssr: false,
    loading: () => <p className="h-96 text-sm text-muted">Loading the whiteboard…</p>,
  },
);
