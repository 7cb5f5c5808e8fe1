import type { Options } from "minisearch";

/** One searchable section of a lesson: the unit search results link to. */
export interface SearchDocument {
  readonly id: string;
  readonly slug: string;
  readonly lessonTitle: string;
  readonly headingId: string;
  readonly heading: string;
  readonly text: string;
}

/** Shared by the build (index) and the browser (loadJSON): both sides must agree. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["lessonTitle", "heading", "text"],
  storeFields: ["slug", "lessonTitle", "headingId", "heading"],
  searchOptions: { boost: { lessonTitle: 3, heading: 2 }, prefix: true, fuzzy: 0.15, combineWith: "AND" },
};
