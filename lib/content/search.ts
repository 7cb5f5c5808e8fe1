import { basename } from "node:path";
import MiniSearch from "minisearch";
import { interviewPrompts } from "./interviews";
import { getLessons, getQuiz } from "./lessons";
import { scenarioCatalog } from "./scenario-catalog";
import { readQuizSources } from "./sources";
import { SEARCH_OPTIONS, SNIPPET_SOURCE_CHARS, type SearchDocument } from "./search-options";

const document = (fields: Omit<SearchDocument, "excerpt">): SearchDocument => ({
  ...fields,
  excerpt: fields.text.slice(0, SNIPPET_SOURCE_CHARS),
});

/**
 * Everything the header's search finds: lesson sections, quizzes (title and
 * review prompts; never the questions' answers or explanations), lab scenarios
 * and interview prompts (the statement a candidate reads; never the rubric).
 */
export function searchDocuments(): SearchDocument[] {
  const lessons = getLessons();
  const lessonSections = lessons.flatMap((lesson) =>
    lesson.sections.map((section, index) =>
      document({
        id: `lesson:${lesson.slug}#${section.headingId || index}`,
        kind: "lesson",
        href: `/learn/${lesson.slug}${section.headingId ? `#${section.headingId}` : ""}`,
        title: lesson.title,
        heading: section.heading,
        text: section.text,
      }),
    ),
  );
  const quizzes = readQuizSources().flatMap((file) => {
    const quiz = getQuiz(basename(file.path).replace(/\.ya?ml$/, ""));
    if (!quiz) return [];
    return document({
      id: `quiz:${quiz.id}`,
      kind: "quiz",
      href: `/quiz/${quiz.id}`,
      title: quiz.title,
      heading: "",
      text: quiz.prompts.join(" "),
    });
  });
  const scenarios = scenarioCatalog.map((scenario) =>
    document({
      id: `scenario:${scenario.id}`,
      kind: "scenario",
      href: `/lab?scenario=${encodeURIComponent(scenario.id)}`,
      title: scenario.title,
      heading: "",
      text: scenario.description,
    }),
  );
  const interviews = interviewPrompts().map((prompt) =>
    document({
      id: `interview:${prompt.slug}`,
      kind: "interview",
      href: `/interviews/new?prompt=${encodeURIComponent(prompt.slug)}`,
      title: prompt.title,
      heading: "",
      text: `${prompt.summary} ${prompt.statement}`,
    }),
  );
  return [...lessonSections, ...quizzes, ...scenarios, ...interviews];
}

/** The serialised MiniSearch index of everything searchable, built once at build time. */
export function buildSearchIndex(): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments());
  return JSON.stringify(index);
}
