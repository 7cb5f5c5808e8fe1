"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { retryDelay } from "./backoff";

/**
 * What one attempt to save came to. A thrown error (network down, server
 * error page) counts as `retry`; `refused` is the server saying no for good
 * (invalid, locked, out of order), which no retry would change.
 */
export type SendOutcome =
  { readonly kind: "saved" } | { readonly kind: "retry" } | { readonly kind: "refused"; readonly message: string };
export type SaveStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved" }
  | { readonly kind: "retrying"; readonly inMs: number }
  | { readonly kind: "refused"; readonly message: string };

interface Options<T> {
  /** Sends one value; may throw. */
  readonly send: (value: T) => Promise<SendOutcome>;
  /** Folds a newer change into one still waiting (default: the newer replaces it). */
  readonly merge?: (waiting: T, newer: T) => T;
  /** Wait after a change before sending, so typing sends once per pause. */
  readonly debounceMs?: number;
}

/**
 * The one autosave loop of the app (quiz answers, lab answers; the interview
 * room shows the same statuses): the latest value waits in memory until the
 * server takes it; a failed send is retried with backoff (1 s, 2 s, 4 s … 30 s)
 * and whatever was typed meanwhile rides along. It never reports "saved" for
 * anything the server did not confirm.
 */
export function useRetryingSave<T>({ send, merge, debounceMs = 0 }: Options<T>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const waiting = useRef<{ value: T } | null>(null);
  const inFlight = useRef(false);
  const failures = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const sendRef = useRef(send);
  const mergeRef = useRef(merge);
  useEffect(() => {
    sendRef.current = send;
    mergeRef.current = merge;
  });

  const flushRef = useRef<() => Promise<SendOutcome | null>>(async () => null);
  const later = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), ms);
  }, []);

  const flush = useCallback(async (): Promise<SendOutcome | null> => {
    const fold = (older: T, newer: T) => (mergeRef.current ? mergeRef.current(older, newer) : newer);
    window.clearTimeout(timer.current);
    if (inFlight.current || !waiting.current) return null;
    const sent = waiting.current.value;
    waiting.current = null;
    inFlight.current = true;
    setStatus({ kind: "saving" });
    let outcome: SendOutcome;
    try {
      outcome = await sendRef.current(sent);
    } catch {
      outcome = { kind: "retry" };
    }
    inFlight.current = false;
    // Typed while the request was out (the ref changed under the await).
    const newer = waiting.current as { value: T } | null;
    if (outcome.kind === "retry") {
      waiting.current = { value: newer ? fold(sent, newer.value) : sent };
      failures.current += 1;
      const inMs = retryDelay(failures.current);
      setStatus({ kind: "retrying", inMs });
      later(inMs);
      return outcome;
    }
    failures.current = 0;
    if (outcome.kind === "refused") setStatus({ kind: "refused", message: outcome.message });
    else if (newer) later(debounceMs);
    else setStatus({ kind: "saved" });
    return outcome;
  }, [debounceMs, later]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Queues `value` (folded into anything waiting) and sends it after the debounce, or sooner with `flush`. */
  const queue = useCallback(
    (value: T) => {
      const waitingNow = waiting.current;
      waiting.current = { value: waitingNow && mergeRef.current ? mergeRef.current(waitingNow.value, value) : value };
      if (failures.current > 0) return; // a retry is already scheduled and will carry this too
      later(debounceMs);
    },
    [debounceMs, later],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { status, queue, flush };
}
