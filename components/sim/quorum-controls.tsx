"use client";
import { useId, useState } from "react";
import { READ_REPAIR_MODES, type Quorum, type ReadRepairMode } from "@/lib/sim/share-codec";
import { buttonCompact, fieldset, inputCompact, legend } from "@/components/ui/class-names";

interface Props {
  /** The sizes the running cluster uses. */
  readonly current: Quorum;
  readonly nodeCount: number;
  /** Starts the run again from 0 s with these sizes (they are part of the cluster's set-up, not an action). */
  readonly onApply: (q: Quorum) => void;
}

function SizeSelect({
  id,
  label,
  hint,
  value,
  max,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: number;
  max: number;
  onChange: (v: number) => void;
}) {
  return (
    <label htmlFor={id} className="flex items-center gap-1 text-sm" title={hint}>
      {label}
      <select
        id={id}
        className={inputCompact}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        aria-label={`${label}: ${hint}`}
      >
        {Array.from({ length: max }, (_, i) => i + 1).map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

const REPAIR_HINT: Record<ReadRepairMode, string> = {
  background: "the read answers first and repairs stale replicas afterwards (Dynamo, Riak)",
  blocking:
    "the read repairs the stale replicas it asked before answering (Cassandra at QUORUM): quorum reads stay monotonic",
};

/**
 * N, W and R and the read-repair mode for a leaderless cluster. Choices stay drafts until applied, because applying
 * restarts the run.
 */
export function QuorumControls({ current, nodeCount, onApply }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Quorum>(current);
  const [synced, setSynced] = useState(current);
  if (synced !== current) {
    setSynced(current);
    setDraft(current);
  }
  // Keep W and R within N when N shrinks, so the draft is always one the engine accepts.
  const setN = (n: number) => setDraft((d) => ({ ...d, n, w: Math.min(d.w, n), r: Math.min(d.r, n) }));
  const repair = draft.readRepair ?? "background";
  const changed =
    draft.n !== current.n ||
    draft.w !== current.w ||
    draft.r !== current.r ||
    repair !== (current.readRepair ?? "background");
  const overlap = draft.w + draft.r > draft.n;
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Quorums</legend>
      <div className="flex flex-wrap items-center gap-3">
        <SizeSelect id={`${id}-n`} label="N" hint="replicas per key" value={draft.n} max={nodeCount} onChange={setN} />
        <SizeSelect
          id={`${id}-w`}
          label="W"
          hint="acknowledgements a write waits for"
          value={draft.w}
          max={draft.n}
          onChange={(w) => setDraft((d) => ({ ...d, w }))}
        />
        <SizeSelect
          id={`${id}-r`}
          label="R"
          hint="replies a read waits for"
          value={draft.r}
          max={draft.n}
          onChange={(r) => setDraft((d) => ({ ...d, r }))}
        />
        <label htmlFor={`${id}-rr`} className="flex items-center gap-1 text-sm" title={REPAIR_HINT[repair]}>
          Read repair
          <select
            id={`${id}-rr`}
            className={inputCompact}
            value={repair}
            onChange={(e) =>
              setDraft((d) => ({ ...d, readRepair: e.target.value === "blocking" ? "blocking" : "background" }))
            }
            aria-label={`Read repair: ${REPAIR_HINT[repair]}`}
          >
            {READ_REPAIR_MODES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="quorum-overlap">
        {overlap
          ? `W + R = ${draft.w + draft.r} > N = ${draft.n}: every read quorum overlaps every write quorum.`
          : `W + R = ${draft.w + draft.r} ≤ N = ${draft.n}: a read can miss the latest acknowledged write.`}
      </p>
      <button type="button" className={buttonCompact} disabled={!changed} onClick={() => onApply(draft)}>
        {changed
          ? `Restart with N=${draft.n}, W=${draft.w}, R=${draft.r}, ${repair} read repair`
          : `Running with N=${current.n}, W=${current.w}, R=${current.r}, ${current.readRepair ?? "background"} read repair`}
      </button>
      {changed ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Quorum sizes and the read-repair mode are part of the cluster&apos;s set-up, so the run starts again from 0 s.
        </p>
      ) : null}
    </fieldset>
  );
}
