import type { Browser, Page } from "@playwright/test";
import { demoAccount, newCandidate } from "./fixtures/accounts";
import { AccessibilityAudit, expect } from "./fixtures/accessibility";
import { AssignmentInbox, AssignmentPage, dueIn, TeachPages } from "./fixtures/assignments";
import { AuthPages, Dashboard, test } from "./fixtures/pages";
import { QuizPages } from "./fixtures/quiz";

/**
 * Every page a person reaches, checked against WCAG 2.1 A/AA with axe at a
 * phone's width and a laptop's, in light and dark mode (four audits of the same
 * loaded page: AccessibilityAudit.expectNoViolationsAtEverySize). One signed-in
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
      await axe.expectNoViolationsAtEverySize(name);
    },
  };
}

/** The visible h1 only: a streamed page can briefly keep a hidden copy (see QuizPages.masteryCard). */
function mainHeading(page: Page, name: string | RegExp) {
  return page.getByRole("heading", { level: 1, name }).filter({ visible: true });
}

test("the pages a visitor reaches before signing in meet WCAG 2.1 AA", async ({ browser }) => {
  // Eight pages, four audits each, on a machine shared with the server: well above the usual minute.
  test.setTimeout(180_000);
  const visit = await person(browser);
  await visit.audit("/", "Understand replication by breaking it.", "landing");
  await visit.audit("/sign-in", /Sign in/);
  await visit.audit("/sign-up", /account/i);
  await visit.audit("/learn", "Replication, from first principles to the interview");
  await visit.audit(`/learn/${LESSON}`, /fencing/i, "a lesson");
  await visit.audit("/lab", "Replication lab");

  // The phone menu, open.
  await visit.page.setViewportSize({ width: 390, height: 844 });
  await visit.page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
  await expect(visit.page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await visit.axe.expectNoViolations("the phone menu, open");
  await visit.page.keyboard.press("Escape");

  // The search dialog, with results.
  await visit.page.setViewportSize({ width: 1280, height: 800 });
  await visit.page.keyboard.press("Control+k");
  // The dialog loads on first use: type once it is there.
  await expect(visit.page.getByRole("dialog", { name: "Search Quorum" })).toBeVisible();
  await visit.page.keyboard.type("quorum");
  await expect(visit.page.getByRole("dialog", { name: "Search Quorum" }).getByRole("option").first()).toBeVisible();
  await visit.axe.expectNoViolations("the search dialog with results");
  await visit.page.keyboard.press("Escape");

  const missing = await visit.page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(mainHeading(visit.page, "This page does not exist")).toBeVisible();
  await visit.axe.expectNoViolationsAtEverySize("the 404 page");
});

test("the pages of a candidate and of the staff who teach and run Quorum meet WCAG 2.1 AA", async ({ browser }) => {
  // Two sign-ins, one assignment, one quiz and some twenty pages audited four times each, on a machine shared with the
  // server: it took 3.9 of the 4 minutes it had under load, so it gets six.
  test.setTimeout(360_000);
  const candidate = await person(browser);
  const staff = await person(browser);
  const user = newCandidate();
  const title = `Accessibility drill ${Date.now().toString(36)}`;

  await test.step("a brand-new candidate's dashboard", async () => {
    await new AuthPages(candidate.page).signUp(user);
    await expect(new Dashboard(candidate.page).gettingStarted()).toBeVisible({ timeout: 30_000 });
    await candidate.axe.expectNoViolationsAtEverySize("dashboard of a new candidate");
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
    await staff.axe.expectNoViolationsAtEverySize("an assignment's candidate table");
    await teach.openSubmission(path, user.email);
    await staff.axe.expectNoViolationsAtEverySize("a candidate's work on an assignment");

    await staff.audit("/teach", "Teaching");
    await staff.audit("/teach/cohorts", "Cohorts");
    await staff.audit("/teach/assignments/new", "New assignment");
    await staff.audit("/admin/users", "Users");
    await staff.audit("/authoring", "Authoring");
    await staff.audit("/interviews", "Mock interviews");
  });

  await test.step("the candidate's assignment, its inbox and an item", async () => {
    const inbox = new AssignmentInbox(candidate.page);
    await inbox.open();
    await candidate.axe.expectNoViolationsAtEverySize("/assignments");
    await inbox.openAssignment(title);
    await candidate.axe.expectNoViolationsAtEverySize("an assignment");
    await new AssignmentPage(candidate.page).startItem(1, QUIZ);
    await candidate.axe.expectNoViolationsAtEverySize("an assignment's quiz item");
  });

  await test.step("a quiz from start to results, then the dashboard and review with that activity", async () => {
    const quiz = new QuizPages(candidate.page);
    await quiz.openFromLesson(LESSON);
    await candidate.axe.expectNoViolationsAtEverySize("a quiz's start page");
    await quiz.start();
    await expect(quiz.question("ff-failover-write")).toBeVisible();
    await candidate.axe.expectNoViolationsAtEverySize("a quiz attempt");
    await quiz.answerFailoverQuiz("It is acknowledged and survives the failover");
    await expect(quiz.result("ff-four-nodes").getByTestId("verdict").first()).toContainText("Right");
    await candidate.axe.expectNoViolationsAtEverySize("a quiz's results");

    await candidate.page.goto("/dashboard");
    await expect(quiz.masteryCard()).toBeVisible();
    await candidate.axe.expectNoViolationsAtEverySize("dashboard with activity");
    await candidate.audit("/review", "Review");
    await candidate.audit("/interviews/new", "New mock interview");
    await candidate.audit("/join", "Join a cohort");
  });
});
