import { componentSpecs } from "./component-registry";

export interface LessonTemplateOptions {
  /** The next free order (one past the last lesson's), so the template checks clean as a new lesson. */
  readonly order: number;
  /** A lesson that comes before, named as the prerequisite. */
  readonly prerequisite?: string;
}

/**
 * A new lesson's skeleton: the frontmatter content/README.md documents and the registry's own examples of the
 * embeds, so it passes content:check's rules as it stands (lesson-template.test.ts holds it to that).
 */
export function lessonTemplate({ order, prerequisite }: LessonTemplateOptions): string {
  const examples = componentSpecs({ quizIds: [] });
  return [
    "---",
    "title: My topic",
    "slug: my-topic",
    `order: ${order}`,
    "summary: One or two sentences for the track page and search.",
    "objectives:",
    "  - What the reader can do afterwards",
    "  - Another objective",
    `prerequisites: [${prerequisite ?? ""}]`,
    "estimatedMinutes: 30",
    "concepts: [replication, my-topic]",
    "track: leader-based",
    "---",
    "",
    "## What goes wrong",
    "",
    "Say it in your own words: the seeds folder holds facts, not sentences.",
    "",
    examples.Simulation.example,
    "",
    "## What to say in an interview",
    "",
    examples.InterviewLine.example,
    "",
    examples.Callout.example,
    "",
    examples.Quiz.example,
    "",
  ].join("\n");
}
