import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { updatedReadme } from "@/lib/auth/access-docs";

const README_FILE = fileURLToPath(new URL("../README.md", import.meta.url));

// `npm run access:docs`: regenerates README.md's access-rules table from lib/auth/access-rules.ts.
const readme = readFileSync(README_FILE, "utf8");
const updated = updatedReadme(readme);
if (updated === undefined) {
  console.error("README.md has no <!-- access-rules:start --> / <!-- access-rules:end --> markers.");
  process.exit(1);
}
if (updated === readme) console.log("README.md: the access rules are up to date.");
else {
  writeFileSync(README_FILE, updated);
  console.log("README.md: access rules table regenerated.");
}
