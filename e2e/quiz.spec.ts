import { newCandidate } from "./fixtures/accounts";
import { expect, test } from "./fixtures/quiz";

test("a candidate gets a scenario question wrong, reads why, opens the run in the lab, retries a fresh variant and sees mastery and review update", async ({
  page,
  auth,
  dashboard,
  quiz,
}) => {
  await auth.signUp(newCandidate());
  await expect(dashboard.heading()).toBeVisible({ timeout: 30_000 });
  // Nothing practised yet: first steps rather than empty charts.
  await expect(dashboard.gettingStarted()).toContainText("Take the lesson's quiz");
  await expect(quiz.masteryCard()).toHaveCount(0);

  await quiz.openFromLesson("failover-and-fencing");
  await quiz.start();

  // Bad input: the server answers with a field error and nothing is saved.
  await quiz.typeNumber("ff-four-nodes", "one");
  await quiz.submit();
  await expect(quiz.question("ff-four-nodes").getByRole("alert")).toHaveText("Give a valid answer for this question.");
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();

  await expect(quiz.question("ff-failover-write").getByTestId("scenario-timeline")).toContainText("network cut");
  // The whole question as read: a fresh variant must read differently, not just carry another number.
  const firstVariant = await quiz.question("ff-failover-write").textContent();
  await expect(quiz.question("ff-failover-write").getByText(/Variant seed/)).toHaveCount(0);
  await quiz.answerFailoverQuiz("It is acknowledged and survives the failover");

  const wrong = quiz.result("ff-failover-write");
  await expect(wrong.getByTestId("verdict").first()).toContainText("Wrong");
  await expect(wrong.getByTestId("feedback")).toContainText("It is acknowledged, then lost when A rejoins");
  await expect(wrong.getByTestId("witness")).toContainText("acknowledged, then lost");
  // The results lead with a summary that says what to do about the miss.
  await expect(page.getByRole("region", { name: "Summary" })).toContainText("Replay a run you missed in the lab");
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(
    /questions? you missed comes? back in review/,
  );
  await expect(quiz.result("ff-four-nodes").getByTestId("verdict").first()).toContainText("Right");

  await quiz.openInLab("ff-failover-write");
  await expect(page.getByText(/split brain/i).first()).toBeVisible();
  await page.goBack();

  await quiz.freshVariant("ff-failover-write");
  await expect(quiz.question("ff-failover-write")).not.toHaveText(firstVariant ?? "");
  await quiz.choose("ff-failover-write", "It is acknowledged, then lost when A rejoins");
  await quiz.submit();
  await expect(quiz.result("ff-failover-write").getByTestId("verdict").first()).toContainText("Right");

  await page.goto("/dashboard");
  await expect(
    quiz.masteryCard().getByRole("button", { name: /^Practise split-brain\s*Familiar\s*, level 2 of 4$/ }),
  ).toBeVisible();
  await expect(
    quiz.masteryCard().getByRole("button", { name: /^Practise quorum\s*Familiar\s*, level 2 of 4$/ }),
  ).toBeVisible();
  await expect(quiz.masteryCard().getByTestId("review-summary")).toContainText(/of \d+ cards/);

  await quiz.openReview();
  await expect(page.getByTestId("review-cards")).toContainText("What happens to the write of w sent to A?");
});
