import { demoAccount, newCandidate } from "./fixtures/accounts";
import { expect, test } from "./fixtures/pages";

test("a candidate renames themselves, cannot take a taken email, changes their password with the current one and signs in with the new one", async ({
  page,
  auth,
  dashboard,
}) => {
  const me = newCandidate();
  await auth.signUp(me);
  await expect(dashboard.heading()).toBeVisible({ timeout: 30_000 });

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
  const profile = page.getByRole("form", { name: "Name and email" });
  await profile.getByLabel("Name").fill("Ada Lovelace");
  await profile.getByRole("button", { name: "Save name and email" }).click();
  await expect(profile.getByRole("status")).toHaveText("Saved: your name and email are updated.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Name and email" }).getByLabel("Name")).toHaveValue("Ada Lovelace");

  // Someone else's email is refused at the field, and nothing changes.
  await profile.getByLabel("Email").fill(demoAccount("admin").email);
  await profile.getByRole("button", { name: "Save name and email" }).click();
  await expect(profile.getByText("An account with this email already exists.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Name and email" }).getByLabel("Email")).toHaveValue(me.email);

  const password = page.getByRole("form", { name: "Password" });
  const fresh = "copper gears hum beneath snow";
  await password.getByLabel("Current password").fill("not my password at all");
  await password.getByLabel("New password").fill(fresh);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("That is not your current password.")).toBeVisible();
  await password.getByLabel("Current password").fill(me.password);
  await password.getByLabel("New password").fill(fresh);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("status")).toHaveText("Password changed: use the new one next time you sign in.");

  await auth.signOut();
  await auth.signIn(me.email, me.password);
  await expect(auth.alert()).toContainText("The email or password is wrong.");
  await auth.signIn(me.email, fresh);
  await expect(dashboard.heading()).toBeVisible();
});

test("an admin finds a user by email, is asked before deactivating them, issues a one-time reset link; the user sets a new password through it, and the link then refuses a second use", async ({
  page,
  auth,
  dashboard,
}) => {
  const user = newCandidate();
  await auth.signUp(user);
  await expect(dashboard.heading()).toBeVisible({ timeout: 30_000 });
  await auth.signOut();

  const admin = demoAccount("admin");
  await auth.signIn(admin.email, admin.password);
  await expect(dashboard.heading()).toBeVisible();
  await page.goto("/admin/users");
  // The server searches: one account matches the new user's email.
  const finder = page.getByRole("search", { name: "Find accounts" });
  await finder.getByRole("searchbox", { name: "Name or email" }).fill(user.email);
  await finder.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 account match.")).toBeVisible();
  // Deactivating asks first and says what it does; dismissing it changes nothing.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("signed out everywhere and cannot sign in");
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: `Deactivate ${user.email}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(user.name) })).toContainText("Active");
  await page.getByRole("button", { name: `Issue a password reset link for ${user.email}` }).click();
  const shown = page.getByTestId("reset-link").getByRole("textbox");
  await expect(shown).toHaveValue(/\/reset\/[\w-]{43}$/);
  const link = await shown.inputValue();
  await auth.signOut();

  const fresh = "copper gears hum beneath snow";
  await page.goto(link);
  await expect(page.getByText(`For ${user.name} (${user.email}). This link works once.`)).toBeVisible();
  await page.getByLabel("New password").fill(fresh);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is set");

  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
  await auth.signIn(user.email, fresh);
  await expect(dashboard.heading()).toBeVisible();
});
