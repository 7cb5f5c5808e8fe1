import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { RUBRIC_MAX_LEVEL } from "@/lib/rubric-scale";

/**
 * Rubric levels, read-only: per dimension its title, the level out of 4 with the prompt's descriptor for it, and the
 * scorer's comment. What the candidate reads of an interviewer's scores, in the interview room and on an assignment.
 */
export function RubricLevels({
  rubric,
  scores,
}: {
  rubric: readonly { readonly dimension: string; readonly label: string; readonly levels: RubricEntry["levels"] }[];
  scores: readonly { readonly dimension: string; readonly level: number; readonly comment: string }[];
}) {
  return (
    <dl className="grid gap-2 sm:grid-cols-2" data-testid="rubric-levels">
      {rubric.map((entry) => {
        const score = scores.find((s) => s.dimension === entry.dimension);
        return (
          <div key={entry.dimension} className="rounded-md bg-slate-50 p-2 text-sm dark:bg-slate-800">
            <dt className="font-semibold">
              {entry.label}: {score ? `level ${score.level} / ${RUBRIC_MAX_LEVEL}` : "not scored"}
            </dt>
            <dd className="text-slate-700 dark:text-slate-300">
              {score ? entry.levels[score.level - 1] : ""}
              {score?.comment ? <span className="mt-1 block italic">“{score.comment}”</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
