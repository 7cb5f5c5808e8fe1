"use client";
import { useId } from "react";
import { fieldset, legend } from "@/components/ui/class-names";

/** Raft's pre-vote on or off from now on (Ongaro's thesis §9.6). */
export function PreVoteControl({ on, onToggle }: { readonly on: boolean; readonly onToggle: (on: boolean) => void }) {
  const id = useId();
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Elections</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={on} aria-describedby={id} onChange={(e) => onToggle(e.target.checked)} />
        Pre-vote ({on ? "on" : "off"})
      </label>
      <p id={id} className="text-xs text-slate-600 dark:text-slate-400">
        A server whose election timer runs out first asks whether a majority would vote for it, without raising its
        term: a server cut off and reconnected cannot depose a healthy leader.
      </p>
    </fieldset>
  );
}
