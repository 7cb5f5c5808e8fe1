/** Where Excalidraw loads its fonts from, read as the package loads (set in components/interview/whiteboard.tsx). */
interface Window {
  EXCALIDRAW_ASSET_PATH?: string | string[];
}
