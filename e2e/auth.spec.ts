import { newCandidate } from "./fixtures/accounts";
import { expect, test } from "./fixtures/pages";

test("a visitor learns what Quorum is and can sign up from the landing page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Understand replication by breaking it.");
  await page.getByRole("link", { name: "Create a free account" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a new candidate signs up, signs out, signs back in and sees the dashboard", async ({ page, auth, dashboard }) => {
  const user = newCandidate();
  await auth.signUp(user);
  // The first dashboard a fresh server renders can take over 10 s on a busy machine (seen: 10.5 s); other specs allow
  // 30 s too.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await expect(dashboard.heading()).toContainText(user.name);

  await auth.signOut();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await auth.signIn(user.email.toUpperCase(), user.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(dashboard.heading()).toContainText(user.name);
  await expect(page.getByText(`Signed in as ${user.email}`).filter({ visible: true })).toBeVisible();
});

test("a signed-out visitor is sent to sign-in from a protected page, and back after signing in", async ({
  page,
  auth,
}) => {
  const user = newCandidate();
  await auth.signUp(user);
  await auth.signOut();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign-up explains each bad field next to it and creates nothing", async ({ page, auth }) => {
  await page.goto("/sign-up");
  await expect(page.getByText(/^At least 12 characters, and not easy to guess/)).toBeVisible();
  await auth.signUp({ name: "Bob", email: "not-an-email", password: "short" });
  await expect(page.getByText("Enter a valid email address, like ada@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);

  // A long but common password is refused with the reason.
  await auth.signUp({ name: "Bob", email: "bob@example.com", password: "password1234" });
  await expect(
    page.getByText("This password is too easy to guess: it is a small change to a common password.", { exact: false }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  const taken = newCandidate();
  await auth.signUp(taken);
  await expect(page).toHaveURL(/\/dashboard$/);
  await auth.signOut();
  // A taken email is answered like a new one; only the sign-in that follows fails, with a message that fits both cases.
  await auth.signUp({ ...taken, email: taken.email.toUpperCase(), password: "another long passphrase" });
  await expect(
    page.getByText("If you already have an account, sign in with the password you chose for it."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a wrong password and an unknown email get the same message", async ({ page, auth }) => {
  const user = newCandidate();
  await auth.signUp(user);
  await auth.signOut();

  await auth.signIn(user.email, "wrong password here");
  await expect(auth.alert()).toHaveText("The email or password is wrong.");
  await auth.signIn("nobody.here@example.com", "wrong password here");
  await expect(auth.alert()).toHaveText("The email or password is wrong.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-up endpoint answers bad input with 400 and field errors", async ({ request, baseURL }) => {
  const origin = baseURL ?? "";
  const bad = await request.post("/api/account", {
    data: { name: "", email: "nope", password: "123" },
    headers: { origin },
  });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { fieldErrors?: unknown }).fieldErrors).toEqual({
    name: "Enter your name.",
    email: "Enter a valid email address, like ada@example.com.",
    password: "Use at least 12 characters.",
  });
  // A cross-site form can post text/plain without a preflight; only JSON from our own pages is read.
  const notJson = await request.post("/api/account", {
    data: "name=x",
    headers: { "content-type": "text/plain", origin },
  });
  expect(notJson.status()).toBe(415);
  const foreign = await request.post("/api/account", {
    data: { name: "Eve", email: "eve@example.com", password: "correct horse battery" },
    headers: { origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);
});
