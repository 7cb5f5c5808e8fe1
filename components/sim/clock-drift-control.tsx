"use client";
import { useId } from "react";
import { describeDrift } from "@/lib/sim/protocols/raft-events";
import { leaseMargin, leaseUnsafe, type RaftSettings } from "@/lib/sim/protocols/raft-settings";
import { fieldset, legend } from "@/components/ui/class-names";
import { SettledRange } from "./settled-range";

/** The lab offers drifts up to this far either way (the engine accepts more; a lesson needs no more). */
const MAX_PERCENT = 30;
const percent = (drift: number) => Math.round(drift * 100);

interface Props {
  readonly settings: RaftSettings;
  /** The node that leads now, if any: its lease is the one the margin protects. */
  readonly leader: string | undefined;
  readonly onCommit: (node: string, drift: number) => void;
}

/** Each Raft server's clock rate, with the lease margin it must stay within for lease reads to be safe. */
export function ClockDriftControl({ settings, leader, onCommit }: Props) {
  const id = useId();
  const margin = percent(leaseMargin(settings));
  const unsafe = leader !== undefined && leaseUnsafe(settings, leader);
  return (
    <fieldset className={fieldset} aria-describedby={`${id}-margin`}>
      <legend className={legend}>Clock drift</legend>
      {Object.entries(settings.drift).map(([node, drift]) => (
        <SettledRange
          key={node}
          name={node}
          label={`Clock drift on ${node}`}
          value={percent(drift)}
          min={-MAX_PERCENT}
          max={MAX_PERCENT}
          step={5}
          format={(v) => `${v > 0 ? "+" : ""}${v}%`}
          onCommit={(v) => onCommit(node, v / 100)}
        />
      ))}
      <p id={`${id}-margin`} className="text-xs text-slate-600 dark:text-slate-400">
        Lease margin {margin}%: a leader trusts a heartbeat round for {settings.leaseMs} ms on its own clock, and
        followers wait at least {settings.electionMinMs} ms on theirs before electing anyone. Lease reads are safe while
        the leader&apos;s clock runs at most {margin}% slower than the others&apos;.
      </p>
      {unsafe ? (
        <p
          role="status"
          className="rounded-md border border-amber-500 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          {leader}&apos;s clock runs {describeDrift(settings.drift[leader] ?? 0)}, beyond the margin: under lease reads
          it can answer after a new leader has taken writes.
        </p>
      ) : null}
    </fieldset>
  );
}
