import { snippet } from "./snippet";

/** The text around the first match, the matching words marked. */
export function HighlightedSnippet({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <span className="mt-0.5 block text-sm text-slate-600 dark:text-slate-300">
      {snippet(text, terms).map((part, index) =>
        part.match ? (
          <mark
            key={index}
            className="rounded-sm bg-amber-100 px-0.5 font-medium text-slate-900 dark:bg-amber-300/25 dark:text-white"
          >
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}
