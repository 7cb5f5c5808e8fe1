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
