"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AttemptDto, DraftSaveResult } from "@/lib/db";
import { AttemptDraftSchema, initialDraft, type AttemptDraft, type Draft } from "@/lib/quiz/draft";
import type { Certainty } from "@/lib/quiz/schema";
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from "@/components/autosave/local-copy";
import { useRetryingSave, type SendOutcome } from "@/components/autosave/use-retrying-save";

export type SaveDraft = (input: { attemptId: string; draft: AttemptDraft }) => Promise<DraftSaveResult>;

const DEBOUNCE_MS = 800;
const keyOf = (attemptId: string) => `quorum.quiz.${attemptId}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function merged(base: AttemptDraft, over: AttemptDraft | null): AttemptDraft {
  return over
    ? { drafts: { ...base.drafts, ...over.drafts }, certainty: { ...base.certainty, ...over.certainty } }
    : base;
}

/**
 * The answers typed into an open attempt. Every change goes to this browser at
 * once and to the server after a pause (the shared retrying autosave), so a
 * reload, another device or an outage loses nothing; the browser's copy is
 * dropped only once the server has confirmed exactly what it holds. The page
 * starts from the server's draft (`saved`); a browser copy the server never
 * confirmed wins over it and is sent again.
 */
export function useQuizDrafts(attempt: AttemptDto, saved: AttemptDraft | null, saveDraft: SaveDraft) {
  const blank = (): AttemptDraft => ({
    drafts: Object.fromEntries(attempt.questions.map((q) => [q.question.id, initialDraft(q.question)])),
    certainty: {},
  });
  const [copy, setCopy] = useState<AttemptDraft>(() => merged(blank(), saved));
  const latest = useRef(copy);
  const key = keyOf(attempt.id);

  const send = async (value: AttemptDraft): Promise<SendOutcome> => {
    const r = await saveDraft({ attemptId: attempt.id, draft: value });
    if (!r.ok) return { kind: "refused", message: r.message };
    if (same(readLocalCopy(key, AttemptDraftSchema), value)) clearLocalCopy(key);
    return { kind: "saved" };
  };
  const { status, queue, flush } = useRetryingSave<AttemptDraft>({ send, debounceMs: DEBOUNCE_MS });

  const change = useCallback(
    (next: AttemptDraft) => {
      latest.current = next;
      setCopy(next);
      writeLocalCopy(key, next);
      queue(next);
    },
    [key, queue],
  );

  // After hydration (the server cannot read this browser's copy): bring back what the server never confirmed.
  useEffect(() => {
    const local = readLocalCopy(key, AttemptDraftSchema);
    if (local && !same(merged(latest.current, local), latest.current)) change(merged(latest.current, local));
  }, [key, change]);

  // Leaving the page: send what is waiting rather than leave it only in this browser.
  useEffect(() => () => void flush(), [flush]);

  return {
    drafts: copy.drafts,
    certainty: copy.certainty,
    status,
    /** The server already holds a draft: with nothing waiting, the page can say "Saved". */
    hasSaved: saved !== null,
    setDraft: (id: string, d: Draft) => change({ ...latest.current, drafts: { ...latest.current.drafts, [id]: d } }),
    setCertainty: (id: string, level: Certainty) =>
      change({ ...latest.current, certainty: { ...latest.current.certainty, [id]: level } }),
    /** The server has every answer (the attempt is submitted): the browser's copy can go. */
    forget: () => clearLocalCopy(key),
  };
}
