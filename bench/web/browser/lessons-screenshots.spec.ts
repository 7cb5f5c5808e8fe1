import { expect, test } from "../../../e2e/fixtures/lessons";

// Screenshots for review at phone and desktop widths, light and dark: written to .tmp/lesson-screenshots/
// (outside test-results/, which concurrent runs clean).
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];
const pages = [
  { path: "/learn", name: "track" },
  { path: "/learn/single-leader-replication", name: "lesson-1", section: "semi-synchronous" },
  { path: "/learn/galera-certification", name: "lesson-4", section: "does-galera-scale-writes" },
];

for (const viewport of viewports) {
  for (const theme of ["light", "dark"] as const) {
    test(`lessons render at ${viewport.name} width in ${theme} mode`, async ({ page, lessons }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme: theme });
      for (const { path, name, section } of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const file = (suffix: string) => `.tmp/lesson-screenshots/${viewport.name}-${theme}-${name}${suffix}.png`;
        await page.screenshot({ path: file(""), fullPage: !section });
        if (section) {
          await page.locator(`#${section}`).scrollIntoViewIfNeeded();
          await page.screenshot({ path: file("-section") });
        }
        // The first simulator embed, loaded as it is scrolled to.
        if (name === "lesson-1") {
          const simulation = lessons.simulation();
          await simulation.scrollIntoViewIfNeeded();
          await expect(simulation.getByRole("toolbar", { name: "Playback" })).toBeVisible();
          await page.screenshot({ path: file("-lab") });
        }
      }
    });
  }
}
