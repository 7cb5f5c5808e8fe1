import type { Page } from "@playwright/test";
import { expect, startQuizAsNewCandidate, test } from "./fixtures/quiz";

/**
 * Answers the card on screen with its first option (or 1 where a number is asked), shows the answer and waits for the
 * rating buttons.
 */
async function answerCard(page: Page) {
  const card = page.getByTestId("review-question");
  await expect(card).toBeVisible();
  const radio = card.getByRole("radio").first();
  const box = card.getByRole("checkbox").first();
  const number = card.getByRole("textbox", { name: "Answer" });
  if ((await radio.count()) > 0) await radio.check();
  else if ((await box.count()) > 0) await box.check();
  else if ((await number.count()) > 0) await number.fill("1");
  await card.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByTestId("rating-buttons")).toBeVisible();
}

test("a candidate practises ahead, rates each card with the keys 1–4 after seeing the intervals, reads the summary and practises one concept from the dashboard", async ({
  page,
  auth,
  dashboard,
  quiz,
}) => {
  await startQuizAsNewCandidate({ auth, dashboard, quiz }, "failover-and-fencing");
  await quiz.answerFailoverQuiz("It is acknowledged, then lost when A rejoins");
  // All right: the cards are next due in minutes, not now.
  await expect(quiz.result("ff-failover-write").getByTestId("verdict").first()).toContainText("Right");

  // Nothing is due yet: practising ahead asks the cards due soonest.
  await page.goto("/review");
  await expect(page.getByTestId("review-count")).toContainText("0 due now, 3 cards in total");
  await page.getByRole("button", { name: "Practise ahead" }).click();
  await expect(page).toHaveURL(/\/review\/session\//);
  await expect(page.getByTestId("review-progress")).toContainText("Card 1 of 3");

  // Before the answer there is nothing to rate; after it, four buttons each say when the card comes back.
  await expect(page.getByTestId("rating-buttons")).toHaveCount(0);
  await answerCard(page);
  const ratings = page.getByTestId("rating-buttons");
  await expect(ratings.getByRole("button")).toHaveText([/^Again.*1$/, /^Hard.*2$/, /^Good.*3$/, /^Easy.*4$/]);
  await expect(ratings.getByTestId("rating-interval").first()).toHaveText(/^\d+(\.\d)? (min|hours?|days?|months?)$/);
  await expect(page.getByTestId("feedback")).toBeVisible();

  // Keys rate: 1 is Again, 4 is Easy; a button does the same.
  await page.keyboard.press("1");
  await expect(page.getByTestId("review-progress")).toContainText("Card 2 of 3");
  await expect(page.getByRole("progressbar", { name: "Cards rated" })).toHaveAttribute("aria-valuenow", "1");
  await answerCard(page);
  await page.keyboard.press("4");
  await expect(page.getByTestId("review-progress")).toContainText("Card 3 of 3");
  await answerCard(page);
  await page.getByTestId("rating-buttons").getByRole("button", { name: /^Good/ }).click();

  const summary = page.getByTestId("review-summary");
  await expect(summary).toContainText("Session complete: 3 cards reviewed");
  await expect(summary).toContainText("Again 1×, Good 1×, Easy 1×");
  await expect(summary).toContainText("do not count in your quiz score trend");

  // A reload keeps the session finished: nothing is rated twice.
  await page.reload();
  await expect(page.getByTestId("review-summary")).toBeVisible();

  // The dashboard's mastery tiles start a review of one concept.
  await page.goto("/dashboard");
  await quiz
    .masteryCard()
    .getByRole("button", { name: /^Practise split-brain/ })
    .click();
  await expect(page).toHaveURL(/\/review\/session\//);
  await expect(page.getByTestId("review-progress")).toContainText(/Card 1 of \d+/);
});
