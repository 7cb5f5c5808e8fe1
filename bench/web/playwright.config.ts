import path from "node:path";
import { defineConfig } from "@playwright/test";
import suite from "../../playwright.config";

/**
 * The browser benches (`npm run bench:web`, or `npx playwright test -c bench/web/playwright.config.ts`):
 * the lab's frame rate and the lesson screenshots, measured against the same production build and
 * throwaway database as the end-to-end suite, but outside its pass/fail run. They log figures and write
 * screenshots; they fail only when the page did not work at all.
 */
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  ...suite,
  testDir: "browser",
  outputDir: path.join(root, "test-results/bench-web"),
  // The suite's server command and paths are relative to the repository root.
  webServer: suite.webServer && !Array.isArray(suite.webServer) ? { ...suite.webServer, cwd: root } : suite.webServer,
});
