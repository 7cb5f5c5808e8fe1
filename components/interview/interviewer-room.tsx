"use client";
import type { InterviewSessionDto } from "@/lib/db/interviews";
import { PHASES } from "@/lib/interview/phases";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { FaultPanel } from "./fault-panel";
import { FeedbackForm } from "./feedback-form";
import { InterviewerGuide } from "./interviewer-guide";
import { PhaseBar } from "./phase-bar";
import { PromptHeader } from "./prompt-header";
import { RubricForm } from "./self-assessment";
import { TimelineReplay } from "./timeline-replay";
import { useNow } from "./use-now";
import { postJson, useSessionPoll } from "./use-session-poll";
import { card } from "@/components/ui/class-names";

/**
 * The interviewer's side: the candidate's timer and notes live (polled every 2 s), faults, the guide, scores and
 * feedback.
 */
export function InterviewerRoom({
  session: initial,
  prompt,
  labTitle,
  joinUrl,
}: {
  session: InterviewSessionDto;
  prompt: InterviewPrompt;
  labTitle: string;
  joinUrl: string | null;
}) {
  const session = useSessionPoll(initial.id, initial);
  const now = useNow();
  const mine = Object.fromEntries(
    session.scores.filter((s) => s.source === "interviewer").map((s) => [s.dimension, s.level]),
  );
  return (
    <div className="space-y-4">
      <PromptHeader
        prompt={prompt}
        subtitle={`You are interviewing ${session.candidateName ?? "(waiting for the candidate to join)"}`}
      />
      {session.candidateName === null && initial.joinCode ? (
        <p className={`${card} text-sm`} data-testid="invite">
          Invite the candidate: code{" "}
          <strong className="font-mono text-lg" data-testid="join-code">
            {initial.joinCode}
          </strong>
          {joinUrl ? (
            <>
              {" "}
              or link{" "}
              <a className="break-all text-brand-700 underline dark:text-brand-300" href={joinUrl}>
                {joinUrl}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <PhaseBar flow={session.flow} now={now} />
      <div className="grid gap-4 lg:grid-cols-2">
        <section className={card} aria-labelledby="live-notes-heading" data-testid="live-notes">
          <h2 id="live-notes-heading" className="font-semibold">
            Candidate&apos;s notes (live)
          </h2>
          {PHASES.map((phase) => (
            <div key={phase.id} className="mt-2">
              <h3 className="text-sm font-semibold">{phase.label}</h3>
              <pre className="mt-1 whitespace-pre-wrap rounded-md bg-slate-50 p-2 font-mono text-xs dark:bg-slate-800">
                {session.flow.notes[phase.id] || "—"}
              </pre>
            </div>
          ))}
        </section>
        <div className="space-y-4">
          <FaultPanel sessionId={initial.id} prompt={prompt} labTitle={labTitle} />
          <InterviewerGuide prompt={prompt} />
        </div>
      </div>
      <RubricForm
        rubric={prompt.rubric}
        initial={mine}
        heading="Score the candidate"
        withComments
        submitLabel="Save scores"
        onSubmit={(scores) => postJson(`/api/interviews/${initial.id}/scores`, scores)}
      />
      <FeedbackForm
        sessionId={initial.id}
        initialNotes={initial.interviewerNotes ?? ""}
        initialFeedback={initial.feedback ?? ""}
        submitted={initial.feedbackSubmitted}
      />
      <TimelineReplay events={session.events} />
    </div>
  );
}
