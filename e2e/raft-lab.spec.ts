import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/lab";

const shots = "test-results/lab-screens";
/** The metrics row counting client operations that succeeded, failed and stayed unknown. */
const operations = (page: Page) =>
  page.locator("dt", { hasText: "Operations ok / failed / unknown" }).locator("xpath=following-sibling::dd[1]");
mkdirSync(shots, { recursive: true });

test("Raft: crash the leader, watch an election, cut the new leader off, its write is never acknowledged, heal and its log is repaired", async ({
  lab,
  page,
}) => {
  await lab.open("?scenario=raft-lab&seed=147");
  await lab.advance(1);
  await expect(lab.eventLog()).toContainText("S1 becomes leader for term 1");
  await expect(page.locator('[data-node="S2"] [data-timer^="election timer"]')).toHaveCount(1);

  const nodeOps = page.getByRole("group", { name: "Node" });
  await nodeOps.getByRole("combobox").selectOption("S1");
  await nodeOps.getByRole("button", { name: "Crash S1" }).click();
  await lab.advance(1, "+1 s");
  await expect(lab.eventLog()).toContainText("election timer runs out: starts an election for term 2");
  const log = (await lab.eventLog().textContent()) ?? "";
  const leader = /(S[2-5]) becomes leader for term 2/.exec(log)?.[1];
  expect(leader).toBeDefined();
  const newLeader = leader ?? "S2";
  await page.screenshot({ path: `${shots}/raft-1-elected.png`, fullPage: true });

  await nodeOps.getByRole("button", { name: "Restart S1" }).click();
  await lab.advance(1);
  await lab.cutOff(newLeader);
  await lab.clientOp("Write", newLeader, "x", "9");
  await lab.advance(1, "+1 s");
  // The other four elect a leader of term 3 while the cut-off one still believes it leads term 2.
  await expect(page.getByRole("button", { name: /^Node S\d: leader, term 3 · commit/ })).toHaveCount(1);
  await expect(
    page.getByRole("button", { name: new RegExp(`^Node ${newLeader}: leader, term 2 · commit`) }),
  ).toHaveCount(1);
  await lab.advance(2, "+1 s");
  // Never acknowledged: the write's outcome stays unknown (its client timed out).
  await expect(operations(page)).toHaveText("0 / 0 / 1");
  await page.screenshot({ path: `${shots}/raft-2-minority.png`, fullPage: true });

  await page.getByRole("group", { name: "Network" }).getByRole("button", { name: "Heal all" }).click();
  await lab.advance(1);
  await expect(lab.eventLog()).toContainText(`${newLeader} steps down: it saw term 3`);
  await expect(lab.eventLog()).toContainText(
    new RegExp(`${newLeader} +discards entries \\d+\\.\\.\\d+ \\(terms 2\\) that conflict with leader`),
  );
  await expect(page.getByRole("button", { name: new RegExp(`^Node ${newLeader}: follower, term 3`) })).toHaveCount(1);
  await expect(operations(page)).toHaveText("0 / 0 / 1");
  await page.screenshot({ path: `${shots}/raft-3-repaired.png`, fullPage: true });
});

test("Raft: the read-mode control changes what a read from a cut-off follower returns", async ({ lab, page }) => {
  await lab.open("?scenario=raft-lab&seed=147");
  await lab.advance(1, "+1 s");
  await lab.clientOp("Write", "S1", "x", "1");
  await lab.advance(2);
  await lab.cutOff("S5");
  await lab.clientOp("Write", "S1", "x", "2");
  await lab.advance(1, "+1 s");
  await expect(lab.lastResult()).toContainText("write x=2 on S1 ✓ ok");

  // Through the log (the default), the cut-off S5 cannot reach a leader: it refuses the read.
  const readMode = page.getByRole("group", { name: "Read mode" });
  await expect(readMode.getByRole("radio", { name: /^Through the log/ })).toBeChecked();
  await lab.clientOp("Read", "S5", "x");
  await lab.advance(2);
  await expect(lab.lastResult()).toContainText("read x on S5 ✕ failed: S5 is not the leader");

  // A follower read answers at once from what S5 applied before the cut: x=1, stale.
  await readMode.getByRole("radio", { name: /^Follower read/ }).check();
  await lab.clientOp("Read", "S5", "x");
  await lab.advance(2);
  await expect(lab.lastResult()).toContainText("read x on S5 → 1");
  await lab.anomaly(/^Stale read at/).click();
  await expect(lab.explanation()).toContainText("S5 answered a follower read from what it had applied");
  await page.screenshot({ path: `${shots}/raft-4-follower-read.png`, fullPage: true });

  // The address follows the run (after a short debounce): a reload comes back in follower-read mode at the same place.
  let previous = "";
  await expect
    .poll(
      () => {
        const settled = page.url() === previous && /[?&]run=/.test(previous);
        previous = page.url();
        return settled;
      },
      { intervals: [500] },
    )
    .toBe(true);
  await page.reload();
  await expect(
    page.getByRole("group", { name: "Read mode" }).getByRole("radio", { name: /^Follower read/ }),
  ).toBeChecked();
  await expect(lab.lastResult()).toContainText("read x on S5 → 1");
});

test("a lesson's Raft embed shows only the controls it lists: clock drift with the lease margin, and the read mode", async ({
  page,
}) => {
  await page.goto("/learn/consensus-and-consistency");
  const embed = page.getByRole("complementary", {
    name: "Simulation: Raft lease reads: a slow clock returns a stale value",
  });
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.getByRole("toolbar", { name: "Playback" })).toBeVisible();
  await expect(embed.getByRole("group", { name: "Read mode" })).toBeVisible();
  const drift = embed.getByRole("group", { name: "Clock drift" });
  await expect(drift.getByRole("slider", { name: "Clock drift on S1" })).toHaveAttribute("aria-valuetext", "-30%");
  await expect(drift).toContainText("Lease margin 10%");
  for (const absent of ["Client", "Network", "Node", "Elections", "Slow disk"])
    await expect(embed.getByRole("group", { name: absent, exact: true })).toHaveCount(0);
});
