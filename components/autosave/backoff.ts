/**
 * Waits between retries of a failed save: 1 s, 2 s, 4 s … capped at 30 s, so an outage is not hammered and a short blip
 * costs a second.
 */
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

export function retryDelay(failures: number): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 16));
}
