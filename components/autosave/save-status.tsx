import type { SaveStatus } from "./use-retrying-save";

/** The words for a save's state; only "Saved" claims the server has it, and only after it said so. */
export function saveStatusText(status: SaveStatus, savedText = "Saved.", idleText = ""): string {
  switch (status.kind) {
    case "idle":
      return idleText;
    case "saving":
      return "Saving…";
    case "saved":
      return savedText;
    case "retrying":
      return `Not saved — retrying in ${Math.max(1, Math.round(status.inMs / 1_000))} s. What you typed is kept in this browser.`;
    case "refused":
      return `Not saved: ${status.message}`;
    default: {
      const never: never = status;
      return never;
    }
  }
}

/**
 * A live line under a form saying where its last save stands. `idleText` is for
 * a page that opened with everything already on the server (say "Saved." only then).
 */
export function SaveStatusLine({
  status,
  savedText,
  idleText,
  id,
}: {
  status: SaveStatus;
  savedText?: string;
  idleText?: string;
  id?: string;
}) {
  const bad = status.kind === "retrying" || status.kind === "refused";
  return (
    <p
      id={id}
      role="status"
      data-testid="save-status"
      data-status={status.kind}
      className={`text-sm ${bad ? "text-rose-700 dark:text-rose-300" : "text-slate-600 dark:text-slate-300"}`}
    >
      {saveStatusText(status, savedText, idleText)}
    </p>
  );
}
