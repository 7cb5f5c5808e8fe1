/**
 * How many bytes each kind of request body may carry, checked while the body
 * streams in, before anything is parsed. Each limit sits well above the
 * largest body the app's own forms can send (every text field is capped by
 * lib/text-limits.ts, and a character is at most 6 bytes once JSON-escaped
 * for the short control-character escapes), and far below what would cost the
 * server real memory or time.
 */
export const BODY_LIMITS = {
  /** Sign-up: a name, an email, a password and an invitation token. */
  account: 8 * 1024,
  /** next-auth's own form posts (sign-in, sign-out, CSRF token). */
  auth: 8 * 1024,
  /** An interview autosave: the whole flow (notes of every phase, the whiteboard) and up to 50 timeline events. */
  interviewSave: 1024 * 1024,
  /** The interviewer's notes and feedback. */
  interviewFeedback: 256 * 1024,
  /** Rubric scores with their comments. */
  interviewScores: 64 * 1024,
  /** One lab action or fault. */
  interviewEvent: 16 * 1024,
} as const;

/**
 * Server actions: Next stops reading past `serverActions.bodySizeLimit` in
 * next.config.js (the same number; a unit test holds them together) but
 * answers 500, so proxy.ts refuses a declared length over it with 413 first.
 * The largest real action body is a lab item's save: a share code (at most
 * 200,000 ASCII characters, lib/sim/limits.ts) and a written answer
 * (lib/text-limits.ts, up to 3 bytes a character).
 */
export const SERVER_ACTION_BODY_BYTES = 512 * 1024;
