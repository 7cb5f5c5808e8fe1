import { focusRing } from "@/components/ui/class-names";
import { REVIEW_MAX_SCORE, rubricField, scoreField } from "@/lib/assignments/review";
import { RubricScoreField, type RubricRow, type TypedRubric } from "./rubric-score-field";

export interface PointsRow {
  readonly kind: "lab";
  readonly itemId: string;
  /** "3. Lab scenario: Split brain" */
  readonly label: string;
  readonly score: number | null;
}

export type ScoreRow = PointsRow | RubricRow;

/** What a failed save sent, shown again. */
export interface TypedScores {
  readonly scores: Readonly<Record<string, string>>;
  readonly rubrics: Readonly<Record<string, TypedRubric>>;
}

const muted = "text-sm text-slate-600 dark:text-slate-300";

/**
 * A points box per lab item and a rubric per interview item the candidate started; submitted with the feedback
 * form.
 */
export function ScoreFields({
  rows,
  values,
  errors,
}: {
  rows: readonly ScoreRow[];
  values: TypedScores | null;
  errors: Readonly<Record<string, string>>;
}) {
  return (
    <fieldset className="min-w-0 space-y-3" aria-describedby="score-hint">
      <legend className="text-sm font-medium">Scores</legend>
      <p id="score-hint" className={muted}>
        {rows.some((r) => r.kind === "lab")
          ? `Lab items: whole points from 0 to ${REVIEW_MAX_SCORE}, like the quiz scores beside them in the table and the CSV; leave a box empty to leave that item unscored. `
          : ""}
        {rows.some((r) => r.kind === "interview")
          ? "Mock interviews: a level from 1 to 4 on every rubric dimension, as in the interview room. "
          : ""}
        Quizzes score themselves.
      </p>
      <ul className="space-y-5">
        {rows.map((row) => {
          if (row.kind === "interview")
            return (
              <li key={row.itemId}>
                <RubricScoreField
                  row={row}
                  typed={values?.rubrics[row.itemId]}
                  error={errors[rubricField(row.itemId)]}
                />
              </li>
            );
          const id = `score-${row.itemId}`;
          const error = errors[scoreField(row.itemId)];
          const typed = values?.scores[row.itemId];
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
                  key={typed ?? String(row.score ?? "")}
                  defaultValue={typed ?? (row.score === null ? "" : String(row.score))}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className={`w-20 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 tabular-nums aria-invalid:border-rose-500 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 ${focusRing}`}
                />
                <span className={muted} aria-hidden="true">
                  / {REVIEW_MAX_SCORE}
                </span>
              </span>
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
