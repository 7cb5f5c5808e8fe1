/** Shown when the browser could not reach the server (offline, or the request failed before an answer). */
export const UNREACHABLE = "Quorum could not be reached. Check your connection and try again.";
