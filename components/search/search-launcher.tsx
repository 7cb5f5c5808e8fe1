"use client";

import { SearchIcon } from "./search-icon";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { focusRing } from "@/components/ui/class-names";

const loadDialog = () => import("./search-dialog");
// The command menu, cmdk and the index download only when someone searches.
const SearchDialog = dynamic(loadDialog, { ssr: false });

/** The header's Search button; Ctrl-K (Cmd-K on a Mac) opens and closes it from anywhere. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen((current) => !current);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        className={`flex items-center gap-2 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <SearchIcon className="size-4" />
        <span className="max-sm:sr-only">Search</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-slate-300 px-1 font-sans text-xs text-slate-600 lg:inline dark:border-slate-600 dark:text-slate-300"
        >
          Ctrl K
        </kbd>
      </button>
      {open ? <SearchDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
