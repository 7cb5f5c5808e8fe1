"use client";

import MiniSearch, { type SearchResult } from "minisearch";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { SEARCH_OPTIONS, type SearchDocument } from "@/lib/content/search-options";

type Hit = Pick<SearchDocument, "id" | "slug" | "lessonTitle" | "headingId" | "heading">;

// MiniSearch types a result's id and stored fields as any: read back the strings SEARCH_OPTIONS stored.
const hitOf = (result: SearchResult): Hit => ({
  id: String(result.id),
  slug: String(result.slug),
  lessonTitle: String(result.lessonTitle),
  headingId: String(result.headingId ?? ""),
  heading: String(result.heading),
});

const hrefOf = (hit: Hit) => `/learn/${hit.slug}${hit.headingId ? `#${hit.headingId}` : ""}`;

/** A combobox over the prebuilt index (/learn/search-index.json): arrow keys move, Enter opens, Escape clears. */
export function LessonSearch() {
  const router = useRouter();
  const listId = useId();
  const index = useRef<Promise<MiniSearch<SearchDocument>> | null>(null);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(-1);

  const load = () => {
    index.current ??= fetch("/learn/search-index.json")
      .then(async (response) => MiniSearch.loadJSON<SearchDocument>(await response.text(), SEARCH_OPTIONS))
      .catch((error: unknown) => {
        index.current = null; // offline or a bad answer: the next keystroke tries again
        throw error;
      });
    return index.current;
  };

  const search = async (value: string) => {
    setQuery(value);
    setActive(-1);
    if (value.trim().length < 2) return setHits([]);
    const results = await load().then(
      (loaded) => loaded.search(value).map(hitOf),
      () => [],
    );
    setHits(results.slice(0, 8));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = hits[active] ?? hits[0];
      if (hit) router.push(hrefOf(hit));
    } else if (event.key === "Escape") {
      void search("");
    }
  };

  return (
    <div role="search" className="relative print:hidden">
      <label htmlFor={`${listId}-input`} className="block text-sm font-medium">
        Search the lessons
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => void load().catch(() => undefined)}
        onChange={(event) => void search(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="e.g. fencing token, remote_write, Merkle"
        className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
      />
      <p className="sr-only" aria-live="polite">
        {query.trim().length >= 2 ? `${hits.length} results` : ""}
      </p>
      {hits.length > 0 ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Search results"
          className="absolute z-20 mt-1 max-h-96 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {hits.map((hit, position) => (
            <li
              key={hit.id}
              id={`${listId}-${position}`}
              role="option"
              aria-selected={position === active}
              className={position === active ? "bg-brand-50 dark:bg-brand-900/50" : ""}
            >
              <a
                href={hrefOf(hit)}
                tabIndex={-1}
                onClick={(event) => {
                  event.preventDefault();
                  router.push(hrefOf(hit));
                }}
                className="block px-3 py-2"
              >
                <span className="block font-medium">{hit.heading}</span>
                <span className="block text-xs text-muted">{hit.lessonTitle}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
