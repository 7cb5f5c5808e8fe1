"use client";

import { useState } from "react";
import { TableOfContents, type TocEntry } from "./table-of-contents";

/**
 * The phone's "Contents": the section links are drawn when the reader opens it, so the page's HTML carries them once
 * (in the desktop column) rather than twice.
 */
export function ContentsDisclosure({ entries }: { entries: readonly TocEntry[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mt-6 rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-700 print:hidden"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-medium">Contents</summary>
      <div className="mt-3">{open ? <TableOfContents entries={entries} /> : null}</div>
    </details>
  );
}
