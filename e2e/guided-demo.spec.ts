import { expect, test } from "./fixtures/lab";

test("the guided demo walks a blank sandbox from lag to a fenced replay, checking each step in the run", async ({
  lab,
  page,
}) => {
  await lab.open();
  await expect(page.getByRole("combobox", { name: "Scenario" })).toHaveValue("sandbox");
  await expect(lab.eventLog()).not.toContainText("write");
  await lab.button("▶ Guided demo").click();
  const demo = page.getByTestId("guided-demo");
  const progress = page.getByTestId("demo-progress");
  const target = page.locator("fieldset[data-demo-target]");
  await expect(progress).toHaveText("Step 1 of 6");
  await expect(target.locator("legend")).toHaveText("Replica apply lag");

  // Clicking on does not count: the step waits until the run shows it was done.
  await lab.advance(2);
  await expect(progress).toHaveText("Step 1 of 6");
  // Keyboard: "Show me the control" takes focus into the control the step names.
  await lab.button("Show me the control").focus();
  await page.keyboard.press("Enter");
  await expect(target.getByRole("slider", { name: "Apply lag on B" })).toBeFocused();
  await lab.setLag("B");
  await expect(progress).toHaveText("Step 2 of 6");
  await expect(demo).toContainText("✓ Slow a replica down");
  await expect(target.locator("legend")).toHaveText("Client");

  await lab.clientOp("Write", "A", "x", "5");
  await lab.advance(1);
  await expect(progress).toHaveText("Step 2 of 6");
  await lab.clientOp("Read", "B", "x");
  await lab.advance(1);
  await expect(progress).toHaveText("Step 3 of 6");
  await expect(demo).toContainText("a stale read");

  // The demo's step and the run both live in the address: a reload carries on where it was.
  await expect(page).toHaveURL(/demo=2/);
  await page.reload();
  await expect(progress).toHaveText("Step 3 of 6");
  await expect(lab.anomaly(/Stale read at/)).toBeVisible();

  await lab.cutOff("A");
  await expect(progress).toHaveText("Step 4 of 6");
  await lab.advance(1);
  await lab.promote("B");
  await expect(progress).toHaveText("Step 5 of 6");
  await lab.advance(3, "+1 s");
  await lab.clientOp("Write", "A", "y", "7");
  await lab.clientOp("Write", "B", "y", "8");
  await lab.advance(1);
  await expect(progress).toHaveText("Step 6 of 6");
  await expect(target.locator("legend")).toHaveText("Fencing");
  await page.screenshot({ path: "test-results/guided-demo-step-6.png", fullPage: true });

  await lab.button("Replay this run with fencing on").click();
  await expect(progress).toHaveText("Done");
  await expect(demo).toContainText(
    "Fencing stops two leaders; asynchronous replication can still lose what was never shipped",
  );
  await expect(lab.eventLog()).toContainText("you@A write y=7 → fail (fenced");
  await lab.button("Close").click();
  await expect(demo).toHaveCount(0);
  await expect(lab.button("▶ Guided demo")).toBeVisible();
});
