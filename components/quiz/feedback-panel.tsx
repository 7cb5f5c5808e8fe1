import type { AnswerDto } from "@/lib/db";
import type { Feedback } from "@/lib/quiz/ask";
import { verdictOf } from "@/lib/quiz/verdict";
import type { LabOrigin } from "@/lib/lab/lab-url";
import { labHref } from "./lab-link";
import { VerdictBadge } from "./verdict-badge";

/**
 * After grading: verdict (unless the page shows it beside the question), correct answer, explanation and, for scenario
 * questions, the witness and a lab link.
 */
export function FeedbackPanel({
  feedback,
  answer,
  showVerdict = true,
  labOrigin,
}: {
  feedback: Feedback;
  answer: AnswerDto | null;
  showVerdict?: boolean;
  /** The question and the way back to it, for the lab's banner. */
  labOrigin?: LabOrigin;
}) {
  const verdict = verdictOf(answer);
  return (
    <div className="mt-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700" data-testid="feedback">
      {showVerdict ? (
        <p className="mb-2">
          <VerdictBadge tone={verdict.tone} label={`${verdict.word}: ${verdict.marks}`} />
        </p>
      ) : null}
      <p>
        <span className="font-medium">{answer?.correct ? "Answer:" : "The right answer:"}</span>{" "}
        {feedback.correctAnswer}
      </p>
      <p className="mt-1">{feedback.explanation}</p>
      {feedback.readMore ? (
        <p className="mt-1">
          <a href={feedback.readMore} className="underline">
            Read the lesson section
          </a>
        </p>
      ) : null}
      {feedback.witness && (feedback.witness.ops.length > 0 || feedback.witness.findings.length > 0) ? (
        <div className="mt-2">
          <p className="font-medium">What the run shows</p>
          <ul className="mt-1 list-disc pl-5 font-mono text-xs" data-testid="witness">
            {feedback.witness.ops.map((l, i) => (
              <li key={`o${i}`}>{l}</li>
            ))}
            {feedback.witness.events.map((l, i) => (
              <li key={`e${i}`}>{l}</li>
            ))}
          </ul>
          {feedback.witness.findings.map((f, i) => (
            <p key={i} className="mt-1 italic">
              {f}
            </p>
          ))}
        </div>
      ) : null}
      {feedback.lab ? (
        <a
          href={labHref(feedback.lab, labOrigin)}
          className="mt-2 inline-block rounded border border-sky-700 px-3 py-1 text-sky-800 hover:bg-sky-50 dark:text-sky-300"
        >
          Open in the lab
        </a>
      ) : null}
    </div>
  );
}
