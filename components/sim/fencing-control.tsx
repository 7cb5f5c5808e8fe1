"use client";
import { useId } from "react";
import { buttonCompact, fieldset, legend } from "@/components/ui/class-names";

interface Props {
  readonly fencing: boolean;
  /** The scenario's lease length, so the help names the number the run uses. */
  readonly leaseMs: number;
  readonly onToggle: (on: boolean) => void;
  readonly onReplay: (on: boolean) => void;
}

/**
 * The single-leader fencing toggle. "Fencing" here is three mechanisms at once
 * (single-leader.ts), and the label and help say which, so a learner never
 * mistakes it for epoch tokens alone.
 */
export function FencingControl({ fencing, leaseMs, onToggle, onReplay }: Props) {
  const id = useId();
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Fencing</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={fencing}
          aria-describedby={`${id}-summary`}
          onChange={(e) => onToggle(e.target.checked)}
        />
        Fencing: leases, majority promises, epoch checks ({fencing ? "on" : "off"})
      </label>
      <p id={`${id}-summary`} className="text-xs text-muted">
        Turns on leader leases of {leaseMs} ms, elections that need promises from a majority, and replicas that refuse
        an older epoch.
      </p>
      <details className="text-xs">
        <summary className="cursor-pointer font-medium">What fencing turns on</summary>
        <ul className="mt-1 list-disc space-y-1 pl-4">
          <li>
            <strong>Lease.</strong> A leader acknowledges writes and answers reads only while a majority (counting
            itself) answered one of its heartbeats less than {leaseMs} ms ago, timed on its own clock. This relies on
            clocks running at nearly the same rate: a leader whose clock runs slow keeps acknowledging after its
            successor has started.
          </li>
          <li>
            <strong>Majority promises.</strong> A promotion becomes an election: the candidate needs promises from a
            majority, and a node promises only to a candidate whose log is at least as up to date as its own (the epoch
            of its last entry, then its length). The winner waits out one lease before taking writes.
          </li>
          <li>
            <strong>Epoch checks.</strong> Every node remembers the highest epoch it has seen or promised and refuses
            replication and heartbeats from an older one, so a deposed leader cannot get anything stored where the new
            epoch is known.
          </li>
          <li>
            <strong>Not included.</strong> Writes a leader acknowledged asynchronously before its lease ran out, and
            that never reached a majority, are lost when a leader elected without them takes over; the old leader&apos;s
            step-down event lists them. Only waiting for replicas (semi-sync or sync) prevents that.
          </li>
        </ul>
      </details>
      <button type="button" className={buttonCompact} onClick={() => onReplay(!fencing)}>
        Replay this run with fencing {fencing ? "off" : "on"}
      </button>
    </fieldset>
  );
}
