"use client";
import { useEffect, useState } from "react";

/** The wall clock, refreshed every `everyMs`: the flow reducer gets time as data from here. */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
