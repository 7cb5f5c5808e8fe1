import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { LESSON_PREVIEW_LIMITS } from "../../lib/content/lesson-preview-limits";
import { lessonTemplate } from "../../lib/content/lesson-template";
import { lessonPreview } from "../../lib/db/authoring";
import { db } from "../../lib/db/client";
import { Prisma } from "../../lib/db/generated/sqlite/client";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

// The server action reads the signed-in user through next-auth's session: here, whoever the test says.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("server-only", () => ({}));
vi.mock("next-auth", async (original) => {
  const actual = await original<typeof import("next-auth")>();
  return { ...actual, getServerSession: vi.fn(async () => (session.userId ? { user: { id: session.userId } } : null)) };
});
const { previewLessonAction } = await import("../../app/(account)/authoring/actions");

const template = lessonTemplate({ order: 99, prerequisite: "single-leader-replication" });
/** The template with a JavaScript expression on line 17 and an unknown component on line 19. */
const draft = template
  .replace("Say it in your own words", "Two and two make {2 + 2}. Say it in your own words")
  .replace("<Simulation", "<Flowchart />\n\n<Simulation");

/** Every file under the folders the app could write content to, with its size and modification time. */
function filesUnder(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const { size, mtimeMs } = statSync(path);
        return `${path} ${size} ${mtimeMs}`;
      }),
  );
}

/** Row counts of every table, so a write anywhere shows. */
async function rowCounts(): Promise<Record<string, number>> {
  const client = db() as unknown as Record<string, { count(): Promise<number> }>;
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = client[model.charAt(0).toLowerCase() + model.slice(1)];
    if (!delegate) throw new Error(`no delegate for ${model}`);
    counts[model] = await delegate.count();
  }
  return counts;
}

describe("the authoring preview (lessonPreview)", () => {
  it("refuses candidates and interviewers as if it did not exist", async () => {
    for (const role of ["candidate", "interviewer"] as const) {
      const user = await createTestUser(`Ann ${role}`, role, `${role}@example.com`);
      expect(lessonPreview(user, { source: draft }), role).toBeNull();
    }
  });

  it("gives authors and admins content:check's problems at their lines", async () => {
    for (const role of ["author", "admin"] as const) {
      const user = await createTestUser(`Ada ${role}`, role, `${role}@example.com`);
      const result = lessonPreview(user, { source: draft });
      if (!result?.ok) throw new Error(`${role} was refused: ${JSON.stringify(result)}`);
      expect(
        result.report.diagnostics.map(({ line, column, message }) => ({ line, column, message })),
        role,
      ).toEqual([
        { line: 17, column: 18, message: "JavaScript expressions are not allowed in lesson text" },
        {
          line: 19,
          column: 1,
          message: "unknown component <Flowchart> (registered: Simulation, Quiz, InterviewLine, Callout, Diagram)",
        },
      ]);
      expect(result.report.notRendered).toBeNull();
    }
  });

  it("refuses text over the size limit with a message, and a request that is not a lesson", async () => {
    const author = await createTestUser("Ada", "author");
    expect(lessonPreview(author, { source: "a".repeat(LESSON_PREVIEW_LIMITS.bytes + 1) })).toEqual({
      ok: false,
      error:
        "This text is 65 kB; the preview takes at most 64 kB (the longest lesson is about 24 kB). Nothing was checked.",
    });
    expect(lessonPreview(author, { source: draft, path: "content/lessons/99-x.mdx" })).toMatchObject({ ok: false });
    expect(lessonPreview(author, { source: "" })).toEqual({
      ok: false,
      error: "Paste a lesson or upload a file first.",
    });
  });

  it("writes nothing: no file under content/ or public/, no row in any table", async () => {
    const author = await createTestUser("Ada", "author");
    const files = filesUnder("content", "public");
    const rows = await rowCounts();
    const users = await db().user.findMany({ orderBy: { id: "asc" } });

    for (const fileName of [undefined, "99-my-topic.mdx", "01-single-leader-replication.mdx"])
      expect(lessonPreview(author, fileName ? { source: draft, fileName } : { source: draft })?.ok).toBe(true);

    expect(filesUnder("content", "public")).toEqual(files);
    expect(await rowCounts()).toEqual(rows);
    expect(await db().user.findMany({ orderBy: { id: "asc" } })).toEqual(users);
  });

  it("through the page's action: a candidate is refused, an author sees the problems and the lesson", async () => {
    const candidate = await createTestUser("Alan");
    const author = await createTestUser("Ada", "author");

    session.userId = null;
    expect(await previewLessonAction({ source: draft })).toEqual({
      ok: false,
      message: "Only authors and admins can preview lessons.",
    });
    session.userId = candidate.id;
    expect(await previewLessonAction({ source: draft })).toEqual({
      ok: false,
      message: "Only authors and admins can preview lessons.",
    });

    session.userId = author.id;
    const state = await previewLessonAction({ source: draft });
    if (!state.ok) throw new Error(state.message);
    expect(state.diagnostics.map((diagnostic) => diagnostic.line)).toEqual([17, 19]);
    const html = renderToStaticMarkup(state.lesson);
    expect(html).toContain("Line 19: &lt;Flowchart&gt; is not a lesson component");
    expect(html).toContain('aria-label="Simulation: Replication lag: a stale read"');
  });
});
