"use client";
import { useEffect, useRef, useState } from "react";
import { faultStatuses, labLog, type TimelinePayload } from "@/lib/interview/events";
import type { Action } from "@/lib/sim";
import { buttonSecondary } from "@/components/ui/class-names";
import { useInterviewLabStore, useLabClock, type SessionLabProps } from "./interview-lab-store";
import { LabFrame } from "./lab-frame";

type LabEntry = Extract<TimelinePayload, { kind: "lab-action" }>;

interface Props extends SessionLabProps {
  readonly tryActions: readonly { label: string; action: Action }[];
  /** Sends what the lab applied, where it applied it; resolves to why it was not stored, or null. */
  readonly onLabEntry: (entry: LabEntry) => Promise<string | null>;
}

/**
 * The deep dive's lab preset: the prompt's scenario on the interview's clock. What the candidate does, and each fault
 * the interviewer injected, is applied here first and then sent with where it was applied, so the interviewer's
 * mirror replays the same run.
 */
export function InterviewLab({ scenario, title, why, flow, entries, tryActions, onLabEntry }: Props) {
  const store = useInterviewLabStore(scenario, labLog(entries));
  useLabClock(store, flow);
  const [notice, setNotice] = useState<string | null>(null);
  // Faults this page applied (or found applied in the log when it opened): each is applied once.
  const applied = useRef<Set<number> | null>(null);
  applied.current ??= new Set(faultStatuses(entries, true).flatMap((f) => (f.state === "applied" ? [f.seq] : [])));

  const apply = (label: string, action: Action, faultSeq?: number) => {
    const before = store.run.sim.actionLog.length;
    const result = store.act(action);
    const entry = store.run.sim.actionLog[before];
    if (entry)
      void onLabEntry({
        kind: "lab-action",
        label,
        action,
        at: entry.at,
        step: entry.step,
        ...(faultSeq === undefined ? {} : { faultSeq }),
      }).then((refusal) => refusal && setNotice(`Not sent to the session: ${refusal}`));
    return result;
  };

  useEffect(() => {
    for (const fault of faultStatuses(entries, true)) {
      if (fault.state === "applied" || applied.current?.has(fault.seq)) continue;
      applied.current?.add(fault.seq);
      const result = apply(fault.label, fault.action, fault.seq);
      setNotice(`Your interviewer injected a fault: ${fault.label}${result.ok ? "" : ` (refused: ${result.reason})`}`);
    }
    // apply reads the store and onLabEntry, which live as long as the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entries]);

  const act = (label: string, action: Action) => {
    const result = apply(label, action);
    setNotice(result.ok ? `You: ${label}` : `${label} refused: ${result.reason}`);
  };

  return (
    <LabFrame
      store={store}
      scenario={scenario}
      heading={`Lab: ${title}`}
      why={why}
      notice={notice}
      testId="interview-lab"
      onDropMessage={(messageId) => act(`drop message ${messageId}`, { type: "drop", messageId })}
    >
      {flow.status === "finished"
        ? null
        : tryActions.map((entry) => (
            <button
              key={entry.label}
              type="button"
              className={buttonSecondary}
              onClick={() => act(entry.label, entry.action)}
            >
              {entry.label}
            </button>
          ))}
    </LabFrame>
  );
}
