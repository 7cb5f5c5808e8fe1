"use client";
import type { InterviewSessionDto } from "@/lib/db/interviews";
import { PHASES } from "@/lib/interview/phases";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { labOpen } from "@/lib/interview/flow";
import { FaultPanel } from "./fault-panel";
import { InviteCard } from "./invite-card";
import { MirroredLab } from "./mirrored-lab";
import { Whiteboard } from "./whiteboard";
import { FeedbackForm } from "./feedback-form";
import { InterviewerGuide } from "./interviewer-guide";
import { PhaseBar } from "./phase-bar";
import { PromptHeader } from "./prompt-header";
import { RubricForm } from "./self-assessment";
import { TimelineReplay } from "./timeline-replay";
import { useNow } from "./use-now";
import { useState } from "react";
import { postForRefusal, postJson, useSessionPoll } from "./use-session-poll";
import { card } from "@/components/ui/class-names";

/**
 * The interviewer's side: the clock to run, the candidate's notes and lab live (polled every 2 s), faults, the guide,
 * scores and feedback.
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
  const { session, refresh } = useSessionPoll(initial.id, initial);
  const now = useNow();
  const [clockRefusal, setClockRefusal] = useState<string | null>(null);
  const control = async (intent: string) => {
    const refusal = await postForRefusal(`/api/interviews/${initial.id}/clock`, { intent });
    setClockRefusal(refusal);
    await refresh();
  };
  const lab = labOpen(session.flow);
  const mine = Object.fromEntries(
    session.scores.filter((s) => s.source === "interviewer").map((s) => [s.dimension, s.level]),
  );
  return (
    <div className="space-y-4">
      <PromptHeader
        prompt={prompt}
        subtitle={`You are interviewing ${session.candidateName ?? "(waiting for the candidate to join)"}`}
      />
      {session.candidateName === null && initial.joinCode ? <InviteCard code={initial.joinCode} url={joinUrl} /> : null}
      <PhaseBar flow={session.flow} now={now} onEvent={(event) => void control(event.type)} addTime />
      {clockRefusal ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          The clock did not change: {clockRefusal}
        </p>
      ) : null}
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
          <h3 className="mt-3 text-sm font-semibold">Whiteboard</h3>
          {session.flow.whiteboard ? (
            <div data-testid="live-whiteboard">
              <Whiteboard scene={session.flow.whiteboard} label="Candidate's whiteboard (read-only)" />
            </div>
          ) : (
            <p className="text-sm text-muted">Nothing drawn yet.</p>
          )}
        </section>
        <div className="space-y-4">
          {lab ? (
            <MirroredLab
              scenario={prompt.lab.scenario}
              title={labTitle}
              why={prompt.lab.why}
              flow={session.flow}
              entries={session.events}
            />
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
              The candidate&apos;s lab ({labTitle}) opens in the deep dive; you will see it here, live.
            </p>
          )}
          <FaultPanel
            sessionId={initial.id}
            prompt={prompt}
            labTitle={labTitle}
            events={session.events}
            labIsOpen={lab}
            onInjected={refresh}
          />
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
