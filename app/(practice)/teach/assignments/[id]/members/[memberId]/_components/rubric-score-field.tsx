import { RubricFields } from "@/components/interview/rubric-fields";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { inputClass } from "@/components/ui/class-names";
import { rubricCommentField, rubricLevelField } from "@/lib/assignments/review";
import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { rubricMeanText } from "@/lib/rubric-scale";
import { TEXT_LIMITS } from "@/lib/text-limits";

export interface RubricRow {
  readonly kind: "interview";
  readonly itemId: string;
  /** "4. Mock interview: URL shortener" */
  readonly label: string;
  /** The item's stored score as the table shows it ("3.3 / 4"; "7 / 10" from a review before the rubric), if any. */
  readonly scoreText: string | null;
  readonly rubric: readonly RubricEntry[];
  /** The interviewer's stored levels and comments per dimension (from an earlier save), checked at first. */
  readonly levels: Readonly<Record<string, number>>;
  readonly comments: Readonly<Record<string, string>>;
  /** The candidate's own self-score per dimension, and its mean (null when they gave none). */
  readonly selfLevels: Readonly<Record<string, number>>;
  readonly selfMean: number | null;
}

/** What was typed in a save that failed, so the form comes back with it (React resets a form after its action). */
export interface TypedRubric {
  readonly levels: Readonly<Record<string, string>>;
  readonly comments: Readonly<Record<string, string>>;
}

const muted = "text-sm text-slate-600 dark:text-slate-300";

/** An interview item's rubric in the review: a level per dimension beside the candidate's own, optional comments. */
export function RubricScoreField({
  row,
  typed,
  error,
}: {
  row: RubricRow;
  typed: TypedRubric | undefined;
  error: string | undefined;
}) {
  const id = `rubric-${row.itemId}`;
  const selected = typed
    ? Object.fromEntries(Object.entries(typed.levels).map(([dimension, level]) => [dimension, Number(level)]))
    : row.levels;
  return (
    <fieldset
      className="min-w-0 space-y-3"
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      aria-invalid={error ? true : undefined}
      // Keyed on what was typed so a failed save re-mounts the radios with it, not with the stored levels.
      key={JSON.stringify(typed ?? null)}
    >
      <legend className="text-sm font-medium break-words">
        <span className="sr-only">Rubric for </span>
        {row.label}
      </legend>
      <p id={`${id}-hint`} className={muted}>
        Pick a level for every dimension; the item&apos;s score is their mean
        {row.scoreText === null ? "" : ` (now ${row.scoreText})`}.{" "}
        {row.selfMean === null
          ? "The candidate gave no self-assessment."
          : `The candidate's self-assessment: ${rubricMeanText(row.selfMean)} on average over ${Object.keys(row.selfLevels).length} of ${row.rubric.length} dimensions.`}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
      <RubricFields
        rubric={row.rubric}
        name={(dimension) => rubricLevelField(row.itemId, dimension)}
        defaultSelected={selected}
        selfLevels={row.selfLevels}
        below={(entry) => (
          <LimitedTextarea
            name={rubricCommentField(row.itemId, entry.dimension)}
            aria-label={`Comment on ${entry.label} (optional)`}
            placeholder="Comment (optional)"
            maxLength={TEXT_LIMITS.scoreComment}
            rows={1}
            defaultValue={typed?.comments[entry.dimension] ?? row.comments[entry.dimension] ?? ""}
            className={`${inputClass} mt-1`}
          />
        )}
      />
    </fieldset>
  );
}
