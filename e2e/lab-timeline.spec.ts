import { encodeShare } from "@/lib/sim/share-codec";
import { expect, test } from "./fixtures/lab";

// GitHub 2018's split brain: four workload clients, plus the reader ("you") writing and reading on the old primary,
// over 60 s.
const splitBrain60s = encodeShare({
  scenario: "github-2018",
  seed: 2018,
  actions: [
    { at: 20_000, step: 0, action: { type: "write", key: "repo:1", value: 99, client: "you@E1", node: "E1" } },
    { at: 40_000, step: 0, action: { type: "read", key: "repo:1", client: "you@E1", node: "E1" } },
  ],
  time: 60_000,
});

type Box = { text: string; x: number; y: number; w: number; h: number; font: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test("a 5-client, 60-s split brain: named clients, a time axis, no overlapping labels, tooltips, zoom", async ({
  lab,
  page,
}) => {
  test.setTimeout(240_000);
  await lab.open(`?run=${encodeURIComponent(splitBrain60s)}`);
  await expect(lab.time()).toContainText("t = 60.000 s", { timeout: 120_000 });
  await expect(page.getByRole("heading", { name: /Anomalies \([1-9]/ })).toBeVisible({ timeout: 120_000 });
  const timeline = page.getByTestId("timeline");
  for (const name of ["client 1 near E2", "client 2 near E2", "client 1 near W2", "client 2 near W2", "you, at E1"])
    await expect(timeline.getByText(name, { exact: true })).toBeVisible();
  await expect(timeline.locator("[data-tick]").first()).toHaveText("0 s");
  await expect(timeline.locator("[data-tick]").last()).toHaveText("60 s");
  await expect(timeline.locator("[data-band=two-leaders]")).toHaveCount(1);

  const labelBoxes = () =>
    timeline.locator("[data-label], [data-tick]").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          text: e.textContent ?? "",
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
          font: parseFloat(getComputedStyle(e).fontSize),
        };
      }),
    );
  const expectReadable = (boxes: Box[]) => {
    expect(boxes.length).toBeGreaterThan(30);
    for (const b of boxes) expect(b.font, b.text).toBeGreaterThanOrEqual(12);
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.text} × ${b.text}`),
    );
    expect(clashes).toEqual([]);
  };
  expectReadable(await labelBoxes());

  // Every bar can be hovered: its hit area is at least 12 px each way.
  const hits = await timeline
    .locator("[data-op] rect:first-child")
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(Math.min(...hits)).toBeGreaterThan(11.99);

  // Zoom in to 7.5 s around the middle: more labels fit, still none overlap.
  for (let i = 0; i < 3; i++) await lab.button("Zoom in").click();
  await expect(page.getByText("showing 26.3–33.8 s")).toBeVisible();
  expectReadable(await labelBoxes());
  await expect(timeline.locator("[data-tick]").first()).toHaveText(/^2\d s$/);

  // A stale read says what it was and which anomaly it belongs to, on hover and on keyboard focus.
  const stale = timeline.locator("[data-op][aria-label*='stale']").first();
  await stale.locator("rect").first().hover({ force: true });
  await expect(page.getByRole("tooltip")).toContainText("⚠ stale");
  await expect(page.getByRole("tooltip")).toContainText("⚠ Stale read");
  await page.mouse.move(0, 0);
  await stale.focus();
  await expect(page.getByRole("tooltip")).toContainText(/Sent at \d+\.\d{3} s/);
  const first = await page.getByRole("tooltip").textContent();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tooltip")).not.toHaveText(first ?? "");

  await lab.button("Whole run").click();
  await expect(page.getByText("showing 0.00–60.0 s")).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline legend" })).toContainText("two leaders at once (split brain)");
});

test("on a 390-px phone every label and tick of the 60-s split brain lies inside the timeline", async ({
  lab,
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await lab.open(`?run=${encodeURIComponent(splitBrain60s)}`);
  await expect(lab.time()).toContainText("t = 60.000 s", { timeout: 120_000 });
  await expect(page.getByRole("heading", { name: /Anomalies \([1-9]/ })).toBeVisible({ timeout: 120_000 });
  const timeline = page.getByTestId("timeline");
  const outside = () =>
    timeline.evaluate((plot) => {
      const box = plot.getBoundingClientRect();
      return [...plot.querySelectorAll("[data-label], [data-tick]")]
        .map((e) => ({ text: e.textContent ?? "", r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
        .map(({ text, r }) => `${text} at ${r.left.toFixed(1)}–${r.right.toFixed(1)} (plot ${box.left}–${box.right})`);
    });
  expect(await timeline.locator("[data-label]").count()).toBeGreaterThan(10);
  expect(await outside()).toEqual([]);
  // Zoomed in, labels crowd the edges more: still inside.
  for (let i = 0; i < 3; i++) await lab.button("Zoom in").click();
  for (let i = 0; i < 4; i++) await lab.button("Later").click();
  expect(await outside()).toEqual([]);
});
