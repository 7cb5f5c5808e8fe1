import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/lab";

/** What the address bar says: the run's time and which branch of the list is current (the lab writes it settled). */
function fromAddress(page: Page) {
  const q = new URL(page.url()).searchParams;
  const decode = (code: string | null) =>
    code === null ? null : (JSON.parse(Buffer.from(code, "base64url").toString("utf8")) as { t?: number; c?: number });
  return { time: decode(q.get("run"))?.t, branch: decode(q.get("tree"))?.c };
}

test("a reload of the lab keeps the time on screen and the branch", async ({ lab, page }) => {
  await lab.open("?seed=1");
  await lab.advance(1);
  await lab.clientOp("Write", "A", "x", "5");
  await lab.advance(3, "+1 s");
  await lab.button("Replay this run with fencing on").click();
  const branches = page.getByRole("navigation", { name: "Branches" });
  await expect(branches.getByRole("button")).toHaveCount(2);
  await expect(lab.time()).toHaveText("t = 3.100 s");
  // J steps back 100 ms at a time.
  for (let i = 0; i < 16; i++) await page.locator("body").press("j");
  await expect(lab.time()).toHaveText("t = 1.500 s");
  await expect.poll(() => fromAddress(page)).toEqual({ time: 1500, branch: 1 });

  await page.reload();
  await expect(lab.time()).toHaveText("t = 1.500 s");
  await expect(branches.getByRole("button")).toHaveCount(2);
  await expect(branches.locator("[aria-current=true]")).toContainText("fencing on");
  await expect(page.getByText("could not be read")).toHaveCount(0);

  // The other branch is still there, at the same moment.
  await branches.getByRole("button", { name: /^main/ }).click();
  await expect(lab.time()).toHaveText("t = 1.500 s");
  await expect.poll(() => fromAddress(page)).toEqual({ time: 1500, branch: 0 });
  await page.reload();
  await expect(branches.locator("[aria-current=true]")).toContainText("main");
  await expect(lab.time()).toHaveText("t = 1.500 s");
});

test("switching scenario with a run asks first, and Back returns to the run", async ({ lab, page }) => {
  await lab.open();
  await lab.clientOp("Write", "A", "x", "5");
  await lab.advance(1);
  await expect(page).toHaveURL(/run=/);
  const picker = page.getByRole("combobox", { name: "Scenario" });
  page.once("dialog", (d) => void d.dismiss());
  await picker.selectOption("split-brain");
  await expect(picker).toHaveValue("sandbox");
  page.once("dialog", (d) => void d.accept());
  await picker.selectOption("split-brain");
  await expect(page.getByRole("paragraph").filter({ hasText: /^Split brain without fencing$/ })).toBeVisible();
  await expect(picker).toHaveValue("split-brain");
  await page.goBack();
  await expect(lab.eventLog()).toContainText("you@A write x=5");
});

test("the server reads every parameter with bounds: unknown scenarios and over-long codes get a notice", async ({
  lab,
}) => {
  await lab.open("?scenario=no-such-scenario");
  await expect(lab.loadNotice()).toContainText('unknown scenario "no-such-scenario"');
  // Longer addresses never reach the page: Node refuses request headers over 16 KiB.
  await lab.open(`?run=${"A".repeat(15_001)}`);
  await expect(lab.loadNotice()).toContainText("run code is out of range: it is 15,001 characters long");
  await lab.open("?scenario=sandbox&demo=42");
  await expect(lab.loadNotice()).toContainText("demo step must be a whole number from 0 to 6");
});

test("keyboard shortcuts drive the lab, not while typing, and ? lists them", async ({ lab, page }) => {
  await lab.open();
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // Keys pressed before the page has hydrated go nowhere; once the list is open, ? inside it does not close it.
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(help).toContainText("Heal the network");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("l");
  await expect(lab.time()).toHaveText("t = 0.100 s");
  await page.keyboard.press("c");
  await expect(page.locator('[data-node="A"]')).toHaveAttribute("aria-label", /partitioned/);
  await page.keyboard.press("h");
  await expect(page.locator('[data-node="A"]')).not.toHaveAttribute("aria-label", /partitioned/);
  await page.keyboard.press("j");
  await expect(lab.time()).toHaveText("t = 0.000 s");
  // Typed into a field, the same key is just a letter.
  const key = page.getByRole("group", { name: "Client" }).getByRole("textbox", { name: "Key" });
  await key.press("l");
  await expect(key).toHaveValue(/^(xl|lx)$/);
  await expect(lab.time()).toHaveText("t = 0.000 s");

  // A node's own menu: click B, crash it.
  await page.locator('[data-node="B"]').click();
  await page.getByRole("menu", { name: "Actions on B" }).getByRole("menuitem", { name: "Crash B" }).click();
  await expect(page.locator('[data-node="B"]')).toHaveAttribute("aria-label", /crashed/);
});
