/** Where Excalidraw loads its fonts from, read by the package at run time (set in whiteboard-canvas.tsx). */
interface Window {
  EXCALIDRAW_ASSET_PATH?: string | string[];
}
