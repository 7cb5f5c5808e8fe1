/** A stretch of a snippet: `match` marks the words the query found. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Words starting with any of `terms` (the query's words and the index terms
 * they matched, so a prefix or a near spelling is marked as well), as one
 * case-insensitive pattern; undefined when no term has a letter or digit.
 */
function wordsStartingWith(terms: readonly string[]): RegExp | undefined {
  const usable = [
    ...new Set(terms.map((term) => term.trim().toLowerCase()).filter((term) => /[\p{L}\p{N}]/u.test(term))),
  ];
  if (usable.length === 0) return undefined;
  // Longest first, so "fencing" wins over "fen" at the same place.
  usable.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join("|")})[\\p{L}\\p{N}]*`, "giu");
}

/**
 * The part of `text` around the first word the query matched, about `width`
 * characters, cut at word boundaries with "…" where text was left out, split
 * into plain and matching parts. Without a match in the text (the query hit
 * the title), the start of the text.
 */
export function snippet(text: string, terms: readonly string[], width = 160): SnippetPart[] {
  const pattern = wordsStartingWith(terms);
  const first = pattern ? text.search(pattern) : -1;
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const window = text.slice(start, end);
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => part && parts.push({ text: part, match });
  if (start > 0) push("…", false);
  let last = 0;
  for (const found of pattern ? window.matchAll(pattern) : []) {
    push(window.slice(last, found.index), false);
    push(found[0], true);
    last = found.index + found[0].length;
  }
  push(window.slice(last), false);
  if (end < text.length) push("…", false);
  // Neighbouring plain parts ("…" and the text after it) read as one.
  return parts.reduce<SnippetPart[]>((merged, part) => {
    const previous = merged.at(-1);
    if (previous && !previous.match && !part.match)
      merged[merged.length - 1] = { text: previous.text + part.text, match: false };
    else merged.push(part);
    return merged;
  }, []);
}
