import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent } from "./check";
import { formatDiagnostic } from "./diagnostics";
import { readmeDiagnostics } from "./docs";
import { contentCheckInput } from "./sources";

const real = contentCheckInput();
const LESSONS = "tests/fixtures/content/lessons";
const QUIZZES = "tests/fixtures/content/quizzes";
const read = (path: string) => ({ path, source: readFileSync(path, "utf8") });

function withLesson(name: string): string[] {
  return checkContent({ ...real, lessons: [...real.lessons, read(`${LESSONS}/${name}`)] }).map(formatDiagnostic);
}

function withQuiz(name: string): string[] {
  return checkContent({ ...real, quizzes: [...real.quizzes, read(`${QUIZZES}/${name}`)] }).map(formatDiagnostic);
}

describe("content:check on the real content", () => {
  it("finds no problems in content/ or its README", () => {
    expect(checkContent(real).map(formatDiagnostic)).toEqual([]);
    expect(readmeDiagnostics()).toEqual([]);
  });
});

describe("content:check reports each kind of mistake as file:line: message", () => {
  const cases: [string, string][] = [
    ["82-no-frontmatter.mdx", "1: missing frontmatter (a --- block at the top of the file)"],
    ["83-missing-summary.mdx", '2: frontmatter: missing required field "summary"'],
    ["84-bad-frontmatter.mdx", '4: frontmatter "order": Invalid input: expected number, received string'],
    ["79-wrong-file-name.mdx", "3: file name must be NN-right-slug.mdx to match the slug"],
    [
      "91-single-leader-replication.mdx",
      '3: duplicate slug "single-leader-replication" (already used by content/lessons/01-single-leader-replication.mdx)',
    ],
    [
      "92-duplicate-order.mdx",
      "4: duplicate order 1 (already used by content/lessons/01-single-leader-replication.mdx)",
    ],
    ["85-unknown-prerequisite.mdx", '11: prerequisite "no-such-lesson" is not a lesson slug'],
    ["93-broken-lesson-link.mdx", '18: broken link "/learn/no-such-lesson": no lesson with slug "no-such-lesson"'],
    [
      "94-broken-anchor.mdx",
      '18: broken link "/learn/single-leader-replication#no-such-heading": no heading "no-such-heading" in lesson "single-leader-replication"',
    ],
    ["86-same-page-anchor.mdx", '18: broken link "#no-such-section": no heading "no-such-section" in this lesson'],
    ["95-missing-image.mdx", '18: missing image "/images/no-such-diagram.svg" (expected under public/)'],
    [
      "96-unknown-component.mdx",
      "18: unknown component <Flowchart> (registered: Simulation, Quiz, InterviewLine, Callout, Diagram)",
    ],
    ["97-unknown-scenario.mdx", '18: <Simulation> prop "scenario": "no-such-scenario" is not a known scenario'],
    ["98-unknown-quiz.mdx", '18: <Quiz> prop "id": "no-such-quiz" is not a known quiz'],
    ["99-bad-controls.mdx", '18: <Simulation> prop "controls.0": "teleport" is not a known lab control'],
    ["89-non-literal-prop.mdx", '18: <Simulation> prop "controls": CallExpression is not a literal'],
    ["88-missing-prop.mdx", '18: <Diagram>: missing required prop "name"'],
    [
      "78-inline-component.mdx",
      "16: <Diagram> must stand on its own lines, with a blank line before and after it, not inside a paragraph",
    ],
    ["87-empty-interview-line.mdx", "18: <InterviewLine> needs content between its tags"],
    ["81-no-quiz.mdx", "1: lesson embeds no <Quiz>"],
    ["80-mdx-syntax.mdx", "18: MDX syntax: Expected a closing tag for `<Callout>`"],
  ];

  it.each(cases)("%s", (name, expected) => {
    expect(withLesson(name)).toEqual([`${LESSONS}/${name}:${expected}`]);
  });

  it("checks quiz files against their schema", () => {
    expect(withQuiz("short-quiz.yaml")).toEqual([
      `${QUIZZES}/short-quiz.yaml:6: quiz field "prompts": Too small: expected array to have >=3 items`,
    ]);
  });

  it("checks that a question's readMore points at an existing lesson heading", () => {
    expect(withQuiz("broken-read-more.yaml")).toEqual([
      `${QUIZZES}/broken-read-more.yaml:19: readMore "/learn/single-leader-replication#no-such-heading": no heading "no-such-heading" in lesson "single-leader-replication"`,
    ]);
  });

  it("checks that a quiz belongs to an existing lesson", () => {
    expect(withQuiz("broken-quiz.yaml")).toEqual([
      `${QUIZZES}/broken-quiz.yaml:2: quiz lesson "no-such-lesson" is not a lesson slug`,
    ]);
  });
});
