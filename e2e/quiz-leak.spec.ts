import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { newCandidate } from "./fixtures/accounts";
import { expect, test } from "./fixtures/quiz";

interface QuizYaml {
  questions?: Array<{ id: string; explanation: string; answer?: unknown }>;
}

/** A distinctive fragment of every explanation in content/quizzes. */
function explanationFragments(): string[] {
  const dir = "content/quizzes";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => (parse(readFileSync(join(dir, f), "utf8")) as QuizYaml).questions ?? [])
    .map((q) => q.explanation.slice(0, 60));
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test("no answer key or explanation reaches the browser before the attempt is submitted", async ({
  page,
  auth,
  dashboard,
  quiz,
}) => {
  const fragments = explanationFragments();
  expect(fragments.length).toBeGreaterThanOrEqual(60);

  const bundles = files(".next/static").filter((f) => f.endsWith(".js"));
  expect(bundles.length).toBeGreaterThan(0);
  for (const file of bundles) {
    const text = readFileSync(file, "utf8");
    for (const fragment of fragments) expect(text.includes(fragment), `${file} contains "${fragment}"`).toBe(false);
  }

  await auth.signUp(newCandidate());
  // The first page of a cold server on a busy machine can take a while.
  await expect(dashboard.heading()).toBeVisible({ timeout: 30_000 });
  await quiz.openFromLesson("galera-certification");
  await quiz.start();
  const html = await page.content();
  const response = await page.request.get(page.url());
  const served = await response.text();
  for (const fragment of fragments) {
    expect(html.includes(fragment), `quiz page shows "${fragment}"`).toBe(false);
    expect(served.includes(fragment), `quiz page HTML/RSC payload contains "${fragment}"`).toBe(false);
  }
  expect(served).not.toMatch(/"correctAnswer"|"answer":"|"key":\{/);
});
