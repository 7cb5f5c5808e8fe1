"use client";
import { useEffect, useMemo, useRef } from "react";
import { labLog } from "@/lib/interview/events";
import { labTimeAt } from "@/lib/interview/flow";
import { interviewRun, useInterviewLabStore, useLabClock, type SessionLabProps } from "./interview-lab-store";
import { LabFrame } from "./lab-frame";

/**
 * The candidate's lab as the interviewer sees it, read-only: rebuilt from the session's lab log (what the candidate's
 * lab applied and where) whenever it grows, and kept at the interview's lab time, so it shows the run the candidate
 * sees (the engine is deterministic).
 */
export function MirroredLab({ scenario, title, why, flow, entries }: SessionLabProps) {
  const log = useMemo(() => labLog(entries), [entries]);
  const store = useInterviewLabStore(scenario, log);
  const built = useRef(log.length);
  useEffect(() => {
    if (built.current === log.length) return;
    built.current = log.length;
    // An entry lands up to a poll after the candidate's lab applied it: the mirror steps back to a checkpoint before
    // it and forward again to now; only a log that does not extend the mirror's (never, in order) replays it all.
    if (store.follow(log)) return;
    store.replaceRun(interviewRun(scenario, log));
    store.advance(labTimeAt(flow, Date.now()));
  }, [log, store, scenario, flow]);
  useLabClock(store, flow);
  const last = entries.findLast((e) => e.payload.kind === "lab-action");
  const notice =
    last && last.payload.kind === "lab-action"
      ? `${last.payload.faultSeq === undefined ? "The candidate" : "Your fault, applied"}: ${last.payload.label}`
      : null;
  return (
    <LabFrame
      store={store}
      scenario={scenario}
      heading={`Candidate's lab (live): ${title}`}
      why={why}
      notice={notice}
      testId="mirrored-lab"
    />
  );
}
