"use client";
import { useEffect, useState } from "react";
import type { InterviewSessionDto } from "@/lib/db/interviews";

/** The session as the server sees it, re-read every `everyMs` (2 s): live notes, faults and feedback. */
export function useSessionPoll(id: string, initial: InterviewSessionDto, everyMs = 2_000): InterviewSessionDto {
  const [session, setSession] = useState(initial);
  // A server refresh (router.refresh) brings a newer copy: take it.
  const [previous, setPrevious] = useState(initial);
  if (initial !== previous) {
    setPrevious(initial);
    setSession(initial);
  }
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/interviews/${id}`, { cache: "no-store" });
        if (response.ok && !stopped) setSession((await response.json()) as InterviewSessionDto);
      } catch {
        // Offline: keep the last copy and try again on the next tick.
      }
    };
    const timer = window.setInterval(() => void poll(), everyMs);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [id, everyMs]);
  return session;
}

export async function postJson(url: string, body: unknown): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return response.ok;
  } catch {
    return false;
  }
}
