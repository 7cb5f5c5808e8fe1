"use client";
import { useState } from "react";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { postJson } from "./use-session-poll";
import { buttonSecondary, card } from "@/components/ui/class-names";

/** The interviewer injects one of the prompt's faults into the candidate's lab, now. */
export function FaultPanel({
  sessionId,
  prompt,
  labTitle,
}: {
  sessionId: string;
  prompt: InterviewPrompt;
  labTitle: string;
}) {
  const [status, setStatus] = useState("");
  const inject = async (label: string, action: InterviewPrompt["lab"]["faults"][number]["action"]) => {
    setStatus(`Injecting: ${label}…`);
    const ok = await postJson(`/api/interviews/${sessionId}/events`, { kind: "fault", label, action });
    setStatus(
      ok
        ? `Injected: ${label}. The candidate's lab applies it within two seconds.`
        : "Could not inject the fault; try again.",
    );
  };
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
    </section>
  );
}
