import { readFileSync } from "node:fs";
import { lessonSlugs } from "@/lib/content/lessons";
import { demoAccount } from "./fixtures/accounts";
import { expect, test } from "./fixtures/pages";

/** Every Content-Security-Policy refusal the browser reports on a page, so a policy that breaks the app fails here. */
function watchPolicyViolations(page: import("@playwright/test").Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|create|connect)/i.test(message.text()))
      seen.push(`${page.url()}: ${message.text()}`);
  });
  return seen;
}

test("pages carry a nonce policy, refuse framing and sniffing, and keep the referrer to the origin", async ({
  request,
}) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Served over plain http here (NEXTAUTH_URL says so): no HSTS, no upgrade.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(policy).not.toContain("upgrade-insecure-requests");
  // A fresh nonce per request.
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toBe(policy);
});

test("a lesson page stays static and still refuses framing; API answers are never sniffed", async ({ request }) => {
  const slug = lessonSlugs()[0] ?? "";
  const lesson = await request.get(`/learn/${slug}`);
  expect(lesson.status()).toBe(200);
  const policy = lesson.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("'nonce-");
  const api = await request.get("/api/auth/session");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the app works under its policy: theme, lessons, the lab and a signed-in dashboard report no refusals", async ({
  page,
  auth,
}) => {
  const violations = watchPolicyViolations(page);
  await page.goto("/");
  await page.goto(`/learn/${lessonSlugs()[0] ?? ""}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/lab");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const account = demoAccount("candidate");
  await auth.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  expect(violations).toEqual([]);
});

test("signing in with a tab-smuggled callback stays on this site", async ({ page, baseURL }) => {
  const account = demoAccount("candidate");
  await page.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fphish");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  // Signed in, a control or non-ASCII callback sends the reader home instead of failing with 500.
  for (const raw of ["%2F%0Aevil", "%2F%C3%A9t%C3%A9", "%2F%09%2Fevil.example"]) {
    const response = await page.goto(`/sign-in?callbackUrl=${raw}`);
    expect(response?.status()).toBeLessThan(500);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  }
});

test("a server action refuses a body over its limit with 413", async ({ request, baseURL }) => {
  // The join form's action, as this build named it; Next counts the bytes while reading, before decoding.
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const actionId =
    Object.entries(manifest.node).find(([, action]) => action.exportedName === "joinCohortAction")?.[0] ?? "";
  expect(actionId).not.toBe("");
  const post = (size: number) =>
    request.post("/join", {
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", origin: baseURL ?? "" },
      data: JSON.stringify([{ error: null, code: "" }, "x".repeat(size)]),
    });
  expect((await post(600 * 1024)).status()).toBe(413);
  expect((await post(10)).status()).toBeLessThan(500);
});
