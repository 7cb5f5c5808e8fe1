import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagramFiles, ROOT } from "./diagram-files";

// `npm run diagrams`: rewrites the diagram files from components/diagrams after a drawing changes.
let written = 0;
for (const [path, contents] of diagramFiles()) {
  const target = join(ROOT, path);
  if (existsSync(target) && readFileSync(target, "utf8") === contents) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
  written += 1;
  console.log(`wrote ${path}`);
}
console.log(written === 0 ? "Diagram files are up to date." : `${written} diagram file(s) rewritten.`);
