"use client";
import { useState } from "react";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { postJson } from "./use-session-poll";
import { buttonPrimary, buttonSecondary, card, inputClass } from "./ui";

/** The interviewer's private notes on the candidate's reasoning, and the feedback the candidate reads once submitted. */
export function FeedbackForm({ sessionId, initialNotes, initialFeedback, submitted }: { sessionId: string; initialNotes: string; initialFeedback: string; submitted: boolean }) {
  const [notes, setNotes] = useState(initialNotes);
  const [feedback, setFeedback] = useState(initialFeedback);
  const [status, setStatus] = useState(submitted ? "Feedback submitted: the candidate can read it." : "");
  const save = async (submit: boolean) => {
    const ok = await postJson(`/api/interviews/${sessionId}/feedback`, { interviewerNotes: notes, feedback, submit });
    setStatus(ok ? (submit ? "Feedback submitted: the candidate can read it." : "Draft saved.") : "Could not save; try again.");
  };
  return (
    <section className={`${card} space-y-2`} aria-labelledby="feedback-form-heading">
      <h2 id="feedback-form-heading" className="font-semibold">Your notes and feedback</h2>
      <label className="block text-sm font-medium" htmlFor="interviewer-notes">How the candidate reasons (private)</label>
      <LimitedTextarea id="interviewer-notes" maxLength={TEXT_LIMITS.interviewerNotes} className={`${inputClass} min-h-24`} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <label className="block text-sm font-medium" htmlFor="interviewer-feedback">Feedback for the candidate</label>
      <LimitedTextarea id="interviewer-feedback" maxLength={TEXT_LIMITS.interviewFeedback} className={`${inputClass} min-h-32`} value={feedback} onChange={(e) => setFeedback(e.target.value)} />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonSecondary} onClick={() => void save(false)}>Save draft</button>
        <button type="button" className={buttonPrimary} disabled={feedback.trim().length === 0} onClick={() => void save(true)}>Submit feedback</button>
        <span role="status" className="text-sm">{status}</span>
      </div>
    </section>
  );
}
