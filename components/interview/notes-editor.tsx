"use client";
import { useState } from "react";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import type { FlowState } from "@/lib/interview/flow";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { PHASES, type PhaseId } from "@/lib/interview/phases";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { focusRing, inputClass } from "@/components/ui/class-names";

interface Props {
  readonly flow: FlowState;
  readonly prompt: InterviewPrompt;
  readonly onEdit: (phase: PhaseId, text: string) => void;
}

/** The notes, one page per phase (the current phase first), with the prompt's guiding questions. */
export function NotesEditor({ flow, prompt, onEdit }: Props) {
  const current = PHASES[flow.phaseIndex]?.id ?? "clarify";
  const [picked, setPicked] = useState<PhaseId | null>(null);
  const shown = picked ?? current;
  const label = PHASES.find((p) => p.id === shown)?.label ?? shown;
  const readOnly = flow.status === "finished";
  return (
    <section aria-label="Notes" className="space-y-2">
      <div role="group" aria-label="Notes for phase" className="flex flex-wrap gap-1">
        {PHASES.map((phase) => (
          <button
            key={phase.id}
            type="button"
            aria-pressed={shown === phase.id}
            onClick={() => setPicked(phase.id === current ? null : phase.id)}
            className={`rounded-md px-2 py-1 text-xs ${shown === phase.id ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900" : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200"} ${focusRing}`}
          >
            {phase.label}
            {phase.id === current ? " (now)" : ""}
          </button>
        ))}
      </div>
      <ul
        className="list-disc space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-300"
        aria-label="Guiding questions"
      >
        {prompt.guidingQuestions[shown].map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <label className="block text-sm font-medium" htmlFor={`notes-${shown}`}>
        Notes: {label}
      </label>
      <LimitedTextarea
        id={`notes-${shown}`}
        maxLength={TEXT_LIMITS.interviewPhaseNotes}
        className={`${inputClass} min-h-56 font-mono`}
        value={flow.notes[shown] ?? ""}
        readOnly={readOnly}
        onChange={(event) => onEdit(shown, event.target.value)}
        spellCheck
      />
    </section>
  );
}
