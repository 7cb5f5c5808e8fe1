import type { Browser, Page } from "@playwright/test";
import { demoAccount, newCandidate } from "./fixtures/accounts";
import { AccessibilityAudit, expect } from "./fixtures/accessibility";
import { AssignmentInbox, AssignmentPage, dueIn, TeachPages } from "./fixtures/assignments";
import { AuthPages, Dashboard, test } from "./fixtures/pages";
import { QuizPages } from "./fixtures/quiz";

/**
 * Every page a person reaches, checked against WCAG 2.1 A/AA with axe: in
 * light mode throughout, and in dark mode for a sample that covers each kind
 * of page (marketing, form, lesson, lab, dashboard, quiz, tables). One signed-in
 * context per person; the data the signed-in pages need is made through the UI.
 */

const LESSON = "failover-and-fencing";
const QUIZ = "Single-leader replication";
const LAB = "Replication lag: a stale read";

interface Person {
  readonly page: Page;
  readonly axe: AccessibilityAudit;
  /** Opens `path`, waits for its main heading, and audits it. */
  audit(path: string, heading: string | RegExp, name?: string): Promise<void>;
}

async function person(browser: Browser): Promise<Person> {
  const page = await (await browser.newContext({ colorScheme: "light" })).newPage();
  const axe = new AccessibilityAudit(page);
  return {
    page,
    axe,
    async audit(path, heading, name = path) {
      await page.goto(path);
      await expect(mainHeading(page, heading)).toBeVisible();
      await axe.expectNoViolations(name);
    },
  };
}

/** The visible h1 only: a streamed page can briefly keep a hidden copy (see QuizPages.masteryCard). */
function mainHeading(page: Page, name: string | RegExp) {
  return page.getByRole("heading", { level: 1, name }).filter({ visible: true });
}

test("the pages a visitor reaches before signing in meet WCAG 2.1 AA", async ({ browser }) => {
  const visit = await person(browser);
  await visit.audit("/", "Understand replication by breaking it.", "landing");
  await visit.axe.expectNoViolationsInDark("landing");
  await visit.audit("/sign-in", /Sign in/);
  await visit.axe.expectNoViolationsInDark("/sign-in");
  await visit.audit("/sign-up", /account/i);
  await visit.audit("/learn", "Replication, from first principles to the interview");
  await visit.audit(`/learn/${LESSON}`, /fencing/i, "a lesson");
  await visit.axe.expectNoViolationsInDark("a lesson");
  await visit.audit("/lab", "Replication lab");
  await visit.axe.expectNoViolationsInDark("/lab");

  const missing = await visit.page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(mainHeading(visit.page, "This page does not exist")).toBeVisible();
  await visit.axe.expectNoViolations("the 404 page");
  await visit.axe.expectNoViolationsInDark("the 404 page");
});

test("the pages of a candidate and of the staff who teach and run Quorum meet WCAG 2.1 AA", async ({ browser }) => {
  // Two sign-ins, one assignment and one quiz on a machine shared with the build: room above the usual minute.
  test.setTimeout(90_000);
  const candidate = await person(browser);
  const staff = await person(browser);
  const user = newCandidate();
  const title = `Accessibility drill ${Date.now().toString(36)}`;

  await test.step("a brand-new candidate's dashboard", async () => {
    await new AuthPages(candidate.page).signUp(user);
    await expect(new Dashboard(candidate.page).gettingStarted()).toBeVisible({ timeout: 30_000 });
    await candidate.axe.expectNoViolations("dashboard of a new candidate");
  });

  await test.step("the teaching, authoring and admin pages, with an assignment for the candidate", async () => {
    const admin = demoAccount("admin");
    await new AuthPages(staff.page).signIn(admin.email, admin.password);
    await expect(staff.page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
    const teach = new TeachPages(staff.page);
    const path = await teach.create({
      title,
      instructions: "Quiz first, then the lab.",
      due: dueIn(7),
      quiz: QUIZ,
      lab: { scenario: LAB, task: "Say when a read from B still misses the write." },
      emails: [user.email],
    });
    await staff.axe.expectNoViolations("an assignment's candidate table");
    await staff.axe.expectNoViolationsInDark("an assignment's candidate table");
    await teach.openSubmission(path, user.email);
    await staff.axe.expectNoViolations("a candidate's work on an assignment");

    await staff.audit("/teach", "Teaching");
    await staff.audit("/teach/cohorts", "Cohorts");
    await staff.audit("/teach/assignments/new", "New assignment");
    await staff.audit("/admin/users", "Users");
    await staff.axe.expectNoViolationsInDark("/admin/users");
    await staff.audit("/authoring", "Authoring");
    await staff.audit("/interviews", "Mock interviews");
  });

  await test.step("the candidate's assignment, its inbox and an item", async () => {
    const inbox = new AssignmentInbox(candidate.page);
    await inbox.open();
    await candidate.axe.expectNoViolations("/assignments");
    await inbox.openAssignment(title);
    await candidate.axe.expectNoViolations("an assignment");
    await candidate.axe.expectNoViolationsInDark("an assignment");
    await new AssignmentPage(candidate.page).startItem(1, QUIZ);
    await candidate.axe.expectNoViolations("an assignment's quiz item");
  });

  await test.step("a quiz from start to results, then the dashboard and review with that activity", async () => {
    const quiz = new QuizPages(candidate.page);
    await quiz.openFromLesson(LESSON);
    await candidate.axe.expectNoViolations("a quiz's start page");
    await quiz.start();
    await expect(quiz.question("ff-failover-write")).toBeVisible();
    await candidate.axe.expectNoViolations("a quiz attempt");
    await candidate.axe.expectNoViolationsInDark("a quiz attempt");
    await quiz.choose("ff-failover-write", "It is acknowledged and survives the failover");
    await quiz.typeNumber("ff-four-nodes", "1");
    await quiz.choose("ff-epoch-fencing", /The component that accepts the write/);
    await quiz.submit();
    await expect(quiz.result("ff-four-nodes").getByTestId("verdict").first()).toContainText("Right");
    await candidate.axe.expectNoViolations("a quiz's results");

    await candidate.page.goto("/dashboard");
    await expect(quiz.masteryCard()).toBeVisible();
    await candidate.axe.expectNoViolations("dashboard with activity");
    await candidate.axe.expectNoViolationsInDark("dashboard with activity");
    await candidate.audit("/review", "Review");
  });
});
