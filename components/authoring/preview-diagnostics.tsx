import { focusRing } from "@/components/ui/class-names";
import { diagnosticLabel, type PreviewDiagnostic } from "./preview-state";

interface Props {
  readonly diagnostics: readonly PreviewDiagnostic[];
  readonly unlisted: number;
  /** Puts the text cursor at the problem. */
  readonly onShow: (diagnostic: PreviewDiagnostic) => void;
}

/** content:check's problems with the previewed text, each a button that moves the cursor to its line. */
export function PreviewDiagnostics({ diagnostics, unlisted, onShow }: Props) {
  const total = diagnostics.length + unlisted;
  if (total === 0)
    return (
      <p className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
        No problems: content:check would accept this lesson.
      </p>
    );
  return (
    <div>
      <h3 className="font-semibold">
        {total.toLocaleString("en-GB")} {total === 1 ? "problem" : "problems"}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">Choose one to put the cursor on its line.</p>
      <ol className="mt-2 space-y-1">
        {diagnostics.map((diagnostic, index) => (
          <li key={index}>
            <button
              type="button"
              onClick={() => onShow(diagnostic)}
              className={`w-full rounded-md border border-rose-200 bg-rose-50 px-3 py-1.5 text-left text-sm break-words text-rose-900 hover:bg-rose-100 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-100 dark:hover:bg-rose-950 ${focusRing}`}
            >
              {diagnosticLabel(diagnostic)}
            </button>
          </li>
        ))}
      </ol>
      {unlisted > 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          And {unlisted.toLocaleString("en-GB")} more: fix these first.
        </p>
      ) : null}
    </div>
  );
}
