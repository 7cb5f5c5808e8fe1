"use client";
import { useId } from "react";
import type { RaftReadMode } from "@/lib/sim/actions";
import { fieldset, legend } from "@/components/ui/class-names";

const MODES: ReadonlyArray<{ readonly mode: RaftReadMode; readonly label: string; readonly help: string }> = [
  { mode: "log", label: "Through the log", help: "the read is an entry; answered once it commits" },
  {
    mode: "read-index",
    label: "ReadIndex",
    help: "the leader confirms with a heartbeat round a majority answers",
  },
  { mode: "lease", label: "Leader lease", help: "the leader answers alone while its lease holds on its clock" },
  { mode: "follower", label: "Follower read", help: "any server answers from what it has applied: may be stale" },
];

/** How Raft answers reads from now on (Ongaro's thesis §6.4); one action per change. */
export function ReadModeControl({
  mode,
  onChange,
}: {
  readonly mode: RaftReadMode;
  readonly onChange: (mode: RaftReadMode) => void;
}) {
  const name = useId();
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Read mode</legend>
      {MODES.map((m) => (
        <label key={m.mode} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            className="mt-1"
            name={name}
            checked={mode === m.mode}
            aria-describedby={`${name}-${m.mode}`}
            onChange={() => onChange(m.mode)}
          />
          <span>
            {m.label}
            <span id={`${name}-${m.mode}`} className="block text-xs text-slate-600 dark:text-slate-400">
              {m.help}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
