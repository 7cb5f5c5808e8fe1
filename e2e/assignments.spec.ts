import type { Page } from "@playwright/test";
import { formatDateTime, zonedDateTimeToIso } from "../lib/dates";
import { demoAccount, newCandidate } from "./fixtures/accounts";
import {
  AssignmentInbox,
  AssignmentPage,
  dueIn,
  expect,
  InvitationPage,
  LabItemPage,
  scenarioText,
  TeachPages,
} from "./fixtures/assignments";
import { AccessibilityAudit } from "./fixtures/accessibility";
import { CandidateRoom } from "./fixtures/interview";
import { LabPage } from "./fixtures/lab";
import { AuthPages, test } from "./fixtures/pages";
import { QuizPages } from "./fixtures/quiz";

const QUIZ = "Single-leader replication";
const LAB = "Replication lag: a stale read";
const TASK = "Write a key on leader A, step the clock, and say when a read from B would still miss it.";
/** Clock steps of 100 ms the candidates take after their write. */
const STEPS = 3;
/** The quiz's seeded scenario questions: their parameters come from the candidate's seed. */
const SCENARIO_QUESTIONS = ["slr-stale-read", "slr-own-write", "slr-linearizable", "slr-semi-sync-wait"] as const;

interface Handed {
  /** Each scenario question's text (setup, timeline, choices) without its seed line. */
  readonly texts: string[];
  readonly score: string;
  readonly labSeed: number;
  /** The lab's event log and virtual time when the candidate answered. */
  readonly log: string;
  readonly time: string;
}

/**
 * A saved run holds the scenario, the seed, the actions and where the
 * candidate stopped: it opens with the very same event log and clock.
 */
async function showsTheSameRun(lab: LabPage, run: { value: string; log: string; time: string }) {
  await expect(lab.eventLog()).toContainText(`you@A write k=${run.value} → ok`);
  await expect(lab.eventLog()).toHaveText(run.log);
  await expect(lab.time()).toHaveText(run.time);
}

/**
 * The candidate's part, from the assignment page: the quiz, then the lab (one write, a few steps, an answer), then
 * submit.
 */
async function doAssignment(page: Page, work: { value: string; answer: string }): Promise<Handed> {
  const assignment = new AssignmentPage(page);
  const quiz = new QuizPages(page);
  const lab = new LabPage(page);
  const labItem = new LabItemPage(page);

  await assignment.startItem(1, QUIZ);
  const texts: string[] = [];
  for (const id of SCENARIO_QUESTIONS) {
    await expect(quiz.question(id)).toBeVisible();
    // The variant seed stays with the server: the candidate's page never names it.
    await expect(quiz.question(id).getByText(/Variant seed/)).toHaveCount(0);
    texts.push(await scenarioText(quiz.question(id)));
  }
  await quiz.choose("slr-replica-scaling", /More read capacity/);
  await quiz.choose("slr-stale-read", /y is missing on B/);
  await quiz.choose("slr-linearizable", /not linearizable/);
  await quiz.typeNumber("slr-semi-sync-wait", "1000");
  await quiz.submit();
  await expect(quiz.result("slr-replica-scaling").getByTestId("verdict").first()).toContainText("Right");
  const score = /Score: (\d+(?:\.\d)?) \/ 10/.exec((await page.getByTestId("score").textContent()) ?? "")?.[1] ?? "";
  expect(score).not.toBe("");

  await assignment.nextItem();
  await expect(page.getByRole("heading", { level: 1, name: LAB })).toBeVisible();
  const labSeed = await labItem.open();
  await expect(labItem.task()).toContainText(TASK);
  await lab.clientOp("Write", "A", "k", work.value);
  await lab.advance(STEPS);
  await expect(lab.eventLog()).toContainText(`you@A write k=${work.value} → ok`);
  const log = (await lab.eventLog().textContent()) ?? "";
  const time = (await lab.time().textContent()) ?? "";
  await labItem.writeAnswer(work.answer);

  // Nothing is lost on reload: the saved run comes back with the answer.
  await page.reload();
  await expect(labItem.answer()).toHaveValue(work.answer);
  await showsTheSameRun(lab, { value: work.value, log, time });

  await assignment.backToAssignment();
  await expect(assignment.itemRow(1, QUIZ)).toContainText(`Score ${score} / 10`);
  await expect(assignment.itemRow(2, LAB)).toContainText("Done");
  await assignment.submit();

  // Locked: no submit button, items open read-only and the answer cannot change.
  await expect(page.getByRole("button", { name: "Submit assignment…" })).toHaveCount(0);
  await assignment.viewItem(2, LAB);
  await expect(labItem.answer()).toHaveValue(work.answer);
  await expect(labItem.answer()).not.toBeEditable();
  await expect(labItem.answer()).toHaveAccessibleDescription(/Submitted: this answer and the run are locked/);
  return { texts, score, labSeed, log, time };
}

test("an interviewer sets a per-candidate assignment; two candidates (one invited by link) hand in different variants; the interviewer replays a lab run, reviews both and exports the CSV; the candidates read their feedback", async ({
  browser,
}) => {
  // Three people, six sign-ins and two quizzes on a loaded machine: more than the default minute.
  test.setTimeout(180_000);
  const interviewer = demoAccount("interviewer");
  const candidate = demoAccount("candidate");
  const invitee = newCandidate();
  const title = `Replication lag drill ${Date.now().toString(36)}`;
  const instructions = "Do the quiz first, then the lab. Explain what you saw in your own words.";
  const feedbackForCandidate = 'Good reasoning about the lag, and "k=101" in your run shows it.';
  const feedbackForInvitee = "Right about the read on B; next time compare the gap with the lag explicitly.";
  const due = dueIn(7);
  // The browsers' zone (playwright.config.ts): the interviewer types the due time on that clock, the candidate reads it
  // on theirs.
  const zone = test.info().project.use.timezoneId ?? "UTC";

  const teachPage = await (await browser.newContext()).newPage();
  const candidatePage = await (await browser.newContext()).newPage();
  const inviteePage = await (await browser.newContext()).newPage();
  const teach = new TeachPages(teachPage);

  const { path, invitation } =
    await test.step("the interviewer creates the assignment for an account and an email without one", async () => {
      await new AuthPages(teachPage).signIn(interviewer.email, interviewer.password);
      await expect(teachPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
      const path = await teach.create({
        title,
        instructions,
        due,
        quiz: QUIZ,
        lab: { scenario: LAB, task: TASK },
        emails: [candidate.email, invitee.email],
      });
      await expect(teachPage.getByText("a different seed per candidate")).toBeVisible();
      await expect(teach.row(candidate.email)).toContainText("Not started");
      await expect(teach.row(invitee.email)).toContainText("invited, not signed up yet");
      return { path, invitation: await teach.invitationLink(invitee.email) };
    });

  const first =
    await test.step("the first candidate finds it in the inbox, does the quiz and the lab, and submits", async () => {
      await new AuthPages(candidatePage).signIn(candidate.email, candidate.password);
      await expect(candidatePage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
      const inbox = new AssignmentInbox(candidatePage);
      await inbox.open();
      await expect(inbox.entry(title)).toContainText("0 of 2 items done");
      await expect(inbox.entry(title)).toContainText(formatDateTime(zonedDateTimeToIso(due, zone) ?? "", zone));
      await inbox.openAssignment(title);
      await expect(new AssignmentPage(candidatePage).instructions()).toContainText(instructions);
      return doAssignment(candidatePage, {
        value: "101",
        answer: "B applies k only after its lag, so a read from B before then returns nothing.",
      });
    });

  const second =
    await test.step("the invited candidate signs up from the link, lands in the assignment and hands in another variant", async () => {
      const link = new InvitationPage(inviteePage);
      await link.open(invitation);
      await expect(inviteePage.getByText(title)).toBeVisible();
      await link.signUp(invitee, title);
      await expect(inviteePage).toHaveURL(/\/assignments\/[a-z0-9]+$/);
      return doAssignment(inviteePage, {
        value: "202",
        answer: "Carol's read reaches B before the write is applied, so it misses it.",
      });
    });

  await test.step("per-candidate seeds gave the two candidates different variants", async () => {
    // The parameters filled into the questions differ. Compared over the whole
    // quiz: two variants of one question can draw the same parameters (the three stale-read questions do
    // for variants 1 and 16), but consecutive member seeds never give the same semi-sync write time.
    expect(second.texts.join("\n")).not.toBe(first.texts.join("\n"));
    expect(second.labSeed).not.toBe(first.labSeed);
  });

  await test.step("the interviewer sees both submissions, replays the first lab run and leaves feedback on both", async () => {
    await teachPage.goto(path);
    await expect(teach.row(candidate.email)).toContainText("Submitted");
    await expect(teach.row(invitee.email)).toContainText(invitee.name);
    await expect(teach.row(invitee.email)).toContainText("Submitted");
    await expect(teachPage.getByRole("heading", { name: "Invitations not yet accepted" })).toHaveCount(0);

    await teach.openSubmission(path, candidate.email);
    await expect(teachPage.getByText(new RegExp(`· seed ${first.labSeed}\\b`))).toBeVisible();
    await expect(teach.submissionItem(1)).toContainText(`${first.score} / 10`);
    await expect(teach.submissionItem(2)).toContainText("B applies k only after its lag");
    const who = (await teachPage.getByRole("heading", { level: 1 }).textContent()) ?? "";
    await teach.replayLabRun(2);
    const lab = new LabPage(teachPage);
    // The lab's header names the scenario (the scenario picker also lists it, so match the paragraph).
    await expect(teachPage.getByRole("paragraph").filter({ hasText: new RegExp(`^${LAB}$`) })).toBeVisible();
    await showsTheSameRun(lab, { value: "101", log: first.log, time: first.time });
    // Under a banner naming whose run it is, with the way back to the submission.
    const banner = teachPage.getByRole("region", { name: "Where this run came from" });
    await expect(banner).toContainText("Opened from a submission");
    await expect(banner).toContainText(`${who}: `);
    await banner.getByRole("link", { name: "← Back to the submission" }).click();
    await expect(teach.submissionItem(2)).toBeVisible();
    await teach.leaveFeedback(feedbackForCandidate);

    await teach.openSubmission(path, invitee.email);
    await expect(teach.submissionItem(2)).toContainText("Carol's read reaches B");
    await teach.leaveFeedback(feedbackForInvitee);

    await teachPage.goto(path);
    await expect(teach.row(candidate.email)).toContainText("Reviewed");
    await expect(teach.row(invitee.email)).toContainText("Reviewed");
  });

  await test.step("the CSV holds a header and one row per candidate with statuses, scores and feedback", async () => {
    const { filename, rows } = await teach.exportCsv(path);
    expect(filename).toMatch(/^replication-lag-drill-[a-z0-9-]+\.csv$/);
    expect(rows).toHaveLength(3);
    const [header = [], ...body] = rows;
    expect(header.slice(0, 6)).toEqual([
      "Candidate",
      "Email",
      "Status",
      "Submitted at",
      "Reviewed at",
      "Total minutes",
    ]);
    const col = (name: string) => {
      const index = header.indexOf(name);
      expect(index, `CSV column "${name}"`).toBeGreaterThan(-1);
      return index;
    };
    const expected = [
      { email: candidate.email, score: first.score, feedback: feedbackForCandidate },
      { email: invitee.email, score: second.score, feedback: feedbackForInvitee },
    ];
    for (const e of expected) {
      const row = body.find((r) => r[1] === e.email);
      expect(row, `CSV row for ${e.email}`).toBeDefined();
      if (!row) continue;
      expect(row[col("Status")]).toBe("Reviewed");
      expect(row[col("Submitted at")]).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(row[col(`1. Quiz: ${QUIZ} — status`)]).toBe("Done");
      expect(row[col(`1. Quiz: ${QUIZ} — score`)]).toBe(e.score);
      expect(row[col(`1. Quiz: ${QUIZ} — max score`)]).toBe("10");
      expect(row[col(`2. Lab scenario: ${LAB} — status`)]).toBe("Done");
      expect(row[col("Feedback")]).toBe(e.feedback);
    }
    expect(body.find((r) => r[1] === invitee.email)?.[0]).toBe(invitee.name);
  });

  await test.step("each candidate reads their own feedback; the teach pages stay not-found for them", async () => {
    for (const [page, feedback] of [
      [candidatePage, feedbackForCandidate],
      [inviteePage, feedbackForInvitee],
    ] as const) {
      const inbox = new AssignmentInbox(page);
      await inbox.open();
      await expect(inbox.entry(title)).toContainText("Reviewed");
      await inbox.openAssignment(title);
      await expect(new AssignmentPage(page).feedback()).toContainText(feedback);
    }
    expect((await candidatePage.goto(path))?.status()).toBe(404);
    await expect(candidatePage.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
    await expect(candidatePage.getByText(title)).toHaveCount(0);
    expect((await candidatePage.request.get(`${path}/export.csv`)).status()).toBe(404);
  });
});

const PROMPT = "Design a URL shortener";
/** The interviewer's levels: a mean of 20 / 6, which reads "3.3 / 4" everywhere. */
const FIRST_HALF = { Requirements: 3, "High-level design": 4, "Data and replication choices": 3 };
const SECOND_HALF = { "Deep dive": 4, "Failure handling and trade-offs": 3, Communication: 3 };

test("an interviewer scores a mock-interview item on the rubric beside the candidate's self-scores; a partial rubric is refused and the draft keeps the levels; the candidate reads them", async ({
  browser,
}) => {
  // Two people, an interview and two reloads on a loaded machine.
  test.setTimeout(240_000);
  const interviewer = demoAccount("interviewer");
  const candidate = demoAccount("candidate");
  const title = `Rubric drill ${Date.now().toString(36)}`;
  const teachPage = await (await browser.newContext()).newPage();
  const candidatePage = await (await browser.newContext()).newPage();
  const teach = new TeachPages(teachPage);
  const assignment = new AssignmentPage(candidatePage);
  // Leaving with an unsent review draft asks first (nothing-lost.spec.ts checks that): here the answer is always yes.
  teachPage.on("dialog", (dialog) => void dialog.accept());

  const path = await test.step("the interviewer assigns one mock interview", async () => {
    await new AuthPages(teachPage).signIn(interviewer.email, interviewer.password);
    await expect(teachPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
    return teach.createInterview({ title, due: dueIn(7), prompt: PROMPT, emails: [candidate.email] });
  });

  await test.step("the candidate does the interview, scores themself 2 everywhere and submits", async () => {
    await new AuthPages(candidatePage).signIn(candidate.email, candidate.password);
    await expect(candidatePage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
    await candidatePage.goto(path.replace("/teach", ""));
    await assignment.startItem(1, PROMPT);
    await candidatePage.getByRole("link", { name: "Continue in the interview room" }).click();
    const room = new CandidateRoom(candidatePage);
    await room.start();
    await room.write("Base62 ids from a counter per shard; reads from followers, writes to the leader.");
    await room.waitUntilSaved();
    await room.finish();
    await room.scoreAll("Self-assessment", 2);
    await candidatePage.getByRole("button", { name: "Save and reveal the model outline" }).click();
    await expect(room.outline()).toBeVisible();
    await candidatePage.goto(path.replace("/teach", ""));
    await assignment.submit();
  });

  await test.step("the interviewer sees a rubric, not a points box, with the candidate's self-score beside each dimension", async () => {
    await teach.openSubmission(path, candidate.email);
    await expect(teach.rubric(1)).toBeVisible();
    await expect(teach.rubric(1).getByRole("spinbutton")).toHaveCount(0);
    await expect(teach.rubricDimension(1, "Deep dive")).toHaveAccessibleDescription(
      "The candidate's self-score: level 2.",
    );
    // The drill-down names the self-scored dimensions by their titles.
    await expect(teach.submissionItem(1)).toContainText("2.0 / 4 on average over 6 of 6 dimensions");
    await expect(teach.submissionItem(1)).toContainText("Failure handling and trade-offs: level 2 / 4");
  });

  await test.step("half a rubric is refused, naming the dimensions left out, and nothing is saved", async () => {
    await teach.scoreRubric(1, FIRST_HALF);
    await teach.sendFeedback("Solid capacity numbers; go deeper on failover.");
    await expect(teachPage.getByRole("alert").filter({ hasText: "pick a level for" })).toContainText(
      "Deep dive, Failure handling and trade-offs and Communication",
    );
    // What was picked comes back with the refusal.
    await expect(teach.rubricDimension(1, "High-level design").getByRole("radio", { name: /level 4,/ })).toBeChecked();
    await new AccessibilityAudit(teachPage).expectNoViolationsAtEverySize("the review form with a rubric and an error");
    await teachPage.goto(path);
    await expect(teach.row(candidate.email)).toContainText("Submitted");
  });

  await test.step("the chosen levels survive a reload as a draft, and the full rubric saves", async () => {
    await teach.openSubmission(path, candidate.email);
    await teach.scoreRubric(1, { ...FIRST_HALF, ...SECOND_HALF });
    await teachPage.getByLabel(/^Your feedback/).fill("Solid capacity numbers; go deeper on failover.");
    await teachPage.reload();
    for (const [dimension, level] of Object.entries({ ...FIRST_HALF, ...SECOND_HALF }))
      await expect(
        teach.rubricDimension(1, dimension).getByRole("radio", { name: new RegExp(`level ${level},`) }),
      ).toBeChecked();
    await teach.sendFeedback("Solid capacity numbers; go deeper on failover.");
    await expect(
      teachPage.getByRole("status").filter({ hasText: "Saved. The submission is marked reviewed." }),
    ).toBeVisible();
    await expect(teach.submissionItem(1)).toContainText("3.3 / 4");
    await teachPage.goto(path);
    await expect(teach.row(candidate.email)).toContainText("3.3 / 4");
  });

  await test.step("the candidate reads the mean and the interviewer's level on every dimension", async () => {
    await candidatePage.goto(path.replace("/teach", ""));
    await expect(assignment.itemRow(1, PROMPT)).toContainText(/Score 3\.3 \/ 4 from /);
    await assignment.viewItem(1, PROMPT);
    const rubric = candidatePage.getByRole("region", { name: /rubric: 3\.3 \/ 4$/ });
    await expect(rubric).toContainText("Deep dive: level 4 / 4");
    await expect(rubric).toContainText("Requirements: level 3 / 4");
    await expect(rubric).toContainText("Communication: level 3 / 4");
    await new AccessibilityAudit(candidatePage).expectNoViolationsAtEverySize("a reviewed interview item's rubric");
  });
});
