import { readFileSync, writeFileSync } from "node:fs";
import { componentDocs, quizIdsOnDisk, README_PATH, renderComponentReference, updatedReadme } from "@/lib/content/docs";

// `npm run content:docs`: regenerates the component reference in content/README.md from the registry.
const readme = readFileSync(README_PATH, "utf8");
const updated = updatedReadme(readme, renderComponentReference(componentDocs(quizIdsOnDisk())));
if (updated === undefined) {
  console.error("content/README.md has no <!-- components:start … --> / <!-- components:end --> markers.");
  process.exit(1);
}
if (updated === readme) console.log("content/README.md is up to date.");
else {
  writeFileSync(README_PATH, updated);
  console.log("content/README.md: component reference regenerated.");
}
