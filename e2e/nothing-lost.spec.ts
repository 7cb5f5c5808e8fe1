import type { Page } from "@playwright/test";
import { demoAccount } from "./fixtures/accounts";
import { AssignmentInbox, AssignmentPage, dueIn, expect, LabItemPage, TeachPages } from "./fixtures/assignments";
import { CandidateRoom } from "./fixtures/interview";
import { AuthPages, test } from "./fixtures/pages";
import { QuizPages } from "./fixtures/quiz";

const QUIZ = "Single-leader replication";
const LAB = "Replication lag: a stale read";
const INTERVIEW = "Design a URL shortener";
const TASK = "Say when a read from B misses the write.";

/**
 * Reloads like a person pressing F5 mid-way. Where work may only live in this
 * browser, the page must ask first (beforeunload); the reload goes ahead.
 * Returns whether it asked.
 */
async function reload(page: Page): Promise<boolean> {
  let asked = false;
  const onDialog = (dialog: import("@playwright/test").Dialog) => {
    if (dialog.type() === "beforeunload") asked = true;
    void dialog.accept();
  };
  page.on("dialog", onDialog);
  await page.reload();
  page.off("dialog", onDialog);
  return asked;
}

const status = (page: Page) => page.getByTestId("save-status");

test("nothing typed is lost: a reload mid-way through the assignment builder, a quiz (scenario questions too), a lab answer, an interview and the review keeps every word", async ({
  browser,
}) => {
  // Two people, five kinds of work and four reloads on a loaded machine.
  test.setTimeout(300_000);
  const interviewer = demoAccount("interviewer");
  const candidate = demoAccount("candidate");
  const title = `Nothing lost ${Date.now().toString(36)}`;
  const teachPage = await (await browser.newContext()).newPage();
  const candidatePage = await (await browser.newContext()).newPage();
  const teach = new TeachPages(teachPage);

  const path =
    await test.step("the builder keeps a half-written assignment through a reload, and says where it is", async () => {
      await new AuthPages(teachPage).signIn(interviewer.email, interviewer.password);
      await expect(teachPage).toHaveURL(/\/dashboard$/, { timeout: 90_000 });
      await teachPage.goto("/teach/assignments/new");
      await teachPage.getByLabel("Title", { exact: true }).fill(title);
      await teachPage.getByLabel(/^Instructions/).fill("Quiz, lab, then the interview.");
      await teach.item(1).getByLabel("Kind", { exact: true }).selectOption({ label: "Quiz" });
      await teach.item(1).getByLabel("Quiz", { exact: true }).selectOption({ label: QUIZ });
      await teachPage.getByRole("button", { name: "Add an item" }).click();
      await teach.item(2).getByLabel("Kind", { exact: true }).selectOption({ label: "Lab scenario" });
      await teach.item(2).getByLabel("Lab scenario", { exact: true }).selectOption({ label: LAB });
      await teach.item(2).getByLabel(/^Task/).fill(TASK);
      await expect(status(teachPage)).toContainText("Draft saved in this browser");

      expect(await reload(teachPage), "leaving a builder draft asks first").toBe(true);
      await expect(teachPage.getByLabel("Title", { exact: true })).toHaveValue(title);
      await expect(teachPage.getByLabel(/^Instructions/)).toHaveValue("Quiz, lab, then the interview.");
      await expect(teach.item(2).getByLabel(/^Task/)).toHaveValue(TASK);
      await expect(teach.item(1).getByLabel("Quiz", { exact: true })).toHaveValue(/.+/);
      await expect(status(teachPage)).toContainText("Draft saved in this browser");

      await teachPage.getByRole("button", { name: "Add an item" }).click();
      await teach.item(3).getByLabel("Kind", { exact: true }).selectOption({ label: "Mock interview" });
      await teach.item(3).getByLabel("Mock interview", { exact: true }).selectOption({ label: INTERVIEW });
      await teachPage.getByLabel(/^Due \(/).fill(dueIn(7));
      await teachPage.getByLabel(/^Emails/).fill(candidate.email);
      await teachPage.getByRole("button", { name: "Create assignment" }).click();
      await expect(teachPage).toHaveURL(/\/teach\/assignments\/[a-z0-9]+\?created=1$/);
      return new URL(teachPage.url()).pathname;
    });

  const assignment = new AssignmentPage(candidatePage);
  const quiz = new QuizPages(candidatePage);

  await test.step("quiz answers, scenario questions included, come back after a reload and read Saved", async () => {
    await new AuthPages(candidatePage).signIn(candidate.email, candidate.password);
    await expect(candidatePage).toHaveURL(/\/dashboard$/, { timeout: 90_000 });
    const inbox = new AssignmentInbox(candidatePage);
    await inbox.open();
    await inbox.openAssignment(title);
    await assignment.startItem(1, QUIZ);
    await quiz.choose("slr-replica-scaling", /More read capacity/);
    await quiz.choose("slr-stale-read", /y is missing on B/);
    await quiz.typeNumber("slr-semi-sync-wait", "1000");
    await expect(status(candidatePage)).toHaveText("Saved.");

    // The server has them: a fresh browser (no local copy) sees them too.
    expect(await reload(candidatePage), "server-saved answers need no warning").toBe(false);
    await candidatePage.evaluate(() => window.localStorage.clear());
    await candidatePage.reload();
    await expect(quiz.question("slr-replica-scaling").getByRole("radio", { name: /More read capacity/ })).toBeChecked();
    await expect(quiz.question("slr-stale-read").getByRole("radio", { name: /y is missing on B/ })).toBeChecked();
    await expect(quiz.question("slr-semi-sync-wait").getByRole("textbox", { name: "Answer" })).toHaveValue("1000");
    await expect(status(candidatePage)).toHaveText("Saved.");

    await quiz.submit();
    await expect(candidatePage.getByTestId("score")).toBeVisible();
  });

  await test.step("a lab answer comes back after a reload", async () => {
    await assignment.nextItem();
    const lab = new LabItemPage(candidatePage);
    await lab.open();
    await lab.writeAnswer("B misses it until its lag has passed.");
    await reload(candidatePage);
    await expect(lab.answer()).toHaveValue("B misses it until its lag has passed.");
    await expect(lab.answer()).toHaveAccessibleDescription(/^Saved \d\d:\d\d:\d\d\./);
  });

  await test.step("interview notes come back after a reload", async () => {
    await assignment.nextItem();
    await candidatePage.getByRole("button", { name: "Start the interview" }).click();
    await candidatePage.getByRole("link", { name: "Continue in the interview room" }).click();
    const room = new CandidateRoom(candidatePage);
    await room.start();
    await room.write("Requirements: 100M links a day, reads dominate.");
    await room.waitUntilSaved();
    await reload(candidatePage);
    await expect(room.notes()).toHaveValue("Requirements: 100M links a day, reads dominate.");
  });

  await test.step("the interviewer's half-written review survives a reload, with a warning, and is sent only on Save", async () => {
    await candidatePage.goto(path.replace("/teach", ""));
    await assignment.submit();
    await teach.openSubmission(path, candidate.email);
    await teachPage.getByLabel(/^Your feedback/).fill("Clear about the lag; say more about the read path.");
    await expect(status(teachPage)).toContainText("Draft saved in this browser only");
    expect(await reload(teachPage), "leaving unsent feedback asks first").toBe(true);
    await expect(teachPage.getByLabel(/^Your feedback/)).toHaveValue(
      "Clear about the lag; say more about the read path.",
    );
    await teachPage.getByRole("button", { name: "Save feedback" }).click();
    await expect(status(teachPage)).toContainText("Saved. The submission is marked reviewed.");
    expect(await reload(teachPage), "nothing unsent: no warning").toBe(false);
    await expect(teachPage.getByLabel(/^Your feedback/)).toHaveValue(
      "Clear about the lag; say more about the read path.",
    );
  });
});
