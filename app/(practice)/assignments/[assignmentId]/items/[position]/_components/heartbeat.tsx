"use client";

import { useEffect } from "react";
import { heartbeatAction } from "../../../../actions";

const BEAT_MS = 20_000;

/** Counts time while this item page is visible: a beat every 20 s and one when the page is hidden. */
export function Heartbeat({ assignmentId, item }: { assignmentId: string; item: number }) {
  useEffect(() => {
    let since = document.visibilityState === "visible" ? performance.now() : null;
    const flush = () => {
      if (since === null) return;
      const ms = Math.round(performance.now() - since);
      since = document.visibilityState === "visible" ? performance.now() : null;
      if (ms >= 1_000) void heartbeatAction({ assignmentId, item, ms: Math.min(ms, 60_000) }).catch(() => {});
    };
    const timer = window.setInterval(flush, BEAT_MS);
    const onVisibility = () => {
      if (document.visibilityState === "visible") since = performance.now();
      else flush();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      flush();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [assignmentId, item]);
  return null;
}
