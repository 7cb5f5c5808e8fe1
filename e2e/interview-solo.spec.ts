import { demoAccount } from "./fixtures/accounts";
import { CandidateRoom, InterviewPages } from "./fixtures/interview";
import { expect, test } from "./fixtures/pages";

test("a candidate completes a solo interview, reloading halfway without losing anything", async ({ page, auth }) => {
  const candidate = demoAccount("candidate");
  await auth.signIn(candidate.email, candidate.password);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  const interviews = new InterviewPages(page);
  const room = new CandidateRoom(page);
  await interviews.create(/Design the Twitter home timeline/);

  await room.start();
  await expect(room.currentPhase()).toContainText("Clarify requirements");
  await room.write("500M tweets/day, about 5,800/s average; peak 3x. 2 KB each, so roughly 500 GB/day.");
  await room.waitUntilSaved();
  await room.nextPhase();
  await expect(room.currentPhase()).toContainText("High-level design");
  await page.getByText("Capacity estimator").click();
  await page.getByRole("button", { name: "Add to notes" }).click();
  await expect(room.notes()).toHaveValue(/Average writes: 500,000,000 \/ 86,400 s ≈ 5.79 × 10\^3 writes\/s/);
  // Typed, then reloaded at once: the keystrokes live in localStorage until the next autosave.
  await room.notes().press("Control+End");
  await room.notes().pressSequentially("\nShard the post store by post id.");
  await page.reload();

  await expect(room.currentPhase()).toContainText("High-level design");
  await expect(room.notes()).toHaveValue(/Shard the post store by post id\./);
  await room.showNotesFor("Clarify requirements");
  await expect(room.notes()).toHaveValue(/500M tweets\/day/);
  await room.waitUntilSaved();

  await room.nextPhase();
  await expect(room.currentPhase()).toContainText("Deep dive");
  await expect(room.lab()).toBeVisible();
  await room.write("Hybrid fan-out: push for most, pull for celebrities. Read-your-writes for the author.");
  await room.nextPhase();
  await room.write("Fencing on failover; monitor lag.");
  await room.finish();
  await expect(page.getByTestId("interview-status")).toHaveText("Finished");

  await room.scoreAll("Self-assessment", 3);
  await page.getByRole("button", { name: "Save and reveal the model outline" }).click();
  await expect(room.outline()).toBeVisible();
  await expect(room.coverage()).toContainText("Hybrid for celebrity accounts");
  await expect(room.coverage()).toContainText(/Coverage: \d of 7 key points/);

  await page.goto("/interviews");
  await expect(page.getByTestId("score-trends")).toContainText("3/4");
});
