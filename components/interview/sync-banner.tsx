"use client";
import type { FlowState } from "@/lib/interview/flow";
import type { ServerDoc } from "./doc-storage";
import type { SyncStatus } from "./use-interview-doc";
import { buttonPrimary, buttonSecondary } from "./ui";

const LABELS: Record<SyncStatus, string> = {
  saved: "All changes saved",
  unsaved: "Saved in this browser; syncing…",
  saving: "Saving…",
  offline: "Offline: kept in this browser, will sync when the server is back",
  conflict: "Another tab or device changed this interview",
};

const words = (flow: FlowState) => Object.values(flow.notes).join(" ").split(/\s+/).filter(Boolean).length;

/** Save status, and the choice between two versions when another tab saved first. */
export function SyncBanner({ status, conflict, mine, onKeepMine, onTakeTheirs }: { status: SyncStatus; conflict: ServerDoc | null; mine: FlowState; onKeepMine: () => void; onTakeTheirs: () => void }) {
  if (!conflict) {
    return (
      <p role="status" className="text-xs text-muted" data-testid="sync-status" data-status={status}>
        {LABELS[status]}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50" data-testid="conflict">
      <p className="font-semibold">{LABELS.conflict}.</p>
      <p className="mt-1">
        This tab has {words(mine)} words of notes; the saved version (revision {conflict.revision}) has {words(conflict.flow)}. Nothing is overwritten until you choose.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={buttonPrimary} onClick={onKeepMine}>Keep this tab&apos;s version</button>
        <button type="button" className={buttonSecondary} onClick={onTakeTheirs}>Use the saved version</button>
      </div>
    </div>
  );
}
