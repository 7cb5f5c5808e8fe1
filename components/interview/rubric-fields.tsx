import type { ReactNode } from "react";
import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { focusRing } from "@/components/ui/class-names";

interface Props {
  readonly rubric: readonly RubricEntry[];
  /** The radio group's name for a dimension (unique on the page; a posted form reads it). */
  readonly name: (dimension: string) => string;
  /** Controlled: the chosen level per dimension, and what picking one does. */
  readonly selected?: Readonly<Record<string, number>>;
  readonly onSelect?: (dimension: string, level: number) => void;
  /** Uncontrolled (a form posted as FormData): the level checked at first per dimension. */
  readonly defaultSelected?: Readonly<Record<string, number>>;
  /** The candidate's own level per dimension, shown beside it while someone else scores. */
  readonly selfLevels?: Readonly<Record<string, number>>;
  /** Rendered under a dimension's levels: its comment box, say. */
  readonly below?: (entry: RubricEntry) => ReactNode;
}

const option =
  "flex cursor-pointer gap-2 rounded-md border border-slate-200 p-2 text-xs has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-slate-800";

/**
 * One radio group per rubric dimension, each level with its descriptor from the prompt (arrow keys move within a
 * dimension). The interview room's scoring and the assignment review both use it, so a level reads the same in both.
 */
export function RubricFields({ rubric, name, selected, onSelect, defaultSelected, selfLevels, below }: Props) {
  return rubric.map((entry) => {
    const self = selfLevels?.[entry.dimension];
    const selfId = `${name(entry.dimension)}-self`;
    return (
      <fieldset key={entry.dimension} className="min-w-0 space-y-1" aria-describedby={selfLevels ? selfId : undefined}>
        <legend className="text-sm font-semibold">{entry.label}</legend>
        {selfLevels ? (
          <p id={selfId} className="text-xs text-slate-600 dark:text-slate-300">
            {self === undefined
              ? "The candidate gave no self-score here."
              : `The candidate's self-score: level ${self}.`}
          </p>
        ) : null}
        <div className="grid gap-1 sm:grid-cols-4">
          {entry.levels.map((descriptor, index) => {
            const level = index + 1;
            return (
              <label key={level} className={option}>
                <input
                  type="radio"
                  className={focusRing}
                  name={name(entry.dimension)}
                  value={level}
                  {...(selected
                    ? {
                        checked: selected[entry.dimension] === level,
                        onChange: () => onSelect?.(entry.dimension, level),
                      }
                    : { defaultChecked: defaultSelected?.[entry.dimension] === level })}
                  aria-label={`${entry.label}: level ${level}, ${descriptor}`}
                />
                <span className="min-w-0">
                  <strong>{level}.</strong> {descriptor}
                  {self === level ? (
                    <span className="mt-1 block font-semibold text-slate-600 dark:text-slate-300" aria-hidden="true">
                      Candidate&apos;s self-score
                    </span>
                  ) : null}
                </span>
              </label>
            );
          })}
        </div>
        {below?.(entry)}
      </fieldset>
    );
  });
}
