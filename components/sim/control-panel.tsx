"use client";
import { useId, useState } from "react";
import type { Action, ActionResult, NodeSnapshot, ReplicationMode } from "@/lib/sim";
import { FencingControl } from "./fencing-control";
import type { LabControl } from "@/lib/lab/lab-controls";
import { LagSlider } from "./lag-slider";
import { RaftControls } from "./raft-controls";
import type { RaftSettings } from "@/lib/sim/protocols/raft-settings";
import { buttonCompact, fieldset, inputCompact, legend } from "@/components/ui/class-names";

interface Props {
  readonly controls: ReadonlySet<LabControl>;
  readonly nodes: readonly NodeSnapshot[];
  readonly leaderName: string | undefined;
  readonly fencing: boolean;
  /** The scenario's fencing lease, named in the fencing control's help. */
  readonly leaseMs: number;
  readonly hasLeader: boolean;
  readonly act: (a: Action) => ActionResult;
  readonly onReplayWithFencing: (on: boolean) => void;
  readonly initialMode: ReplicationMode;
  /** A Raft run's settings (its own controls replace apply lag), or null. */
  readonly raft: RaftSettings | null;
}

function NodeSelect({
  id,
  label,
  nodes,
  value,
  onChange,
}: {
  id: string;
  label: string;
  nodes: readonly NodeSnapshot[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label htmlFor={id} className="flex items-center gap-1 text-sm">
      {label}
      <select id={id} className={inputCompact} value={value} onChange={(e) => onChange(e.target.value)}>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.id} ({n.role})
          </option>
        ))}
      </select>
    </label>
  );
}

const parseValue = (v: string) => (v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v);

function ClientOps({ controls, nodes, act }: Pick<Props, "controls" | "nodes" | "act">) {
  const id = useId();
  const [node, setNode] = useState(nodes[0]?.id ?? "");
  const [key, setKey] = useState("x");
  const [value, setValue] = useState("5");
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Client</legend>
      <div className="flex flex-wrap items-center gap-2">
        <NodeSelect id={`${id}-op-node`} label="Node" nodes={nodes} value={node} onChange={setNode} />
        <label className="flex items-center gap-1 text-sm">
          Key
          <input className={`${inputCompact} w-16`} value={key} onChange={(e) => setKey(e.target.value)} />
        </label>
        {controls.has("write") ? (
          <label className="flex items-center gap-1 text-sm">
            Value
            <input className={`${inputCompact} w-16`} value={value} onChange={(e) => setValue(e.target.value)} />
          </label>
        ) : null}
      </div>
      <div className="flex gap-2">
        {controls.has("write") ? (
          <button
            type="button"
            className={buttonCompact}
            onClick={() => act({ type: "write", key, value: parseValue(value), node, client: `you@${node}` })}
          >
            Write {key}={value} to {node}
          </button>
        ) : null}
        {controls.has("read") ? (
          <button
            type="button"
            className={buttonCompact}
            onClick={() => act({ type: "read", key, node, client: `you@${node}` })}
          >
            Read {key} from {node}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

function PartitionOps({ nodes, act }: Pick<Props, "nodes" | "act">) {
  const [side, setSide] = useState<ReadonlySet<string>>(new Set(nodes[0] ? [nodes[0].id] : []));
  const a = nodes.filter((n) => side.has(n.id)).map((n) => n.id);
  const b = nodes.filter((n) => !side.has(n.id)).map((n) => n.id);
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Network</legend>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>Cut off:</span>
        {nodes.map((n) => (
          <label key={n.id} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={side.has(n.id)}
              onChange={(e) => {
                const next = new Set(side);
                if (e.target.checked) next.add(n.id);
                else next.delete(n.id);
                setSide(next);
              }}
            />
            {n.id}
          </label>
        ))}
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          className={buttonCompact}
          disabled={a.length === 0 || b.length === 0}
          onClick={() => act({ type: "cut", from: a, to: b })}
        >
          Cut [{a.join(",")}] from [{b.join(",")}]
        </button>
        <button type="button" className={buttonCompact} onClick={() => act({ type: "heal" })}>
          Heal all
        </button>
      </div>
    </fieldset>
  );
}

function NodeOps({ controls, nodes, act, hasLeader }: Pick<Props, "controls" | "nodes" | "act" | "hasLeader">) {
  const id = useId();
  const [node, setNode] = useState(nodes[1]?.id ?? nodes[0]?.id ?? "");
  const status = nodes.find((n) => n.id === node)?.status;
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Node</legend>
      <NodeSelect id={`${id}-node-op`} label="Node" nodes={nodes} value={node} onChange={setNode} />
      <div className="flex flex-wrap gap-2">
        {controls.has("crash") ? (
          status === "crashed" ? (
            <button type="button" className={buttonCompact} onClick={() => act({ type: "restart", node })}>
              Restart {node}
            </button>
          ) : (
            <button type="button" className={buttonCompact} onClick={() => act({ type: "crash", node })}>
              Crash {node}
            </button>
          )
        ) : null}
        {controls.has("promote") && hasLeader ? (
          <button type="button" className={buttonCompact} onClick={() => act({ type: "promote", node })}>
            Promote {node}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

/** Every operator and client control the lesson (or /lab) allows; each sends one action through `inject`. */
export function ControlPanel(props: Props) {
  const { controls, nodes, act, fencing, leaseMs, hasLeader, leaderName, onReplayWithFencing, initialMode, raft } =
    props;
  const [mode, setMode] = useState<ReplicationMode>(initialMode);
  const modeName = useId();
  return (
    <div className="space-y-2">
      {controls.has("write") || controls.has("read") ? <ClientOps controls={controls} nodes={nodes} act={act} /> : null}
      {raft ? <RaftControls controls={controls} settings={raft} nodes={nodes} leader={leaderName} act={act} /> : null}
      {controls.has("lag") && !raft ? (
        <fieldset className={fieldset}>
          <legend className={legend}>Replica apply lag</legend>
          {nodes
            .filter((n) => n.id !== leaderName)
            .map((n) => (
              <LagSlider
                key={n.id}
                node={n.id}
                lagMs={n.applyLagMs}
                onCommit={(lagMs) => act({ type: "set-lag", node: n.id, lagMs })}
              />
            ))}
        </fieldset>
      ) : null}
      {controls.has("partition") ? <PartitionOps nodes={nodes} act={act} /> : null}
      {controls.has("crash") || controls.has("promote") ? (
        <NodeOps controls={controls} nodes={nodes} act={act} hasLeader={hasLeader} />
      ) : null}
      {controls.has("fencing") && hasLeader ? (
        <FencingControl
          fencing={fencing}
          leaseMs={leaseMs}
          onToggle={(on) => act({ type: "set-fencing", enabled: on })}
          onReplay={onReplayWithFencing}
        />
      ) : null}
      {controls.has("sync-mode") && hasLeader ? (
        <fieldset className={fieldset}>
          <legend className={legend}>Replication mode</legend>
          <div className="flex gap-3 text-sm">
            {(["async", "semi-sync", "sync"] as const).map((m) => (
              <label key={m} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={modeName}
                  checked={mode === m}
                  onChange={() => {
                    if (act({ type: "set-mode", mode: m }).ok) setMode(m);
                  }}
                />
                {m}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
