import { demoAccount } from "./fixtures/accounts";
import { CandidateRoom, InterviewerRoom, InterviewPages } from "./fixtures/interview";
import { AuthPages, expect, test } from "./fixtures/pages";

test("an interviewer leads a session: live notes, an injected fault, scores and feedback; outsiders get 404", async ({
  browser,
}) => {
  // Three signed-in contexts, two of them running the Galera lab live, on a machine shared with the server.
  test.setTimeout(150_000);
  const interviewerContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  const outsiderContext = await browser.newContext();
  const interviewerPage = await interviewerContext.newPage();
  const candidatePage = await candidateContext.newPage();
  const outsiderPage = await outsiderContext.newPage();

  const interviewer = demoAccount("interviewer");
  await new AuthPages(interviewerPage).signIn(interviewer.email, interviewer.password);
  await expect(interviewerPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  const sessionUrl = await new InterviewPages(interviewerPage).create(/3-node Galera cluster/, { led: true });
  const code = (await new InterviewPages(interviewerPage).joinCode().textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{8}$/);

  // Any role can take an interview as the candidate; the demo author does here.
  const taker = demoAccount("author");
  await new AuthPages(candidatePage).signIn(taker.email, taker.password);
  await expect(candidatePage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  // Opening the link takes nothing: another signed-in visitor who only opens it leaves the seat free.
  const outsider = demoAccount("admin");
  await new AuthPages(outsiderPage).signIn(outsider.email, outsider.password);
  await expect(outsiderPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  expect((await outsiderPage.goto(`/interviews/join/${code}`))?.status()).toBe(200);
  await new InterviewPages(candidatePage).join(code);
  await expect(candidatePage).toHaveURL(sessionUrl);
  const candidate = new CandidateRoom(candidatePage);
  const room = new InterviewerRoom(interviewerPage);
  // The interviewer runs a led interview's clock; the candidate sees it.
  await expect(candidate.clockStatus()).toHaveText("Not started");
  await room.clock("Start interview");
  await expect(candidate.clockStatus()).toContainText("left", { timeout: 15_000 });
  await candidate.write("Reads or writes? 3 nodes, MariaDB Galera. Every node applies every write-set.");
  await expect(room.liveNotes()).toContainText("Every node applies every write-set", { timeout: 15_000 });

  // A fault injected before the deep dive waits for it, and says so.
  await room.injectFault("Split the cluster: cut node C off from A and B");
  await expect(room.faultStatus("Split the cluster")).toContainText("queued: applies when the deep dive starts");
  await room.clock("Next phase");
  await room.clock("Next phase");
  await expect(candidate.currentPhase()).toContainText("Deep dive", { timeout: 15_000 });
  await expect(candidate.lab()).toBeVisible();
  await expect(candidate.labNotice()).toContainText("Your interviewer injected a fault: Split the cluster", {
    timeout: 15_000,
  });
  await expect(room.faultStatus("Split the cluster")).toContainText("applied in the candidate's lab", {
    timeout: 15_000,
  });
  await expect(room.mirroredLab().locator('[data-node="C"]')).toHaveAttribute("aria-label", /partitioned/, {
    timeout: 15_000,
  });

  // During the deep dive: the interviewer crashes A; both labs show it.
  await room.injectFault("Crash node A");
  await expect(candidate.labNotice()).toContainText("Your interviewer injected a fault: Crash node A", {
    timeout: 15_000,
  });
  await expect(candidate.lab().locator('[data-node="A"]')).toHaveAttribute("aria-label", /crashed/);
  await expect(room.faultStatus("Crash node A")).toContainText("applied in the candidate's lab", { timeout: 15_000 });
  await expect(room.mirroredLab().locator('[data-node="A"]')).toHaveAttribute("aria-label", /crashed/, {
    timeout: 15_000,
  });

  // The candidate sketches beside the notes; the interviewer watches the whiteboard live.
  await candidate.drawRectangle();
  await expect(room.liveWhiteboard()).toHaveAttribute("data-shapes", "1", { timeout: 15_000 });
  // Its hand-drawn font loads from this server (the CSP refuses Excalidraw's CDN).
  const excalifont = await candidatePage.evaluate(() =>
    document.fonts.load("20px Excalifont", "A").then(
      (faces) => faces.map((f) => f.status),
      (error: unknown) => [String(error)],
    ),
  );
  expect(excalifont).toEqual(["loaded"]);

  // The interviewer pauses the clock and adds time; the candidate sees both.
  await room.clock("Pause");
  await expect(candidate.clockStatus()).toHaveText(/^Paused by /, { timeout: 15_000 });
  await room.clock("+5 min");
  await expect(candidatePage.getByTestId("interview-clock")).toContainText("/ 50:00", { timeout: 15_000 });
  await room.clock("Resume");
  await expect(candidate.clockStatus()).toContainText("left", { timeout: 15_000 });

  await room.scoreAll(3, "Clear on write-sets; missed the arbitrator.");
  await room.submitFeedback(
    "Strong on certification.",
    "Good grasp of why Galera does not scale writes. Practise split-brain answers.",
  );
  await expect(candidate.feedback()).toContainText("Practise split-brain answers", { timeout: 15_000 });
  await expect(candidate.feedback()).toContainText("missed the arbitrator");
  await expect(candidatePage.getByText("Strong on certification.")).toHaveCount(0);

  // An admin who is not part of the session is an outsider too.
  const response = await outsiderPage.goto(sessionUrl);
  expect(response?.status()).toBe(404);
  const id = sessionUrl.split("/").pop() ?? "";
  expect((await outsiderPage.request.get(`/api/interviews/${id}`)).status()).toBe(404);
  // The seat is taken: joining with the code reports nothing to join, and the outsider stays outside.
  const outsiderJoin = new InterviewPages(outsiderPage);
  await outsiderJoin.join(code);
  await expect(outsiderJoin.joinError()).toContainText("No interview is waiting for a candidate with this code");
  expect((await outsiderPage.goto(sessionUrl))?.status()).toBe(404);

  await Promise.all([interviewerContext.close(), candidateContext.close(), outsiderContext.close()]);
});
