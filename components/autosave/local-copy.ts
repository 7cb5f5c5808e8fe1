import type { z } from "zod";

/**
 * This browser's copy of what a person typed, in localStorage, so a failed
 * request, a reload or an error page loses nothing. Storage can be disabled or
 * full: then these do nothing and the page still holds the text in memory.
 */
export function readLocalCopy<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: the page keeps the text in memory.
  }
}

export function clearLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
