import { newCandidate } from "./fixtures/accounts";
import { expect, test } from "./fixtures/lessons";

test("a visitor walks the track: lesson 1, next to lesson 2, and a contents link jumps to its section", async ({
  page,
  lessons,
}) => {
  await lessons.openTrack();
  await expect(page.getByRole("link", { name: "Lessons", exact: true }).first()).toBeVisible();
  await lessons.lessonLink("Why replicate, and how a single leader does it").click();
  await expect(lessons.heading()).toHaveText("Why replicate, and how a single leader does it");
  await expect(page.getByText("Reading time:")).toBeVisible();

  await lessons.followNext();
  await expect(page).toHaveURL(/\/learn\/failover-and-fencing$/);
  await expect(lessons.heading()).toHaveText("Failover, split brain and fencing");

  await lessons.tableOfContents().getByRole("link", { name: "Fencing with epochs" }).click();
  await expect(page).toHaveURL(/#fencing-with-epochs$/);
  await expect(page.getByRole("heading", { level: 2, name: "Fencing with epochs" })).toBeInViewport();
  await expect(lessons.tableOfContents().getByRole("link", { name: "Fencing with epochs" })).toHaveAttribute(
    "aria-current",
    "location",
  );
});

test("every lesson in the track renders and hydrates without a page error", async ({ page, lessons }) => {
  // A block written inside a paragraph once made the Galera lesson fail to hydrate, which swallowed a click.
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  await lessons.openTrack();
  const hrefs = await page
    .getByRole("list", { name: "Lessons in order" })
    .getByRole("link")
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href") ?? ""))]);
  expect(hrefs.filter((href) => href.startsWith("/learn/")).length).toBeGreaterThanOrEqual(8);
  for (const href of hrefs.filter((h) => h.startsWith("/learn/"))) {
    await page.goto(href, { waitUntil: "networkidle" });
    await expect(lessons.heading()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test("search finds a lesson by a term from its body and opens the section", async ({ page, lessons }) => {
  await lessons.openTrack();
  const results = await lessons.search("Merkle");
  await expect(results.first()).toContainText("Leaderless replication and quorums");
  // The first result is selected as the results appear: Enter opens it.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn\/leaderless-replication#/);
});

test("a lesson's simulator loads as the reader scrolls to it, in the place its picture held", async ({
  page,
  lessons,
}) => {
  await page.goto("/learn/single-leader-replication");
  const simulation = lessons.simulation();
  // Far below the fold: only the picture of the cluster's first frame, no lab yet.
  await expect(simulation.getByTestId("lab-poster")).toBeAttached();
  await expect(simulation.getByRole("toolbar", { name: "Playback" })).toHaveCount(0);
  const heightBefore = (await simulation.boundingBox())?.height ?? 0;

  await simulation.scrollIntoViewIfNeeded();
  await expect(simulation.getByRole("toolbar", { name: "Playback" })).toBeVisible();
  await expect(simulation.getByTestId("lab-poster")).toHaveCount(0);
  const heightAfter = (await simulation.boundingBox())?.height ?? 0;
  expect(Math.abs(heightAfter - heightBefore)).toBeLessThan(heightBefore * 0.1);
  await simulation.getByRole("button", { name: "+1 s" }).click();
  await expect(simulation.getByTestId("virtual-time")).not.toHaveText("t = 0.000 s");
});

test("a lesson marked complete stays complete after signing out and back in", async ({ page, auth, lessons }) => {
  const candidate = newCandidate();
  await auth.signUp(candidate);
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/learn/single-leader-replication");
  await lessons.completionButton().click();
  await expect(lessons.completionButton()).toHaveAttribute("aria-pressed", "true");

  await auth.signOut();
  await auth.signIn(candidate.email, candidate.password);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(lessons.dashboardProgress()).toHaveText("1 of 8 lessons completed");

  await lessons.openTrack();
  await expect(lessons.trackProgress()).toHaveText("1 of 8 lessons completed");
  await expect(lessons.lessonCard("Why replicate, and how a single leader does it")).toContainText("Completed");
  await page.goto("/learn/single-leader-replication");
  await expect(lessons.completionButton()).toHaveAttribute("aria-pressed", "true");
});
