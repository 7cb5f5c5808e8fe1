import { demoAccount, newCandidate } from "./fixtures/accounts";
import { AssignmentInbox, AssignmentPage, CohortPages, dueIn, expect, TeachPages } from "./fixtures/assignments";
import { AuthPages, test } from "./fixtures/pages";

const LESSON = "Why replicate, and how a single leader does it";

test("a candidate joins an interviewer's cohort with its code, gets the cohort's pinned assignment, marks its lesson done and submits; the interviewer sees it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const interviewer = demoAccount("interviewer");
  const joiner = newCandidate();
  const cohortName = `Cohort ${Date.now().toString(36)}`;
  const title = `Reading week ${Date.now().toString(36)}`;
  const teachPage = await (await browser.newContext()).newPage();
  const candidatePage = await (await browser.newContext()).newPage();
  const cohorts = new CohortPages(teachPage);

  const code = await test.step("the interviewer creates a cohort and reads its join code", async () => {
    await new AuthPages(teachPage).signIn(interviewer.email, interviewer.password);
    await expect(teachPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
    return cohorts.create(cohortName);
  });

  await test.step("a new candidate mistypes a code, then opens the join link (any case), which joins only when they press the button", async () => {
    await new AuthPages(candidatePage).signUp(joiner);
    await expect(candidatePage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
    await candidatePage.goto("/join");
    await candidatePage.getByLabel("Join code").fill("nope-nope");
    await candidatePage.getByRole("button", { name: "Join the cohort" }).click();
    await expect(candidatePage.getByText(/No cohort has this code/)).toBeVisible();
    await candidatePage.goto(`/join/${code.toLowerCase()}`);
    await expect(candidatePage.getByLabel("Join code")).toHaveValue(code.toLowerCase());
    await teachPage.reload();
    await expect(cohorts.members()).toContainText("Nobody has joined yet.");
    await candidatePage.getByRole("button", { name: "Join the cohort" }).click();
    await expect(candidatePage.getByRole("status").filter({ hasText: "You joined the cohort" })).toBeVisible();
    await teachPage.reload();
    await expect(cohorts.members()).toContainText(joiner.email);
  });

  await test.step("from the cohort's page the interviewer sets a pinned assignment: the cohort is chosen and a seed drawn", async () => {
    await cohorts.newAssignment();
    await expect(teachPage.getByLabel(/^Cohort/)).not.toHaveValue("");
    await teachPage.getByLabel("Title", { exact: true }).fill(title);
    await teachPage.getByLabel(/^Due \(/).fill(dueIn(3));
    await new TeachPages(teachPage).item(1).getByLabel("Lesson", { exact: true }).selectOption({ label: LESSON });
    await teachPage.getByRole("radio", { name: /The same variant for everyone/ }).check();
    await expect(teachPage.getByLabel(/^Pinned seed/)).toHaveValue(/^\d+$/);
    await teachPage.getByRole("button", { name: "Create assignment" }).click();
    await expect(teachPage).toHaveURL(/\/teach\/assignments\/[a-z0-9]+\?created=1$/);
    await expect(new TeachPages(teachPage).row(joiner.email)).toContainText("Not started");
  });

  await test.step("the member finds it in the inbox, marks the lesson done and submits", async () => {
    const inbox = new AssignmentInbox(candidatePage);
    await inbox.open();
    await inbox.openAssignment(title);
    const assignment = new AssignmentPage(candidatePage);
    await assignment.startItem(1, LESSON);
    await candidatePage.getByRole("button", { name: "Mark done" }).click();
    await assignment.backToAssignment();
    await expect(assignment.itemRow(1, LESSON)).toContainText("Done");
    await assignment.submit();
  });

  await test.step("the interviewer's table shows the submission", async () => {
    await teachPage.reload();
    await expect(new TeachPages(teachPage).row(joiner.email)).toContainText("Submitted");
  });
});
