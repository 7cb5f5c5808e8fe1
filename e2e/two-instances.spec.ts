import pg from "pg";
import { newCandidate } from "./fixtures/accounts";
import { HttpClient, PIN_HEADER, SERVED_BY_HEADER, startCluster, type Cluster } from "./fixtures/instances";
import { CandidateRoom, InterviewerRoom, InterviewPages } from "./fixtures/interview";
import { AuthPages, expect, test } from "./fixtures/pages";

/**
 * README: "several app instances can share one PostgreSQL". Two instances of
 * this build on one fresh PostgreSQL database, behind a round-robin proxy:
 * a session started on one continues on the other, the sign-in throttle
 * counts across both, a sign-out on one ends the session on both, and a led
 * interview works with the interviewer on one instance and the candidate on
 * the other.
 */
test.describe.configure({ mode: "serial" });

let cluster: Cluster;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startCluster(2);
});

test.afterAll(async () => {
  await cluster?.stop();
});

async function signUp(user: { name: string; email: string; password: string }, instance: number): Promise<void> {
  const response = await new HttpClient(cluster.url).fetch("/api/account", {
    method: "POST",
    body: JSON.stringify(user),
    headers: { "content-type": "application/json" },
    instance,
  });
  expect(response.status).toBe(201);
}

async function setRole(email: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET role = $1 WHERE email = $2`, [role, email]);
  } finally {
    await client.end();
  }
}

test("a session signed in on one instance continues on the other, and reports the current role", async () => {
  const user = newCandidate();
  await signUp(user, 0);
  const browser = new HttpClient(cluster.url);
  expect(await browser.signIn(user.email, user.password, 0)).toBeNull();
  expect(await browser.sessionUser(1)).toMatchObject({ email: user.email, role: "candidate" });
  const page = await browser.fetch("/dashboard", { instance: 1 });
  expect(page.status).toBe(200);
  expect(page.headers.get(SERVED_BY_HEADER)).toBe("1");
  // A role change shows at once, on either instance, without signing in again.
  await setRole(user.email, "interviewer");
  expect(await browser.sessionUser(0)).toMatchObject({ role: "interviewer" });
  expect(await browser.sessionUser(1)).toMatchObject({ role: "interviewer" });
});

test("the sign-in throttle counts failures on both instances together", async () => {
  const user = newCandidate();
  await signUp(user, 1);
  const guesser = new HttpClient(cluster.url);
  for (let i = 0; i < 5; i++)
    expect(await guesser.signIn(user.email, "not the password at all", i % 2)).toBe("The email or password is wrong.");
  for (const instance of [0, 1])
    expect(await guesser.signIn(user.email, user.password, instance)).toMatch(
      /^Too many failed attempts for this email\. Try again in/,
    );
});

test("signing out on one instance ends the session everywhere, a copied cookie included", async () => {
  const user = newCandidate();
  await signUp(user, 0);
  const browser = new HttpClient(cluster.url);
  expect(await browser.signIn(user.email, user.password, 1)).toBeNull();
  const copy = new HttpClient(cluster.url);
  for (const [name, value] of browser.cookies) copy.cookies.set(name, value);
  expect(await copy.sessionUser(0)).toMatchObject({ email: user.email });

  await browser.signOut(0);
  for (const instance of [0, 1]) {
    expect(await copy.sessionUser(instance)).toBeNull();
    expect((await copy.fetch("/api/interviews/anything", { instance })).status).toBe(401);
  }
  // Signing in again works, and the new session is not affected by the old one.
  const again = new HttpClient(cluster.url);
  expect(await again.signIn(user.email, user.password, 1)).toBeNull();
  expect(await again.sessionUser(0)).toMatchObject({ email: user.email });
});

test("a led interview with the interviewer on one instance and the candidate on the other", async ({ browser }) => {
  test.setTimeout(90_000);
  const interviewer = newCandidate();
  const candidate = newCandidate();
  await signUp(interviewer, 0);
  await signUp(candidate, 1);
  await setRole(interviewer.email, "interviewer");

  const interviewerContext = await browser.newContext({
    baseURL: cluster.url,
    extraHTTPHeaders: { [PIN_HEADER]: "0" },
  });
  const candidateContext = await browser.newContext({ baseURL: cluster.url, extraHTTPHeaders: { [PIN_HEADER]: "1" } });
  const interviewerPage = await interviewerContext.newPage();
  const candidatePage = await candidateContext.newPage();

  await new AuthPages(interviewerPage).signIn(interviewer.email, interviewer.password);
  await expect(interviewerPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  const sessionUrl = await new InterviewPages(interviewerPage).create(/3-node Galera cluster/, { led: true });
  const code = (await new InterviewPages(interviewerPage).joinCode().textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{8}$/);

  await new AuthPages(candidatePage).signIn(candidate.email, candidate.password);
  await expect(candidatePage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await new InterviewPages(candidatePage).join(code);
  await expect(candidatePage).toHaveURL(sessionUrl);
  expect((await candidatePage.reload())?.headers()[SERVED_BY_HEADER]).toBe("1");
  expect((await interviewerPage.reload())?.headers()[SERVED_BY_HEADER]).toBe("0");

  // A led interview's clock is the interviewer's: started on instance 0, seen on instance 1.
  const room = new CandidateRoom(candidatePage);
  const lead = new InterviewerRoom(interviewerPage);
  await lead.clock("Start interview");
  await expect(room.clockStatus()).toContainText("left", { timeout: 15_000 });
  await room.write("Galera certifies each write-set on every node before it commits.");
  await expect(lead.liveNotes()).toContainText("certifies each write-set", { timeout: 15_000 });

  await lead.clock("Next phase");
  await lead.clock("Next phase");
  await expect(room.currentPhase()).toContainText("Deep dive", { timeout: 15_000 });
  await expect(room.lab()).toBeVisible();
  await lead.injectFault("Split the cluster: cut node C off from A and B");
  await expect(room.labNotice()).toContainText("Your interviewer injected a fault: Split the cluster", {
    timeout: 15_000,
  });

  await Promise.all([interviewerContext.close(), candidateContext.close()]);
});
