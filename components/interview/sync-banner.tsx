"use client";
import { saveStatusText } from "@/components/autosave/save-status";
import type { FlowState } from "@/lib/interview/flow";
import type { ServerDoc } from "./doc-storage";
import type { SyncStatus } from "./use-interview-doc";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";

const LABELS: Record<SyncStatus, string> = {
  saved: "All changes saved",
  unsaved: "Saved in this browser; syncing…",
  saving: "Saving…",
  offline: "Not saved — retrying. What you typed is kept in this browser.",
  conflict: "Another tab or device changed this interview",
  refused: "Not saved",
};

const words = (flow: FlowState) => Object.values(flow.notes).join(" ").split(/\s+/).filter(Boolean).length;

interface Props {
  readonly status: SyncStatus;
  readonly conflict: ServerDoc | null;
  readonly mine: FlowState;
  /** Why the server refused the last save (status "refused"). */
  readonly refusal?: string | null;
  /** When the failed save is tried again (status "offline"). */
  readonly retryInMs?: number;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly onReloadSaved?: () => void;
}

/**
 * Save status, the server's reason when it refused a change, and the choice between two versions when another tab saved
 * first.
 */
export function SyncBanner({
  status,
  conflict,
  mine,
  refusal,
  retryInMs = 0,
  onKeepMine,
  onTakeTheirs,
  onReloadSaved,
}: Props) {
  if (status === "refused") {
    return (
      <div
        role="alert"
        className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-50"
        data-testid="sync-status"
        data-status={status}
      >
        <p>{saveStatusText({ kind: "refused", message: refusal ?? "the server did not accept this change." })}</p>
        {onReloadSaved ? (
          <button type="button" className={`${buttonSecondary} mt-2`} onClick={onReloadSaved}>
            Show the saved version
          </button>
        ) : null}
      </div>
    );
  }
  if (!conflict) {
    const bad = status === "offline";
    return (
      <p
        role="status"
        className={`text-xs ${bad ? "text-rose-700 dark:text-rose-300" : "text-muted"}`}
        data-testid="sync-status"
        data-status={status}
      >
        {bad && retryInMs > 0 ? saveStatusText({ kind: "retrying", inMs: retryInMs }) : LABELS[status]}
      </p>
    );
  }
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
      data-testid="conflict"
    >
      <p className="font-semibold">{LABELS.conflict}.</p>
      <p className="mt-1">
        This tab has {words(mine)} words of notes; the saved version (revision {conflict.revision}) has{" "}
        {words(conflict.flow)}. Nothing is overwritten until you choose.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={buttonPrimary} onClick={onKeepMine}>
          Keep this tab&apos;s version
        </button>
        <button type="button" className={buttonSecondary} onClick={onTakeTheirs}>
          Use the saved version
        </button>
      </div>
    </div>
  );
}
