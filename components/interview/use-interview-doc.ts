"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { transition, withClock, type FlowEvent, type FlowState } from "@/lib/interview/flow";
import { retryDelay } from "@/components/autosave/backoff";
import { readLocalDoc, sameFlow, startingPoint, writeLocalDoc, type LocalDoc, type ServerDoc } from "./doc-storage";

/**
 * "offline": the last save failed (network or server down) and is retried with backoff; "refused": the server said this
 * change is not allowed (`refusal` says why).
 */
export type SyncStatus = "saved" | "unsaved" | "saving" | "offline" | "conflict" | "refused";
type TimedEvent = Extract<FlowEvent, { now: number }>;
/** Events as the page sends them: the hook stamps timed events with the wall clock. */
export type DocEvent = Omit<TimedEvent, "now"> | Exclude<FlowEvent, TimedEvent>;

const AUTOSAVE_MS = 3_000;
const TIMED: ReadonlySet<string> = new Set<TimedEvent["type"]>([
  "start",
  "tick",
  "advance-phase",
  "pause",
  "resume",
  "finish",
  "add-time",
]);

interface DocState {
  readonly doc: LocalDoc;
  readonly conflict: ServerDoc | null;
  readonly status: SyncStatus;
  readonly refusal?: string;
  /** When the failed save may be retried (backoff); 0 when nothing failed. */
  readonly retryInMs?: number;
}

/**
 * The candidate's interview document: the flow state, saved to localStorage on
 * every change and to the server every few seconds with its base revision.
 * A refused (stale) save turns into a conflict the candidate resolves.
 */
export function useInterviewDoc(sessionId: string, server: ServerDoc) {
  const [state, setState] = useState<DocState>(() => {
    const start = startingPoint(readLocalDoc(sessionId), server);
    return { ...start, status: start.conflict ? "conflict" : start.doc.dirty ? "unsaved" : "saved" };
  });
  const latest = useRef(state);
  const inFlight = useRef<Promise<void> | null>(null);
  const failures = useRef(0);
  const nextTryAt = useRef(0);

  useEffect(() => {
    latest.current = state;
    writeLocalDoc(sessionId, state.doc);
  }, [sessionId, state]);

  const dispatch = useCallback((event: DocEvent) => {
    setState((current) => {
      const timed = (TIMED.has(event.type) ? { ...event, now: Date.now() } : event) as FlowEvent;
      const step = transition(current.doc.flow, timed);
      if (step.state === current.doc.flow) return current;
      const pending = [
        ...current.doc.pending,
        ...step.emitted.map(({ elapsedMs, ...payload }) => ({ elapsedMs: Math.round(elapsedMs), payload })),
      ];
      return {
        ...current,
        doc: { ...current.doc, flow: step.state, dirty: true, pending },
        status: current.conflict ? "conflict" : "unsaved",
      };
    });
  }, []);

  const save = useCallback(
    async (keepalive = false): Promise<void> => {
      // A save already out: wait for it, then send what is left (so "save, then score" sees the finish stored).
      if (inFlight.current) await inFlight.current;
      const sent = latest.current;
      if (!sent.doc.dirty || sent.conflict || sent.status === "refused") return;
      if (!keepalive && Date.now() < nextTryAt.current) return; // backing off after a failure
      let done = () => {};
      inFlight.current = new Promise<void>((resolve) => (done = resolve));
      const failed = () => {
        failures.current += 1;
        const inMs = retryDelay(failures.current);
        nextTryAt.current = Date.now() + inMs;
        setState((s) => ({ ...s, status: "offline", retryInMs: inMs }));
      };
      setState((s) => ({ ...s, status: "saving" }));
      try {
        const response = await fetch(`/api/interviews/${sessionId}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ baseRevision: sent.doc.baseRevision, flow: sent.doc.flow, events: sent.doc.pending }),
          keepalive,
        });
        const body = (await response.json()) as {
          revision?: number;
          current?: ServerDoc;
          outOfOrder?: boolean;
          error?: string;
        };
        if (response.status >= 500) return failed();
        failures.current = 0;
        nextTryAt.current = 0;
        if (response.status === 409 && body.outOfOrder) {
          setState((s) => ({
            ...s,
            status: "refused",
            refusal: body.error ?? "The server did not accept this change.",
          }));
          return;
        }
        setState((s) => {
          const current = body.current;
          // A 409 whose stored copy equals what we sent is our own earlier save (sent as the page closed).
          const ours = response.status === 409 && current !== undefined && sameFlow(current.flow, sent.doc.flow);
          if (response.status === 409 && current && !ours) return { ...s, conflict: current, status: "conflict" };
          const revision = ours ? current?.revision : body.revision;
          if ((!response.ok && !ours) || revision === undefined) return { ...s, status: "offline" };
          const unchanged = s.doc.flow === sent.doc.flow;
          const pending = s.doc.pending.slice(sent.doc.pending.length);
          return {
            ...s,
            doc: { ...s.doc, baseRevision: revision, dirty: !unchanged || pending.length > 0, pending },
            status: unchanged ? "saved" : "unsaved",
          };
        });
      } catch {
        failed();
      } finally {
        inFlight.current = null;
        done();
      }
    },
    [sessionId],
  );

  useEffect(() => {
    const timer = window.setInterval(() => void save(), AUTOSAVE_MS);
    const onHide = () => document.visibilityState === "hidden" && void save(true);
    const onOnline = () => void save();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
    };
  }, [save]);

  /**
   * A led interview's clock is the interviewer's: take the server's clock, keep this page's notes and whiteboard
   * (not a change to save).
   */
  const adoptClock = useCallback((server: FlowState) => {
    setState((s) => {
      const flow = withClock(s.doc.flow, server);
      return JSON.stringify(flow) === JSON.stringify(s.doc.flow) ? s : { ...s, doc: { ...s.doc, flow } };
    });
  }, []);

  /** Keep this tab's version: it overwrites the server's on the next save. */
  const keepMine = useCallback(() => {
    setState((s) =>
      s.conflict
        ? { doc: { ...s.doc, baseRevision: s.conflict.revision, dirty: true }, conflict: null, status: "unsaved" }
        : s,
    );
  }, []);
  /** Take the server's version and drop this tab's unsaved changes. */
  const takeTheirs = useCallback(() => {
    setState((s) =>
      s.conflict
        ? {
            doc: { flow: s.conflict.flow, baseRevision: s.conflict.revision, dirty: false, pending: [] },
            conflict: null,
            status: "saved",
          }
        : s,
    );
  }, []);

  /** After a refusal: drop this browser's changes the server will not take, and load what it holds. */
  const reloadSaved = useCallback(() => {
    writeLocalDoc(sessionId, { ...latest.current.doc, dirty: false, pending: [] });
    window.location.reload();
  }, [sessionId]);

  const flow: FlowState = state.doc.flow;
  return {
    flow,
    status: state.status,
    refusal: state.refusal ?? null,
    retryInMs: state.retryInMs ?? 0,
    conflict: state.conflict,
    dispatch,
    save,
    adoptClock,
    keepMine,
    takeTheirs,
    reloadSaved,
  };
}
