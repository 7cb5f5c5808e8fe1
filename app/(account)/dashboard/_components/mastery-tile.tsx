import type { MasteryTile as Tile } from "@/lib/quiz/mastery-tiles";
import { focusRing } from "@/components/ui/class-names";

const STEP_FILL = ["bg-rose-500", "bg-amber-500", "bg-sky-600", "bg-emerald-600"] as const;

/**
 * One concept's mastery as a button: pressing it starts a review of that concept's questions. The level is a word and
 * a row of four steps, never colour alone.
 */
export function MasteryTile({ tile, practise }: { tile: Tile; practise: (form: FormData) => Promise<void> }) {
  return (
    <form action={practise}>
      <input type="hidden" name="kind" value="concept" />
      <input type="hidden" name="concept" value={tile.concept} />
      <button
        type="submit"
        className={`flex w-full flex-col items-start gap-1 rounded-lg border border-slate-300 bg-white p-2.5 text-left hover:border-brand-600 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 ${focusRing}`}
        data-level={tile.level}
      >
        <span className="text-sm font-medium [overflow-wrap:anywhere]">
          <span className="sr-only">Practise </span>
          {tile.concept}
        </span>
        <span className="flex w-full items-center gap-2 text-xs text-muted">
          <span className="flex gap-0.5" aria-hidden="true">
            {[1, 2, 3, 4].map((s) => (
              <span
                key={s}
                className={`h-1.5 w-4 rounded-full ${s <= tile.step ? STEP_FILL[tile.step - 1] : "bg-slate-200 dark:bg-slate-700"}`}
              />
            ))}
          </span>
          {tile.label}
          <span className="sr-only">, level {tile.step} of 4</span>
        </span>
      </button>
    </form>
  );
}
