"use client";
import { useState } from "react";
import { faultStatuses, type FaultStatus, type TimelineEntry } from "@/lib/interview/events";
import { formatClock } from "@/lib/interview/flow";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { postForRefusal } from "./use-session-poll";
import { buttonSecondary, card } from "@/components/ui/class-names";

const STATE_TEXT: Record<FaultStatus["state"], (fault: FaultStatus) => string> = {
  queued: () => "queued: applies when the deep dive starts",
  sent: () => "sent: the candidate's lab applies it as soon as their page next updates",
  applied: (fault) =>
    `applied in the candidate's lab${fault.appliedAt === undefined ? "" : ` at ${formatClock(fault.appliedAt)} lab time`}`,
};

/**
 * The interviewer injects one of the prompt's faults into the candidate's lab, and sees where each stands: queued until
 * the deep dive opens the lab, sent, then applied (the candidate's lab reports it, and the mirror shows it).
 */
export function FaultPanel({
  sessionId,
  prompt,
  labTitle,
  events,
  labIsOpen,
  onInjected,
}: {
  sessionId: string;
  prompt: InterviewPrompt;
  labTitle: string;
  events: readonly TimelineEntry[];
  labIsOpen: boolean;
  onInjected: () => Promise<void>;
}) {
  const [status, setStatus] = useState("");
  const inject = async (label: string, action: InterviewPrompt["lab"]["faults"][number]["action"]) => {
    setStatus(`Injecting: ${label}…`);
    const refusal = await postForRefusal(`/api/interviews/${sessionId}/events`, { kind: "fault", label, action });
    setStatus(refusal ? `Could not inject the fault: ${refusal}` : `Injected: ${label}.`);
    await onInjected();
  };
  const faults = faultStatuses(events, labIsOpen);
  return (
    <section className={card} aria-labelledby="faults-heading">
      <h2 id="faults-heading" className="font-semibold">
        Inject a fault into the candidate&apos;s lab
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {labTitle}. {prompt.lab.why}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {prompt.lab.faults.map((fault) => (
          <button
            key={fault.label}
            type="button"
            className={buttonSecondary}
            onClick={() => void inject(fault.label, fault.action)}
          >
            {fault.label}
          </button>
        ))}
      </div>
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
      {faults.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Injected faults" data-testid="fault-statuses">
          {faults.map((fault) => (
            <li key={fault.seq} data-state={fault.state}>
              <span className="font-medium">{fault.label}</span>:{" "}
              <span className={fault.state === "applied" ? "text-emerald-700 dark:text-emerald-300" : "text-muted"}>
                {STATE_TEXT[fault.state](fault)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
