import type { Page } from "@playwright/test";
import { newCandidate } from "./fixtures/accounts";
import { CandidateRoom, InterviewPages } from "./fixtures/interview";
import { expect, startQuizAsNewCandidate, test } from "./fixtures/quiz";

/**
 * Issue 18: a database outage must not lose typed answers, and nothing may claim
 * a save that did not happen. The outage is simulated in the browser: every
 * save request fails until the route is lifted; page loads still work.
 */

/** Server actions are POSTs to the page's own URL carrying a Next-Action header. */
async function failServerActions(page: Page, path: RegExp) {
  await page.route(path, (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.abort("connectionrefused")
      : route.continue(),
  );
}

test("quiz answers survive a failed submit and a reload, and go through once the server is back", async ({
  page,
  auth,
  dashboard,
  quiz,
}) => {
  await startQuizAsNewCandidate({ auth, dashboard, quiz }, "failover-and-fencing");

  await quiz.typeNumber("ff-four-nodes", "1");
  await quiz.choose("ff-epoch-fencing", /The component that accepts the write/);
  await failServerActions(page, /\/quiz\/attempts\//);
  await quiz.submit();
  await expect(page.getByTestId("save-status")).toContainText("Not saved — retrying");
  await expect(page.getByTestId("score")).toHaveCount(0);

  // Still down, and the page is reloaded: the typed answers come back from this browser.
  await page.reload();
  await expect(quiz.question("ff-four-nodes").getByRole("textbox", { name: "Answer" })).toHaveValue("1");
  await expect(
    quiz.question("ff-epoch-fencing").getByRole("radio", { name: /The component that accepts the write/ }),
  ).toBeChecked();

  await quiz.submit();
  await expect(page.getByTestId("save-status")).toContainText("Not saved — retrying");
  await page.unroute(/\/quiz\/attempts\//);
  // The retry goes through on its own: no second click.
  await expect(page.getByTestId("score")).toBeVisible({ timeout: 20_000 });
  await expect(quiz.result("ff-four-nodes").getByTestId("verdict").first()).toContainText("Right");
});

test("interview notes typed during an outage stay in the browser, say they are not saved, and sync when it ends", async ({
  page,
  auth,
  dashboard,
}) => {
  await auth.signUp(newCandidate());
  await expect(dashboard.heading()).toBeVisible({ timeout: 30_000 });
  const room = new CandidateRoom(page);
  await new InterviewPages(page).create(/Design the Twitter home timeline/);
  await room.start();
  await room.write("500M tweets/day.");
  await room.waitUntilSaved();

  await page.route(/\/api\/interviews\/[^/]+$/, (route) =>
    route.request().method() === "PUT"
      ? route.fulfill({ status: 503, body: "database unavailable" })
      : route.continue(),
  );
  await room.write("500M tweets/day. Reads outnumber writes about 100 to 1.");
  const status = page.getByTestId("sync-status");
  await expect(status).toHaveAttribute("data-status", "offline", { timeout: 15_000 });
  await expect(status).toContainText("Not saved — retrying");

  // Kept in this browser meanwhile. (No reload here: the page's closing save is sent with keepalive, which the
  // simulated outage cannot stop.)
  expect(await page.evaluate(() => Object.values(window.localStorage).join("\n"))).toContain("about 100 to 1");
  await expect(status).toContainText("Not saved — retrying");

  await page.unroute(/\/api\/interviews\/[^/]+$/);
  await room.waitUntilSaved();
  // The server has it now: a browser without the local copy reads it back.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(room.notes()).toHaveValue(/about 100 to 1/);
});
