import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "./check";
import { COMPONENT_NAMES } from "./component-registry";
import { PASTED_FILE, previewLessonText, type LessonPreviewReport } from "./lesson-preview";
import { LESSON_PREVIEW_LIMITS, lessonPreviewInputSchema } from "./lesson-preview-limits";
import { lessonTemplate } from "./lesson-template";
import { contentCheckInput } from "./sources";

const real = contentCheckInput();
const template = lessonTemplate({ order: 99, prerequisite: "single-leader-replication" });

/** The template with some of its (1-based) lines replaced, as an author would edit it. */
function edited(lines: Record<number, string>): string {
  return template
    .split("\n")
    .map((line, index) => lines[index + 1] ?? line)
    .join("\n");
}

function preview(source: string, fileName?: string): LessonPreviewReport {
  return previewLessonText(fileName === undefined ? { source } : { source, fileName }, real);
}

const problems = (report: LessonPreviewReport) =>
  report.diagnostics.map(({ line, column, message }) => ({ line, column, message }));

describe("the authoring preview's check of a lesson's text", () => {
  it("passes the page's template as it stands, and would render it", () => {
    expect(preview(template)).toEqual({ diagnostics: [], unlisted: 0, notRendered: null, highlight: true });
  });

  it("puts a bad frontmatter value at its line and column", () => {
    expect(problems(preview(edited({ 4: "order: first" })))).toEqual([
      { line: 4, column: 8, message: 'frontmatter "order": Invalid input: expected number, received string' },
    ]);
  });

  it("puts an unknown component where its tag starts and names the registered ones", () => {
    expect(problems(preview(edited({ 17: "Here is a <Flowchart /> of it." })))).toEqual([
      {
        line: 17,
        column: 11,
        message: `unknown component <Flowchart> (registered: ${COMPONENT_NAMES.join(", ")})`,
      },
    ]);
  });

  it("reports a JavaScript expression, an import and an export at their lines instead of running them", () => {
    const source = edited({
      17: [
        'import fs from "node:fs"',
        "",
        "Two and two make {globalThis.leaked = 2 + 2}.",
        "",
        "export const leaked = process.exit(1)",
      ].join("\n"),
    });
    expect(problems(preview(source))).toEqual([
      { line: 17, column: 1, message: "import/export is not allowed in lessons: components come from the registry" },
      { line: 19, column: 18, message: "JavaScript expressions are not allowed in lesson text" },
      { line: 21, column: 1, message: "import/export is not allowed in lessons: components come from the registry" },
    ]);
    expect(globalThis).not.toHaveProperty("leaked");
  });

  it("reports an MDX syntax error at its line and column and does not render", () => {
    const report = preview(edited({ 17: "An attribute <Callout kind='note> never closes." }));
    expect(problems(report)).toEqual([
      {
        line: 17,
        column: 48,
        message: "MDX syntax: Unexpected end of file in attribute value, expected a corresponding closing quote `'`",
      },
    ]);
    expect(report.notRendered).toMatch(/does not parse/);
  });

  it("checks an uploaded file under its name, and in place of the lesson of that name", () => {
    expect(problems(preview(template, "my-topic.md"))).toEqual([
      { line: 3, column: 7, message: "file name must be NN-my-topic.mdx to match the slug" },
    ]);
    const lesson = real.lessons[0];
    if (!lesson) throw new Error("no lessons in content/");
    expect(problems(preview(lesson.source, basename(lesson.path)))).toEqual([]);
    // Pasted without its name, the same text is a second lesson with the first one's slug and order.
    expect(preview(lesson.source).diagnostics.map((d) => d.message)).toEqual([
      `duplicate slug "single-leader-replication" (already used by ${lesson.path})`,
      `duplicate order 1 (already used by ${lesson.path})`,
    ]);
  });

  it("refuses text over the size limit before checking anything, counting UTF-8 bytes", () => {
    const limit = LESSON_PREVIEW_LIMITS.bytes;
    const refusal = (source: string) => {
      const result = lessonPreviewInputSchema.safeParse({ source });
      return result.success ? null : result.error.issues.map((issue) => issue.message);
    };
    expect(refusal("a".repeat(limit))).toBeNull();
    expect(refusal("a".repeat(limit + 1))).toEqual([
      "This text is 65 kB; the preview takes at most 64 kB (the longest lesson is about 24 kB). Nothing was checked.",
    ]);
    // Fewer characters than the limit, but two bytes each.
    expect(refusal("é".repeat(limit / 2 + 1))).toEqual([
      "This text is 65 kB; the preview takes at most 64 kB (the longest lesson is about 24 kB). Nothing was checked.",
    ]);
  });

  it("reports a shape the parser is slow on at its line without parsing it", () => {
    // 20,000 nested block quotes: the parser overflows its stack after seconds of work on this.
    const report = preview(`${template}\n${"> ".repeat(20_000)}deep\n`);
    expect(report.diagnostics).toEqual([
      {
        file: PASTED_FILE,
        line: 33,
        message: `this block runs over ${LESSON_PREVIEW_LIMITS.blockCharacters.toLocaleString("en-GB")} characters without a blank line, the preview's limit: split it with blank lines`,
      },
      {
        file: PASTED_FILE,
        line: 33,
        message: `this line is indented 0 columns and opens 20,000 quotes or list items; the preview takes at most ${LESSON_PREVIEW_LIMITS.indent} columns and ${LESSON_PREVIEW_LIMITS.nesting} levels`,
      },
    ]);
    expect(report.notRendered).toBe("The text is outside the preview's limits, so it was not parsed.");
    const long = preview(`${template}\n${"*a ".repeat(2_500)}\n`);
    expect(problems(long).map((problem) => problem.line)).toEqual([33, 33]);
  });

  it("lists at most the diagnostics limit and counts the rest", () => {
    const links = Array.from({ length: 300 }, (_, i) => `[link ${i}](/learn/nowhere-${i})`).join("\n\n");
    const report = preview(`${template}\n${links}\n`);
    expect(report.diagnostics).toHaveLength(LESSON_PREVIEW_LIMITS.diagnostics);
    expect(report.unlisted).toBe(300 - LESSON_PREVIEW_LIMITS.diagnostics);
  });
});

describe("the preview and content:check report the same problems", () => {
  it("for every fixture lesson, at the same lines", () => {
    const dir = "tests/fixtures/content/lessons";
    const fixtures = readdirSync(dir).map((name) => ({
      path: join(dir, name),
      source: readFileSync(join(dir, name), "utf8"),
    }));
    const input = { ...real, lessons: [...real.lessons, ...fixtures] };
    const all = checkContent(input);
    for (const fixture of fixtures) {
      const fromCheck = all
        .filter((diagnostic) => diagnostic.file === fixture.path)
        .map(({ line, column, message }) => ({ line, column, message }));
      const fromPreview = previewLessonText({ source: fixture.source, fileName: basename(fixture.path) }, input);
      expect(problems(fromPreview), fixture.path).toEqual(fromCheck);
      expect(fromCheck.length, fixture.path).toBeGreaterThan(0);
    }
  });
});
