import Link from "next/link";
import { AttemptResults } from "@/components/quiz/attempt-results";
import { card, focusRing } from "@/components/ui/class-names";
import { ITEM_KIND_LABELS } from "@/lib/assignments/schema";
import { ITEM_STATUS_LABELS } from "@/lib/assignments/status";
import { scoreText } from "@/lib/assignments/table";
import { formatDuration } from "@/lib/dates";
import { runLink } from "@/lib/lab/lab-url";
import type { MemberWorkItemDto } from "@/lib/db";
import { LocalTime } from "@/components/ui/local-time";
import { Whiteboard } from "@/components/interview/whiteboard";
import { RubricLevels } from "@/components/interview/rubric-levels";
import { rubricMean, rubricMeanText } from "@/lib/rubric-scale";

const muted = "text-sm text-slate-600 dark:text-slate-300";

/** The page's own path and the member's name: where "Replay this run" comes back to, and whose run it is. */
interface Submission {
  readonly path: string;
  readonly who: string;
}

function Body({ entry, timeZone, submission }: { entry: MemberWorkItemDto; timeZone: string; submission: Submission }) {
  const d = entry.detail;
  switch (d.kind) {
    case "lesson":
      return entry.completedAt ? (
        <p className={muted}>
          Marked read <LocalTime iso={entry.completedAt} timeZone={timeZone} />.
        </p>
      ) : (
        <p className={muted}>Not marked read yet.</p>
      );
    case "quiz":
      if (!d.attempt) return <p className={muted}>Not started.</p>;
      if (d.attempt.status === "open")
        return (
          <p className={muted}>Started, not submitted: answers and keys appear once the candidate submits the quiz.</p>
        );
      return <AttemptResults attempt={d.attempt} />;
    case "lab":
      return (
        <div className="space-y-2">
          <p className="text-sm">
            <span className="font-semibold">Task:</span> <span className="whitespace-pre-wrap">{entry.item.task}</span>
          </p>
          <div>
            <p className="text-sm font-semibold">Answer</p>
            {d.answer ? (
              <p className="mt-1 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-950">
                {d.answer}
              </p>
            ) : (
              <p className={muted}>No answer written yet.</p>
            )}
          </div>
          {d.labRun ? (
            <Link
              href={runLink(d.labRun, {
                from: "submission",
                title: `${submission.who}: ${entry.item.title}`,
                back: `${submission.path}#item-${entry.item.id}`,
              })}
              className={`inline-block text-sm font-medium text-brand-700 underline dark:text-brand-300 ${focusRing}`}
            >
              Replay this run
            </Link>
          ) : (
            <p className={muted}>No lab run saved yet.</p>
          )}
        </div>
      );
    case "interview":
      if (!d.session) return <p className={muted}>Not started.</p>;
      return (
        <div className="space-y-3">
          <p className={muted}>Session {d.session.status === "finished" ? "finished" : "still open"}.</p>
          {d.session.notes.map((n) => (
            <div key={n.phase}>
              <p className="text-sm font-semibold">{n.phase}</p>
              {n.text.trim() ? (
                <p className="mt-1 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-950">
                  {n.text}
                </p>
              ) : (
                <p className={muted}>No notes.</p>
              )}
            </div>
          ))}
          {d.session.whiteboard ? (
            <div>
              <p className="text-sm font-semibold">Whiteboard</p>
              <Whiteboard scene={d.session.whiteboard} label="The candidate's whiteboard (read-only)" />
            </div>
          ) : null}
          <div>
            <p className="text-sm font-semibold">Self-scores</p>
            {d.session.selfScores.length === 0 ? (
              <p className={muted}>None given.</p>
            ) : (
              <div className="mt-1 space-y-2">
                <p className={muted}>
                  {rubricMeanText(rubricMean(d.session.selfScores.map((s) => s.level)) ?? 0)} on average over{" "}
                  {d.session.selfScores.length} of {d.rubric.length || d.session.selfScores.length} dimensions.
                </p>
                <RubricLevels
                  // A prompt removed since keeps its scores readable under their ids.
                  rubric={
                    d.rubric.length > 0
                      ? d.rubric
                      : d.session.selfScores.map((s) => ({ dimension: s.dimension, label: s.dimension, levels: [] }))
                  }
                  scores={d.session.selfScores}
                />
              </div>
            )}
          </div>
        </div>
      );
  }
}

/**
 * One item of a member's work: status, score and time, then what they did. `scoringOpen`: submitted, so lab and
 * interview items await points. `timeZone`: the reader's.
 */
export function ItemWork({
  entry,
  scoringOpen,
  timeZone,
  submission,
}: {
  entry: MemberWorkItemDto;
  scoringOpen: boolean;
  timeZone: string;
  submission: Submission;
}) {
  const { item, cell } = entry;
  return (
    <section className={`${card} space-y-3`} aria-labelledby={`item-${item.id}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`item-${item.id}`} className="text-lg font-semibold">
          <span className="text-muted">
            {item.position + 1}. {ITEM_KIND_LABELS[item.kind]}:
          </span>{" "}
          {item.title}
        </h2>
        <span className="text-sm text-slate-600 dark:text-slate-300">
          {ITEM_STATUS_LABELS[cell.status]}
          {cell.score !== null
            ? ` · ${scoreText(cell, item.kind)}`
            : entry.scorable && scoringOpen
              ? " · not scored yet"
              : ""}{" "}
          · time {formatDuration(cell.timeSpentMs)}
        </span>
      </div>
      <Body entry={entry} timeZone={timeZone} submission={submission} />
    </section>
  );
}
