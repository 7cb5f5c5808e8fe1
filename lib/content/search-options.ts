import type { Options } from "minisearch";

/** What a search result is: the header's search groups its results by these. */
export const SEARCH_KINDS = ["lesson", "quiz", "scenario", "interview"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  lesson: "Lessons",
  quiz: "Quizzes",
  scenario: "Lab scenarios",
  interview: "Interview prompts",
};

/**
 * The longest stretch of a document kept for snippets (the longest section
 * today has 3,500 characters): the index stays bounded however sections grow.
 */
export const SNIPPET_SOURCE_CHARS = 4000;
/** The longest query the search reads; longer input is cut before any work. */
export const MAX_QUERY_CHARS = 100;

/** One searchable unit (a lesson section, a quiz, a lab scenario, an interview prompt): what a result links to. */
export interface SearchDocument {
  readonly id: string;
  readonly kind: SearchKind;
  readonly href: string;
  /** The lesson, quiz, scenario or prompt. */
  readonly title: string;
  /** The section within it, or "" when the document is the whole thing. */
  readonly heading: string;
  /** Every searchable word (not stored in the index). */
  readonly text: string;
  /** The start of `text`, stored for the snippet shown under a result. */
  readonly excerpt: string;
}

/** Shared by the build (index) and the browser (loadJSON): both sides must agree. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "heading", "text"],
  storeFields: ["kind", "href", "title", "heading", "excerpt"],
  searchOptions: { boost: { title: 3, heading: 2 }, prefix: true, fuzzy: 0.15, combineWith: "AND" },
};
