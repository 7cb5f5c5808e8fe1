/**
 * Server actions are public endpoints: Next decodes whatever a client posts
 * into their arguments, so a parameter typed FormData may arrive as a string,
 * a number or nothing at all. Read through this, anything that is not a form
 * is an empty one: every field is missing and the action's own validation
 * refuses it, instead of a TypeError answering 500.
 *
 * The same goes for a NUL character (U+0000) anywhere in what was posted:
 * PostgreSQL cannot store one in text and answers an error, where SQLite would
 * keep it. Refusing it here, for every action and on both engines, keeps a
 * stray byte from becoming a 500 and keeps the two engines alike.
 */
export function asForm(value: unknown): FormData {
  return value instanceof FormData && !containsNul(value) ? value : new FormData();
}

/** A text field of a form: its string, or "" when it is missing or a file was posted under its name. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** An action's non-form argument, or `undefined` (which every schema refuses) when it carries a NUL character. */
export function asInput<T>(value: T): T | undefined {
  return containsNul(value) ? undefined : value;
}

const MAX_DEPTH = 32;

/** Whether a NUL character occurs in any string inside `value` (keys included). Deeper than 32 levels counts as yes. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (value === null || typeof value !== "object") return false;
  if (depth > MAX_DEPTH) return true;
  if (value instanceof FormData) {
    for (const [key, entry] of value.entries())
      if (containsNul(key) || (typeof entry === "string" && containsNul(entry))) return true;
    return false;
  }
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => containsNul(key) || containsNul(item, depth + 1));
}
