import MiniSearch, { type SearchResult } from "minisearch";
import { SEARCH_OPTIONS, type SearchDocument, type SearchKind } from "@/lib/content/search-options";

/** One result as the dialog shows it: where it goes, what it is, and the words that matched. */
export interface SearchHit {
  readonly id: string;
  readonly kind: SearchKind;
  readonly href: string;
  readonly title: string;
  readonly heading: string;
  readonly excerpt: string;
  readonly terms: readonly string[];
}

// MiniSearch types a result's id and stored fields as any: read back the strings SEARCH_OPTIONS stored.
const hitOf = (result: SearchResult): SearchHit => ({
  id: String(result.id),
  kind: String(result.kind) as SearchKind,
  href: String(result.href),
  title: String(result.title),
  heading: String(result.heading ?? ""),
  excerpt: String(result.excerpt ?? ""),
  terms: [...result.queryTerms, ...result.terms],
});

let loading: Promise<MiniSearch<SearchDocument>> | null = null;

/** The index prebuilt at build time (/search-index.json), fetched once per page load; a failure retries next time. */
export function loadSearchIndex(): Promise<MiniSearch<SearchDocument>> {
  loading ??= fetch("/search-index.json")
    .then(async (response) => {
      if (!response.ok) throw new Error(`The search index answered ${response.status}.`);
      return MiniSearch.loadJSON<SearchDocument>(await response.text(), SEARCH_OPTIONS);
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export const MAX_HITS = 20;

export function searchIndex(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
  return index.search(query).slice(0, MAX_HITS).map(hitOf);
}
