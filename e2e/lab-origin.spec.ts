import { expect, startQuizAsNewCandidate, test } from "./fixtures/quiz";

test("a quiz question's Open in the lab shows its run under a banner naming the question, with a way back", async ({
  page,
  auth,
  dashboard,
  quiz,
}) => {
  await startQuizAsNewCandidate({ auth, dashboard, quiz }, "failover-and-fencing");
  await quiz.answerFailoverQuiz("It is acknowledged and survives the failover");

  await quiz.openInLab("ff-failover-write");
  const banner = page.getByRole("region", { name: "Where this run came from" });
  await expect(banner).toContainText("Opened from a quiz question");
  // The question's own words, and its run at the moment it asks about (not a blank sandbox at 0 s).
  await expect(banner).toContainText(/What happens to the write of \w+ sent to A\?/);
  await expect(page.getByTestId("virtual-time")).not.toHaveText("t = 0.000 s");
  await expect(page.getByRole("button", { name: "▶ Guided demo" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/lab-origin.png", fullPage: true });

  // The banner survives the lab's own address updates and a reload.
  await page.getByRole("button", { name: "+100 ms" }).click();
  await expect(page).toHaveURL(/from=quiz/);
  await page.reload();
  await expect(banner).toContainText("Opened from a quiz question");

  await banner.getByRole("link", { name: "← Back to the question" }).click();
  await expect(page).toHaveURL(/\/quiz\/attempts\/[^/]+#result-ff-failover-write$/);
  await expect(quiz.result("ff-failover-write").getByTestId("verdict").first()).toContainText("Wrong");
});
