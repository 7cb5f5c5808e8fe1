"use client";

import { SearchIcon } from "./search-icon";
import { Command } from "cmdk";
import type MiniSearch from "minisearch";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { MAX_QUERY_CHARS, SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchDocument } from "@/lib/content/search-options";
import { HighlightedSnippet } from "./highlighted-snippet";
import { loadSearchIndex, searchIndex } from "./search-index";

type IndexState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly index: MiniSearch<SearchDocument> }
  | { readonly status: "failed" };

const MIN_QUERY_CHARS = 2;

/**
 * The command menu behind the header's Search button and Ctrl/Cmd-K (cmdk on
 * a Radix dialog: focus is trapped inside and returns where it was; arrows
 * move, Enter opens, Escape closes). Loaded only when first opened, so it adds
 * nothing to a page's first load.
 */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [state, setState] = useState<IndexState>({ status: "loading" });

  useEffect(() => {
    let live = true;
    loadSearchIndex().then(
      (index) => live && setState({ status: "ready", index }),
      () => live && setState({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, []);

  const searching = query.trim().length >= MIN_QUERY_CHARS;
  const hits = useMemo(
    () => (state.status === "ready" && searching ? searchIndex(state.index, query) : []),
    [state, searching, query],
  );
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );

  return (
    <Command.Dialog
      open
      onOpenChange={(open) => open || onClose()}
      label="Search Quorum"
      shouldFilter={false}
      loop
      overlayClassName="fixed inset-0 z-50 bg-slate-950/50"
      contentClassName="fixed inset-x-2 top-[8dvh] z-50 mx-auto max-w-2xl overflow-hidden rounded-xl border border-slate-200 bg-white text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 dark:border-slate-700">
        <SearchIcon className="size-5 shrink-0 text-slate-500" />
        <Command.Input
          value={query}
          onValueChange={(value) => setQuery(value.slice(0, MAX_QUERY_CHARS))}
          maxLength={MAX_QUERY_CHARS}
          placeholder="Search lessons, quizzes, lab scenarios, interview prompts"
          className="w-full bg-transparent py-3 text-base outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
        />
      </div>
      <Command.List
        label="Search results"
        className="max-h-[min(60dvh,32rem)] overflow-y-auto p-2 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-3 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:uppercase [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-slate-600 dark:[&_[cmdk-group-heading]]:text-slate-400"
      >
        {state.status === "loading" && searching ? (
          <Command.Loading label="Loading the search index">Loading the search index…</Command.Loading>
        ) : null}
        {state.status === "failed" ? (
          <p role="alert" className="px-2 py-3 text-sm">
            The search index could not be loaded (are you offline?). Close this and press Ctrl K to try again.
          </p>
        ) : null}
        {state.status === "ready" ? (
          <Command.Empty className="px-2 py-3 text-sm text-slate-600 dark:text-slate-300">
            {searching ? `Nothing matches “${query.trim()}”.` : "Type at least two letters."}
          </Command.Empty>
        ) : null}
        {groups.map((group) => (
          <Command.Group key={group.kind} heading={SEARCH_KIND_LABELS[group.kind]}>
            {group.hits.map((hit) => (
              <Command.Item
                key={hit.id}
                value={hit.id}
                onSelect={() => {
                  onClose();
                  router.push(hit.href);
                }}
                className="cursor-pointer rounded-lg px-2 py-2 data-[selected=true]:bg-brand-50 dark:data-[selected=true]:bg-slate-800"
              >
                <span className="block font-medium">
                  {hit.title}
                  {hit.heading ? (
                    <span className="font-normal text-slate-600 dark:text-slate-300"> › {hit.heading}</span>
                  ) : null}
                </span>
                <HighlightedSnippet text={hit.excerpt} terms={hit.terms} />
              </Command.Item>
            ))}
          </Command.Group>
        ))}
      </Command.List>
      <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
        <kbd className="font-sans">↑</kbd> <kbd className="font-sans">↓</kbd> to move,{" "}
        <kbd className="font-sans">Enter</kbd> to open, <kbd className="font-sans">Esc</kbd> to close
      </p>
    </Command.Dialog>
  );
}
