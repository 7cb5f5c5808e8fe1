import { demoAccount } from "./fixtures/accounts";
import { expect, test } from "./fixtures/pages";

test("an author previews a lesson: its problems at their lines, a click puts the cursor there, the lesson renders, and the text survives a reload", async ({
  page,
  auth,
}) => {
  const author = demoAccount("author");
  await auth.signIn(author.email, author.password);
  // The first sign-in on a cold server hashes a password on a busy machine: room above the usual wait.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await page.goto("/authoring");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Load the template" }).click();
  const source = page.getByLabel("Lesson MDX");
  const template = await source.inputValue();
  await source.fill(template.replace(/\n## /, '\n<Simulaton scenario="nope" />\n\n{alert(1)}\n\n## '));

  await page.getByRole("button", { name: "Preview", exact: true }).click();
  const unknown = page.getByRole("button", { name: /^Line \d+, column \d+: unknown component <Simulaton>/ });
  await expect(unknown).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: /JavaScript expressions are not allowed/ })).toBeVisible();
  const line = Number(/^Line (\d+)/.exec((await unknown.textContent()) ?? "")?.[1]);
  await unknown.click();
  await expect(source).toBeFocused();
  const caretLine = await source.evaluate(
    (el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split("\n").length,
  );
  expect(caretLine).toBe(line);
  await expect(page.getByRole("heading", { name: "Rendered lesson" })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Lesson MDX")).toHaveValue(/<Simulaton scenario="nope" \/>/);
});
