// Copies Excalidraw's fonts into public/excalidraw/fonts, so the whiteboard loads them from this server (the CSP
// allows fonts and fetches from 'self' only, and a self-hosted install may have no internet). Runs after install;
// the copy is not committed (14 MB) and is redone only when the package's fonts change.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const from = "node_modules/@excalidraw/excalidraw/dist/prod/fonts";
const to = "public/excalidraw/fonts";
const stampFile = "public/excalidraw/.source";

/** Every file's path and size below `dir`: enough to tell one release's fonts from another's. */
function listing(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort()
    .map((p) => `${p} ${statSync(join(dir, p)).size}`)
    .join("\n");
}

if (!existsSync(from)) {
  console.error(`Excalidraw's fonts are not at ${from}: the whiteboard will draw text in a fallback font.`);
} else {
  const stamp = listing(from);
  if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
    writeFileSync(stampFile, stamp);
    console.log(`Copied Excalidraw's fonts to ${to}.`);
  }
}
