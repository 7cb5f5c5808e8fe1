"use client";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { readLocalCopy, writeLocalCopy } from "@/components/autosave/local-copy";

const DRAFT_KEY = "quorum:authoring-preview";
/** Writes wait for a pause in typing: a lesson is tens of kilobytes. */
const WRITE_DELAY_MS = 400;

export interface LessonDraft {
  readonly source: string;
  /** The uploaded file's name, when the text came from a file (the file-name rule is checked against it). */
  readonly fileName?: string;
}

// Generous on purpose: a draft over the preview's limit is still the author's text, kept so it can be cut down.
const draftSchema = z.object({ source: z.string().max(2_000_000), fileName: z.string().max(200).optional() });

/**
 * The preview's text, kept in this browser as it is typed, pasted or uploaded, and put back after a reload: nothing
 * typed is lost, and nothing is sent anywhere until Preview is pressed.
 */
export function useLessonDraft() {
  const [draft, setDraft] = useState<LessonDraft>({ source: "" });
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const saved = readLocalCopy(DRAFT_KEY, draftSchema);
    // A one-time read of browser storage, which the server render cannot see.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved) setDraft(saved);
    setRestored(true);
  }, []);

  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
    if (!restored) return;
    const timer = window.setTimeout(() => writeLocalCopy(DRAFT_KEY, draft), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, restored]);

  // A reload inside the delay still keeps the last keystrokes.
  useEffect(() => {
    if (!restored) return;
    const flush = () => writeLocalCopy(DRAFT_KEY, latest.current);
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [restored]);

  return { draft, setDraft, restored };
}
