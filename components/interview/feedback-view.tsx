import type { ScoreDto } from "@/lib/db/interviews";
import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { card } from "@/components/ui/class-names";

/** What the interviewer sent back: written feedback and a score with a comment per rubric dimension. */
export function FeedbackView({
  feedback,
  scores,
  rubric,
  interviewerName,
}: {
  feedback: string;
  scores: readonly ScoreDto[];
  rubric: readonly RubricEntry[];
  interviewerName: string | null;
}) {
  const theirs = scores.filter((s) => s.source === "interviewer");
  return (
    <section className={card} aria-labelledby="feedback-heading" data-testid="feedback">
      <h2 id="feedback-heading" className="text-lg font-semibold">
        Feedback from {interviewerName ?? "your interviewer"}
      </h2>
      <p className="mt-2 whitespace-pre-wrap text-sm">{feedback}</p>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        {rubric.map((entry) => {
          const score = theirs.find((s) => s.dimension === entry.dimension);
          return (
            <div key={entry.dimension} className="rounded-md bg-slate-50 p-2 text-sm dark:bg-slate-800">
              <dt className="font-semibold">
                {entry.label}: {score ? `${score.level} / 4` : "not scored"}
              </dt>
              <dd className="text-slate-700 dark:text-slate-300">
                {score ? entry.levels[score.level - 1] : ""}
                {score?.comment ? <span className="mt-1 block italic">“{score.comment}”</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
