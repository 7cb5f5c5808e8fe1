"use client";
import type { Action, ActionResult, NodeSnapshot } from "@/lib/sim";
import type { LabControl } from "@/lib/lab/lab-controls";
import type { RaftSettings } from "@/lib/sim/protocols/raft-settings";
import { fieldset, legend } from "@/components/ui/class-names";
import { ClockDriftControl } from "./clock-drift-control";
import { LagSlider } from "./lag-slider";
import { PreVoteControl } from "./pre-vote-control";
import { ReadModeControl } from "./read-mode-control";

interface Props {
  readonly controls: ReadonlySet<LabControl>;
  readonly settings: RaftSettings;
  readonly nodes: readonly NodeSnapshot[];
  readonly leader: string | undefined;
  readonly act: (a: Action) => ActionResult;
}

/** The controls only a Raft run has; each change is one action in the run's log, so rewind and share links keep it. */
export function RaftControls({ controls, settings, nodes, leader, act }: Props) {
  return (
    <>
      {controls.has("read-mode") ? (
        <ReadModeControl mode={settings.readMode} onChange={(mode) => act({ type: "set-read-mode", mode })} />
      ) : null}
      {controls.has("clock-drift") ? (
        <ClockDriftControl
          settings={settings}
          leader={leader}
          onCommit={(node, drift) => act({ type: "set-clock-drift", node, drift })}
        />
      ) : null}
      {controls.has("pre-vote") ? (
        <PreVoteControl on={settings.preVote} onToggle={(enabled) => act({ type: "set-pre-vote", enabled })} />
      ) : null}
      {controls.has("slow-disk") ? (
        <fieldset className={fieldset}>
          <legend className={legend}>Slow disk</legend>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            How long each server takes to acknowledge the entries it stores.
          </p>
          {nodes.map((n) => (
            <LagSlider
              key={n.id}
              node={n.id}
              lagMs={n.applyLagMs}
              what="Disk delay"
              onCommit={(lagMs) => act({ type: "set-lag", node: n.id, lagMs })}
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
