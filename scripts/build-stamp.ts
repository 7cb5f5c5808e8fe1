import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * A fingerprint of everything `next build` reads, so `npm start` rebuilds only
 * when the sources changed since the last build.
 */
const INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "types",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function collect(path: string, out: string[]) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (!SKIP.has(entry) && !entry.endsWith(".test.ts")) collect(join(path, entry), out);
    }
  } else {
    out.push(path);
  }
}

export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(join(root, input), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export const STAMP_FILE = ".next/quorum-build-stamp";

export function buildIsCurrent(root: string): boolean {
  const stampPath = join(root, STAMP_FILE);
  if (!existsSync(join(root, ".next/BUILD_ID")) || !existsSync(stampPath)) return false;
  return readFileSync(stampPath, "utf8").trim() === sourceFingerprint(root);
}
