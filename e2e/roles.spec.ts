import { NAV_ENTRIES } from "@/lib/auth/navigation";
import { ROLES } from "@/lib/auth/roles";
import { demoAccount } from "./fixtures/accounts";
import { expect, test } from "./fixtures/pages";

for (const role of ROLES) {
  test(`the demo ${role} signs in and sees the ${role}'s menu`, async ({ page, auth, dashboard }) => {
    const account = demoAccount(role);
    await auth.signIn(account.email, account.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(dashboard.heading()).toBeVisible();
    const menu = dashboard.menu();
    for (const entry of NAV_ENTRIES) {
      const link = menu.getByRole("link", { name: entry.label, exact: true });
      if (entry.roles.includes(role)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
  });
}
