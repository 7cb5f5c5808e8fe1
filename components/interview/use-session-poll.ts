"use client";
import { useCallback, useEffect, useState } from "react";
import type { InterviewSessionDto } from "@/lib/db/interviews";

/**
 * The session as the server sees it, re-read every `everyMs` (2 s): live notes, whiteboard, lab, clock and feedback;
 * `refresh` re-reads it now (after this page changed something).
 */
export function useSessionPoll(
  id: string,
  initial: InterviewSessionDto,
  everyMs = 2_000,
): { session: InterviewSessionDto; refresh: () => Promise<void> } {
  const [session, setSession] = useState(initial);
  // A server refresh (router.refresh) brings a newer copy: take it.
  const [previous, setPrevious] = useState(initial);
  if (initial !== previous) {
    setPrevious(initial);
    setSession(initial);
  }
  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`/api/interviews/${id}`, { cache: "no-store" });
      if (response.ok) setSession((await response.json()) as InterviewSessionDto);
    } catch {
      // Offline: keep the last copy and try again on the next tick.
    }
  }, [id]);
  useEffect(() => {
    const timer = window.setInterval(() => void refresh(), everyMs);
    return () => window.clearInterval(timer);
  }, [refresh, everyMs]);
  return { session, refresh };
}

export async function postJson(url: string, body: unknown): Promise<boolean> {
  return (await postForRefusal(url, body)) === null;
}

/** POSTs `body`; resolves to null when the server took it, else its reason (or a network failure's). */
export async function postForRefusal(url: string, body: unknown): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (response.ok) return null;
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    return answer.error ?? `the server answered ${response.status}`;
  } catch {
    return "the network is down";
  }
}
