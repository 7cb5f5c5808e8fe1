import { demoAccount } from "./fixtures/accounts";
import { AuthPages, expect, test } from "./fixtures/pages";
import { Shell } from "./fixtures/shell";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the menu opens from its button, takes focus, and Escape closes it and gives focus back", async ({ page }) => {
    const shell = new Shell(page);
    await page.goto("/learn");
    await expect(shell.menu()).toHaveCount(0);
    await expect(shell.menuButton()).toHaveAttribute("aria-expanded", "false");

    await shell.menuButton().click();
    await expect(shell.menuButton()).toHaveAttribute("aria-expanded", "true");
    await expect(shell.menu().getByRole("link", { name: "Lessons" })).toHaveAttribute("aria-current", "page");
    await expect(shell.menu().getByRole("link", { name: "Lessons" })).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(shell.menu()).toHaveCount(0);
    await expect(shell.menuButton()).toHaveAttribute("aria-expanded", "false");
    await expect(shell.menuButton()).toBeFocused();

    await shell.menuButton().click();
    await shell.menu().getByRole("link", { name: "Lab" }).click();
    await expect(page).toHaveURL(/\/lab/);
    await expect(shell.menu()).toHaveCount(0);
  });

  test("a signed-in candidate's menu holds the candidate's pages and sign-out, on every page", async ({ page }) => {
    const shell = new Shell(page);
    const candidate = demoAccount("candidate");
    await new AuthPages(page).signIn(candidate.email, candidate.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    for (const path of ["/dashboard", "/learn/failover-and-fencing", "/interviews"]) {
      await page.goto(path);
      await shell.menuButton().click();
      for (const label of ["Overview", "Lessons", "Lab", "Interviews", "Review", "Assignments"])
        await expect(shell.menu().getByRole("link", { name: label, exact: true })).toBeVisible();
      await expect(shell.menu().getByRole("link", { name: "Users" })).toHaveCount(0);
      await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
      await page.keyboard.press("Escape");
    }
  });
});

test("Ctrl-K searches lessons, quizzes, lab scenarios and interview prompts from any page, by keyboard alone", async ({
  page,
}) => {
  const shell = new Shell(page);
  await page.goto("/lab");
  const results = await shell.search("fencing token");
  await expect(shell.searchDialog().getByRole("group", { name: "Lessons" })).toBeVisible();
  await expect(shell.searchDialog().getByRole("group", { name: "Quizzes" })).toBeVisible();
  // The snippet marks the words that matched.
  await expect(results.first().locator("mark").first()).toHaveText(/^fencing$/i);

  await page.keyboard.press("Control+a");
  await page.keyboard.type("split brain");
  await expect(shell.searchDialog().getByRole("group", { name: "Lab scenarios" })).toBeVisible();

  await page.keyboard.press("Control+a");
  await page.keyboard.type("Merkle");
  await expect(results.first()).toContainText("Leaderless replication and quorums");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn\/leaderless-replication#/);
  await expect(shell.searchDialog()).toHaveCount(0);

  await page.keyboard.press("Control+k");
  await expect(shell.searchDialog()).toBeVisible();
  await page.keyboard.type("zzqxv");
  await expect(shell.searchDialog()).toContainText("Nothing matches “zzqxv”.");
  await page.keyboard.press("Escape");
  await expect(shell.searchDialog()).toHaveCount(0);
});

test("a lesson's code blocks have a Copy button that copies the code and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/learn/single-leader-replication");
  const progress = page.getByRole("progressbar", { name: "Reading progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "0");
  const copy = page.getByRole("button", { name: "Copy code" }).first();
  await copy.scrollIntoViewIfNeeded();
  await copy.click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("rpl_semi_sync_source_enabled");
  expect(copied).not.toContain("Copy");
  // Scrolled down to the code, the reader is part-way through.
  await expect(progress).not.toHaveAttribute("aria-valuenow", "0");
});

test("a wrong interview code is answered beside the field, like a wrong cohort code", async ({ page }) => {
  const candidate = demoAccount("candidate");
  await new AuthPages(page).signIn(candidate.email, candidate.password);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/join");
  await page.getByLabel("Join code").fill("ZZZZ9999");
  await page.getByRole("button", { name: "Join the cohort" }).click();
  const cohortError = page.locator("form").getByRole("alert");
  await expect(cohortError).toContainText("No cohort has this code");
  await expect(page.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");

  await page.goto("/interviews");
  await page.getByLabel("Join code").fill("zzzz 9999");
  await page.getByRole("button", { name: "Join the interview" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "No interview is waiting for a candidate with this code",
  );
  await expect(page.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Join code")).toHaveValue("zzzz 9999");
  await expect(page).toHaveURL(/\/interviews$/);
});

test("a page that takes a while to load shows a bar along the top until it arrives", async ({ page }) => {
  // Hold the lab's page data back, as a slow server would, until the bar has been seen. The hold is in place before
  // the lessons page loads, so a prefetch of the lab is held too and cannot make the navigation instant.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/lab",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto("/learn");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A click before the page has hydrated would be a plain page load, which no page can show progress for: the search
  // dialog opening from its shortcut says the shell has hydrated.
  const shell = new Shell(page);
  await page.keyboard.press("Control+k");
  await expect(shell.searchDialog()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(shell.searchDialog()).toHaveCount(0);
  const lab = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lab" });
  // The bar's click listener attaches as the shell finishes hydrating; a click it missed is made again.
  await expect(async () => {
    await lab.click();
    await expect(page.getByTestId("navigation-progress")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "Loading the page…" })).toBeAttached();
  release();
  await expect(page).toHaveURL(/\/lab$/);
  await expect(page.getByTestId("navigation-progress")).toHaveCount(0);
});
