"use client";
import { useEffect, useState } from "react";
import { z } from "zod";
import { CERTAINTIES, type Certainty } from "@/lib/quiz/schema";
import type { AttemptDto } from "@/lib/db";
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from "@/components/autosave/local-copy";
import { initialDraft, type Draft } from "./draft";

const draftSchema = z.object({ choice: z.string().optional(), choices: z.array(z.string()).optional(), text: z.string().optional(), order: z.array(z.string()).optional() });
const copySchema = z.object({ drafts: z.record(z.string(), draftSchema), certainty: z.record(z.string(), z.enum(CERTAINTIES)) });
type Copy = z.infer<typeof copySchema>;

const keyOf = (attemptId: string) => `quorum.quiz.${attemptId}`;

/**
 * The answers typed into an open attempt, mirrored into this browser on every
 * change: until the server has them (they are only sent on Check or Submit), a
 * failed request, a reload or an error page must not lose them.
 */
export function useQuizDrafts(attempt: AttemptDto) {
  const [copy, setCopy] = useState<Copy>(() => ({ drafts: Object.fromEntries(attempt.questions.map((q) => [q.question.id, initialDraft(q.question)])), certainty: {} }));
  const [restored, setRestored] = useState(false);
  const key = keyOf(attempt.id);

  // After hydration (the server cannot read this browser's copy): bring back what was typed before.
  useEffect(() => {
    const saved = readLocalCopy(key, copySchema);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time read of browser storage, which the server render cannot see
    if (saved) setCopy((c) => ({ drafts: { ...c.drafts, ...saved.drafts }, certainty: { ...c.certainty, ...saved.certainty } }));
    setRestored(true);
  }, [key]);

  useEffect(() => {
    if (restored) writeLocalCopy(key, copy);
  }, [key, copy, restored]);

  return {
    drafts: copy.drafts as Record<string, Draft>,
    certainty: copy.certainty as Record<string, Certainty>,
    setDraft: (id: string, d: Draft) => setCopy((c) => ({ ...c, drafts: { ...c.drafts, [id]: d } })),
    setCertainty: (id: string, level: Certainty) => setCopy((c) => ({ ...c, certainty: { ...c.certainty, [id]: level } })),
    /** The server has every answer (the attempt is submitted): the browser's copy can go. */
    forget: () => clearLocalCopy(key),
  };
}
