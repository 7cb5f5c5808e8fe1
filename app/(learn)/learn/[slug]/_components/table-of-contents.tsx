"use client";

import { useEffect, useState } from "react";

export interface TocEntry {
  readonly id: string;
  readonly text: string;
  readonly depth: number;
}

/** Section links with scroll-spy: the section being read is marked with aria-current. */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  const [active, setActive] = useState<string | undefined>(entries[0]?.id);

  useEffect(() => {
    const headings = entries
      .map((entry) => document.getElementById(entry.id))
      .filter((node): node is HTMLElement => node !== null);
    let frame = 0;
    // The current section is the last heading above the top third of the viewport.
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let current = headings[0];
      for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
      if (current) setActive(current.id);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("hashchange", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("hashchange", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [entries]);

  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 font-semibold">On this page</p>
      <ol className="space-y-1 border-l border-slate-200 dark:border-slate-700">
        {entries.map((entry) => {
          const current = entry.id === active;
          return (
            <li key={entry.id} className={entry.depth === 3 ? "pl-6" : "pl-3"}>
              <a
                href={`#${entry.id}`}
                aria-current={current ? "location" : undefined}
                onClick={() => setActive(entry.id)}
                className="toc-link"
              >
                {entry.text}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
