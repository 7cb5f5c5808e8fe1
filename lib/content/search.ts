import MiniSearch from "minisearch";
import { getLessons } from "./lessons";
import { SEARCH_OPTIONS, type SearchDocument } from "./search-options";

export function searchDocuments(): SearchDocument[] {
  return getLessons().flatMap((lesson) =>
    lesson.sections.map((section, index) => ({
      id: `${lesson.slug}#${section.headingId || index}`,
      slug: lesson.slug,
      lessonTitle: lesson.title,
      headingId: section.headingId,
      heading: section.heading || lesson.title,
      text: section.text,
    })),
  );
}

/** The serialised MiniSearch index of every lesson section, built once at build time. */
export function buildSearchIndex(): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments());
  return JSON.stringify(index);
}
