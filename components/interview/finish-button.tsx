"use client";
import { useState } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/class-names";
import { formatClock } from "@/lib/interview/flow";

/**
 * Finish: at once when the time is up, otherwise after saying how much time is left and asking, since finishing
 * cannot be undone.
 */
export function FinishButton({ remainingMs, onFinish }: { remainingMs: number; onFinish: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className={buttonSecondary}
        onClick={() => (remainingMs > 0 ? setAsking(true) : onFinish())}
      >
        Finish
      </button>
    );
  return (
    <div role="group" aria-label="Finish early?" className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Finish with {formatClock(remainingMs)} left? This cannot be undone.</span>
      <button type="button" className={buttonPrimary} onClick={onFinish}>
        Finish now
      </button>
      <button type="button" className={buttonSecondary} onClick={() => setAsking(false)} autoFocus>
        Keep going
      </button>
    </div>
  );
}
