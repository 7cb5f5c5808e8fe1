"use client";
import { useMediaQuery } from "./use-media-query";

/** True when the user asked for less motion: the lab then shows messages as static markers and a list. */
export function useReducedMotion(): boolean {
  return useMediaQuery("(prefers-reduced-motion: reduce)");
}
