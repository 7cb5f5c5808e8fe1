import { focusRing } from "@/components/ui/class-names";
import { REVIEW_MAX_SCORE, scoreField } from "@/lib/assignments/review";

export interface ScoreRow {
  readonly itemId: string;
  /** "3. Lab scenario: Split brain" */
  readonly label: string;
  readonly kind: "lab" | "interview";
  readonly score: number | null;
  /** Interview items: the candidate's mean self-assessed rubric level, and over how many dimensions. */
  readonly selfAverage: number | null;
  readonly selfCount: number;
}

const muted = "text-sm text-slate-600 dark:text-slate-300";

/** One points box per lab and interview item the candidate started; submitted with the feedback form. */
export function ScoreFields({
  rows,
  values,
  errors,
}: {
  rows: readonly ScoreRow[];
  values: Readonly<Record<string, string>> | null;
  errors: Readonly<Record<string, string>>;
}) {
  return (
    <fieldset className="space-y-3" aria-describedby="score-hint">
      <legend className="text-sm font-medium">Scores</legend>
      <p id="score-hint" className={muted}>
        Whole points from 0 to {REVIEW_MAX_SCORE}, so lab and interview scores read like the quiz scores beside them in
        the table and the CSV. Quizzes score themselves. Leave a box empty to leave that item unscored.
      </p>
      <ul className="space-y-3">
        {rows.map((row) => {
          const id = `score-${row.itemId}`;
          const error = errors[scoreField(row.itemId)];
          const context = row.kind === "interview" ? `${id}-self` : null;
          return (
            <li key={row.itemId} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium break-words">
                {/* The item's own section is named by the same words; the prefix tells the two apart for screen
                   readers. */}
                <span className="sr-only">Score for </span>
                {row.label}
              </label>
              <span className="flex items-center gap-2">
                <input
                  id={id}
                  name={scoreField(row.itemId)}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={REVIEW_MAX_SCORE}
                  step={1}
                  // Keyed on the value so a failed save re-mounts the box with what was typed, not the stored score.
                  key={values?.[row.itemId] ?? String(row.score ?? "")}
                  defaultValue={values?.[row.itemId] ?? (row.score === null ? "" : String(row.score))}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={[context, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
                  className={`w-20 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 tabular-nums aria-invalid:border-rose-500 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 ${focusRing}`}
                />
                <span className={muted} aria-hidden="true">
                  / {REVIEW_MAX_SCORE}
                </span>
              </span>
              {context ? (
                <p id={context} className={muted}>
                  {row.selfAverage === null
                    ? "The candidate gave no self-assessment."
                    : `The candidate's self-assessment: ${row.selfAverage} / 4 on average over ${row.selfCount} rubric ${row.selfCount === 1 ? "dimension" : "dimensions"}.`}
                </p>
              ) : null}
              {error ? (
                <p id={`${id}-error`} className="text-sm font-medium text-rose-700 dark:text-rose-300">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
