"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import type { InterviewSessionDto } from "@/lib/db/interviews";
import type { TimelinePayload } from "@/lib/interview/events";
import { allNotes, labOpen } from "@/lib/interview/flow";
import { PHASES } from "@/lib/interview/phases";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { CapacityEstimator } from "./capacity-estimator";
import { FeedbackView } from "./feedback-view";
import { InterviewLab } from "./interview-lab";
import { ModelOutline } from "./model-outline";
import { NotesEditor } from "./notes-editor";
import { PhaseBar } from "./phase-bar";
import { PromptHeader } from "./prompt-header";
import { RubricForm } from "./self-assessment";
import { SyncBanner } from "./sync-banner";
import { TimelineReplay } from "./timeline-replay";
import { useInterviewDoc } from "./use-interview-doc";
import { useNow } from "./use-now";
import { Whiteboard } from "./whiteboard";
import { postForRefusal, postJson, useSessionPoll } from "./use-session-poll";

interface Props {
  readonly session: InterviewSessionDto;
  readonly prompt: InterviewPrompt;
  /** The model outline may be shown (the candidate finished and assessed themselves). */
  readonly revealed: boolean;
  readonly lab: { readonly title: string };
}

/** The candidate's side: timer, notes, estimator, the deep-dive lab, then self-assessment, outline and coverage. */
export function CandidateRoom({ session: initial, prompt, revealed, lab }: Props) {
  const router = useRouter();
  const doc = useInterviewDoc(initial.id, { flow: initial.flow, revision: initial.revision });
  const led = initial.mode === "led";
  const { session } = useSessionPoll(initial.id, initial, led ? 2_000 : 10_000);
  const now = useNow();
  const { flow, dispatch, adoptClock, save } = doc;
  useEffect(() => {
    if (led) adoptClock(session.flow);
  }, [led, adoptClock, session.flow]);
  const phase = PHASES[flow.phaseIndex]?.id ?? "clarify";
  // The whiteboard sits beside the notes in the design phases.
  const designPhase = flow.status !== "finished" && (phase === "high-level" || phase === "deep-dive");
  const addToNotes = useCallback(
    (text: string) =>
      dispatch({ type: "edit-notes", phase, text: [flow.notes[phase] ?? "", text].filter(Boolean).join("\n\n") }),
    [dispatch, flow.notes, phase],
  );
  // Lab entries go out one at a time, in the order the lab applied them, after the save that opened the deep dive.
  const labQueue = useRef<Promise<unknown>>(Promise.resolve());
  const onLabEntry = useCallback(
    (entry: TimelinePayload) => {
      const sent = labQueue.current.then(async () => {
        await save();
        return postForRefusal(`/api/interviews/${initial.id}/events`, entry);
      });
      labQueue.current = sent;
      return sent;
    },
    [initial.id, save],
  );
  const selfScores = Object.fromEntries(
    session.scores.filter((s) => s.source === "self").map((s) => [s.dimension, s.level]),
  );
  const submitSelf = async (scores: { dimension: string; level: number; comment: string }[]) => {
    for (const s of scores) dispatch({ type: "self-score", dimension: s.dimension, level: s.level });
    await save();
    const ok = await postJson(`/api/interviews/${initial.id}/scores`, scores);
    if (ok) router.refresh();
    return ok;
  };
  return (
    <div className="space-y-4">
      <PromptHeader
        prompt={prompt}
        subtitle={
          initial.mode === "led"
            ? `Mock interview with ${initial.interviewerName ?? "an interviewer"}`
            : "Solo mock interview"
        }
      />
      {session.locked ? (
        <p
          role="status"
          className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
        >
          This interview is part of an assignment you submitted: it is read-only now.
        </p>
      ) : (
        <SyncBanner
          status={doc.status}
          conflict={doc.conflict}
          mine={flow}
          refusal={doc.refusal}
          retryInMs={doc.retryInMs}
          onKeepMine={doc.keepMine}
          onTakeTheirs={doc.takeTheirs}
          onReloadSaved={doc.reloadSaved}
        />
      )}
      <PhaseBar
        flow={flow}
        now={now}
        {...(led ? { runBy: initial.interviewerName ?? "your interviewer" } : { onEvent: dispatch })}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <NotesEditor
            key={flow.phaseIndex}
            flow={flow}
            prompt={prompt}
            onEdit={(p, text) => dispatch({ type: "edit-notes", phase: p, text })}
          />
          {designPhase || (flow.status === "finished" && flow.whiteboard) ? (
            <section aria-labelledby="whiteboard-heading" className="space-y-1" data-testid="whiteboard">
              <h2 id="whiteboard-heading" className="text-sm font-medium">
                Whiteboard{flow.status === "finished" ? " (as you left it)" : ""}
              </h2>
              <Whiteboard
                scene={flow.whiteboard}
                label="Whiteboard"
                {...(flow.status === "finished" || session.locked
                  ? {}
                  : { onChange: (scene: string) => dispatch({ type: "edit-whiteboard", scene }) })}
              />
            </section>
          ) : null}
          <CapacityEstimator onAddToNotes={addToNotes} disabled={flow.status === "finished"} />
        </div>
        {labOpen(flow) ? (
          <InterviewLab
            scenario={prompt.lab.scenario}
            title={lab.title}
            why={prompt.lab.why}
            flow={flow}
            entries={session.events}
            tryActions={prompt.lab.faults}
            onLabEntry={onLabEntry}
          />
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
            The lab preset ({lab.title}) opens in the deep dive.
          </p>
        )}
      </div>
      {session.feedbackSubmitted && session.feedback !== null ? (
        <FeedbackView
          feedback={session.feedback}
          scores={session.scores}
          rubric={prompt.rubric}
          interviewerName={session.interviewerName}
        />
      ) : null}
      {flow.status === "finished" ? (
        <>
          {session.locked ? null : (
            <RubricForm
              rubric={prompt.rubric}
              initial={selfScores}
              heading="Self-assessment"
              submitLabel="Save and reveal the model outline"
              onSubmit={submitSelf}
            />
          )}
          {revealed ? <ModelOutline prompt={prompt} notes={allNotes(flow)} /> : null}
          <TimelineReplay events={session.events} />
        </>
      ) : null}
    </div>
  );
}
