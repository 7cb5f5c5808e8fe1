"use client";
import { useSyncExternalStore } from "react";

// One MediaQueryList per query: getSnapshot runs on every render (60 times a second while playing).
const lists = new Map<string, MediaQueryList>();
const list = (query: string) => {
  let mq = lists.get(query);
  if (!mq) {
    mq = window.matchMedia(query);
    lists.set(query, mq);
  }
  return mq;
};

/** Whether a media query matches; false during server rendering and hydration. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = list(query);
      mq.addEventListener("change", onChange);
      return () => mq.removeEventListener("change", onChange);
    },
    () => list(query).matches,
    () => false,
  );
}
