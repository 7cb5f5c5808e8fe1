import { mkdirSync } from "node:fs";
import { expect, test } from "./fixtures/lab";

const shots = "test-results/lab-screens";
mkdirSync(shots, { recursive: true });

test("the seed's demo: stale read, split brain, then fencing rejects the old leader", async ({ lab, page }) => {
  await lab.open("?seed=1");
  await lab.advance(1);
  await lab.setLag("B");
  await lab.clientOp("Write", "A", "x", "5");
  await lab.advance(1);
  await lab.clientOp("Read", "B", "x");
  await lab.advance(1);
  await expect(lab.lastResult()).toContainText("read x on B → none ⚠ stale");
  await expect(lab.anomaly(/Stale read at 0\.201 s/)).toBeVisible();
  await page.screenshot({ path: `${shots}/1-stale-read.png`, fullPage: true });

  await lab.cutOff("A");
  await lab.advance(1);
  await lab.promote("B");
  await lab.advance(3, "+1 s");
  await lab.clientOp("Write", "A", "y", "7");
  await lab.clientOp("Write", "B", "y", "8");
  await lab.advance(1);
  await expect(page.getByText("Two nodes think they are the leader right now.")).toBeVisible();
  await lab.anomaly(/Two leaders \(split brain\)/).click();
  await expect(lab.explanation()).toContainText("Both accepted writes");
  await page.screenshot({ path: `${shots}/2-split-brain.png`, fullPage: true });

  await lab.button("Replay this run with fencing on").click();
  await expect(page.getByRole("navigation", { name: "Branches" })).toContainText("fencing on");
  await expect(lab.eventLog()).toContainText("you@A write y=7 → fail (fenced");
  await expect(lab.anomaly(/Two leaders/)).toHaveCount(0);
  await page.screenshot({ path: `${shots}/3-fenced.png`, fullPage: true });
});

test("a share link reproduces the run", async ({ lab, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await lab.open("?scenario=split-brain&seed=5");
  await lab.advance(2, "+1 s");
  await lab.clientOp("Write", "C", "k", "42");
  await lab.advance(3);
  const before = await lab.time().textContent();
  const log = await lab.eventLog().textContent();
  await lab.button("Copy share link").click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const url = await page.getByLabel("Share link").inputValue();
  expect(url).toMatch(/\/lab\?run=[A-Za-z0-9_-]+$/);
  await page.goto(url);
  await expect(lab.time()).toHaveText(before ?? "");
  await expect(lab.eventLog()).toHaveText(log ?? "");
  await expect(page.getByText("could not be read")).toHaveCount(0);
});

test("a corrupted share link opens the default scenario with a notice", async ({ lab, page }) => {
  await lab.open("?run=eyJ2IjoxLCJzIjoic3BsaXQtYnJh");
  await expect(lab.loadNotice()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Replication lab" })).toBeVisible();
  await lab.open(
    "?run=" + Buffer.from(JSON.stringify({ v: 0, s: "split-brain", seed: 1, a: [], t: 0 })).toString("base64url"),
  );
  await expect(lab.loadNotice()).toContainText("version 0");
});

test("a share link asking for a run past the lab's limits opens the default scenario at once, saying what was out of range", async ({
  lab,
}) => {
  // Before the limits, the server simulated this run while rendering the page: it ran out of memory after about 100 s.
  await lab.open(
    "?run=" +
      Buffer.from(JSON.stringify({ v: 1, s: "split-brain", seed: 1, a: [], t: 1_000_000_000 })).toString("base64url"),
  );
  await expect(lab.loadNotice()).toContainText("out of range");
  await expect(lab.loadNotice()).toContainText("10 minutes");
  await expect(lab.loadNotice()).toContainText("opened “Sandbox: three nodes, one asynchronous leader” instead");
});

test("nodes are keyboard operable: Enter offers their actions, among them their data", async ({ lab, page }) => {
  await lab.open("?seed=1");
  await lab.clientOp("Write", "A", "x", "5");
  await lab.advance(2, "+1 s");
  const node = page.locator('[data-node="A"]');
  await node.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Actions on A" });
  await expect(menu.getByRole("menuitem")).toHaveText(["Show A's data", "Crash A", "Cut A off"]);
  await expect(menu.getByRole("menuitem", { name: "Show A's data" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Data on A" })).toContainText("x");
  await expect(menu).toHaveCount(0);
  await expect(node).toBeFocused();
});

test("quorum sizes chosen in the lab travel in the share link", async ({ lab, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await lab.open("?scenario=leaderless-quorum&seed=3");
  await lab.setQuorum({ w: 1, r: 1 });
  await expect(page.getByTestId("quorum-overlap")).toContainText("a read can miss the latest acknowledged write");
  await lab.button("Restart with N=3, W=1, R=1").click();
  await expect(lab.button("Running with N=3, W=1, R=1")).toBeVisible();
  await lab.advance(1, "+1 s");
  const log = await lab.eventLog().textContent();
  await lab.button("Copy share link").click();
  const url = await page.getByLabel("Share link").inputValue();
  await page.goto(url);
  await expect(lab.button("Running with N=3, W=1, R=1")).toBeVisible();
  await expect(lab.eventLog()).toHaveText(log ?? "");
  await expect(lab.loadNotice()).toHaveCount(0);
});

test("switching a leaderless cluster to blocking read repair restarts it, and the share link keeps the choice", async ({
  lab,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await lab.open("?scenario=leaderless-read-repair-background&seed=16");
  await expect(lab.button("Running with N=3, W=2, R=2, background read repair")).toBeVisible();
  await page
    .getByRole("group", { name: "Quorums" })
    .getByRole("combobox", { name: /^Read repair:/ })
    .selectOption("blocking");
  await lab.button("Restart with N=3, W=2, R=2, blocking read repair").click();
  await expect(lab.button("Running with N=3, W=2, R=2, blocking read repair")).toBeVisible();
  await lab.button("Copy share link").click();
  await page.goto(await page.getByLabel("Share link").inputValue());
  await expect(lab.button("Running with N=3, W=2, R=2, blocking read repair")).toBeVisible();
  await expect(lab.loadNotice()).toHaveCount(0);
});

test("a link asking for quorum sizes its cluster cannot take opens the default scenario with a notice", async ({
  lab,
}) => {
  await lab.open(
    "?run=" +
      Buffer.from(JSON.stringify({ v: 2, s: "leaderless-quorum", seed: 1, q: [3, 4, 1], a: [], t: 0 })).toString(
        "base64url",
      ),
  );
  await expect(lab.loadNotice()).toContainText("quorum sizes do not fit");
});
