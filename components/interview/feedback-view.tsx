import type { ScoreDto } from "@/lib/db/interviews";
import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { card } from "@/components/ui/class-names";
import { RubricLevels } from "./rubric-levels";

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
  return (
    <section className={card} aria-labelledby="feedback-heading" data-testid="feedback">
      <h2 id="feedback-heading" className="text-lg font-semibold">
        Feedback from {interviewerName ?? "your interviewer"}
      </h2>
      <p className="mt-2 whitespace-pre-wrap text-sm">{feedback}</p>
      <div className="mt-3">
        <RubricLevels rubric={rubric} scores={scores.filter((s) => s.source === "interviewer")} />
      </div>
    </section>
  );
}
