/**
 * Server actions are public endpoints: Next decodes whatever a client posts
 * into their arguments, so a parameter typed FormData may arrive as a string,
 * a number or nothing at all. Read through this, anything that is not a form
 * is an empty one: every field is missing and the action's own validation
 * refuses it, instead of a TypeError answering 500.
 */
export function asForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
