import type { ComponentProps } from "@/lib/content/component-registry";
import { scenarioInfo } from "@/lib/content/scenario-catalog";
import { createSimulation, scenarios, snapshot } from "@/lib/sim";
import { drawingOf } from "@/lib/lab/cluster-geometry";
import type { LabControl } from "@/lib/lab/lab-controls";
import { LazyLab } from "./lazy-lab";
import type { PosterNode } from "./lab-poster";

const CONTROL_LABELS: Record<LabControl, string> = {
  lag: "replication lag",
  partition: "network partitions",
  promote: "promoting a replica",
  crash: "crashing a node",
  fencing: "fencing on or off",
  "sync-mode": "the replication mode",
  "clock-skew": "clock skew between nodes",
  write: "client writes",
  read: "client reads",
  drop: "dropping a message",
  topology: "the cluster's shape",
  sweep: "a parameter sweep",
  "read-mode": "how reads are answered",
  "clock-drift": "clock drift",
  "pre-vote": "pre-vote on or off",
  "slow-disk": "a slow disk",
};

/** The scenario's nodes at time 0, as the lab will first draw them: all the poster needs, computed at build time. */
function firstFrame(scenario: string): PosterNode[] {
  const base = scenarios[scenario];
  if (!base) throw new Error(`Unknown scenario ${scenario}`);
  return snapshot(createSimulation(base), { lastEvents: 0 }).nodes.map(({ id, role }) => ({ id, role }));
}

/** A scenario from the engine's registry, with the interactive lab showing only the controls the lesson lists. */
export function SimulationEmbed({ scenario, controls }: ComponentProps<"Simulation">) {
  const info = scenarioInfo(scenario);
  if (!info) throw new Error(`Unknown scenario ${scenario}`);
  return (
    <aside
      aria-label={`Simulation: ${info.title}`}
      className="not-prose my-8 rounded-xl border border-brand-500/40 bg-brand-50/60 p-5 dark:bg-brand-900/30"
    >
      <p className="text-xs font-semibold uppercase tracking-wider text-brand-700 dark:text-brand-100">
        Simulator scenario
      </p>
      <p className="mt-1 text-lg font-semibold">{info.title}</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{info.description}</p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Try {controls.map((control) => CONTROL_LABELS[control]).join(", ")}.{" "}
        <a href={`/lab?scenario=${info.id}`} className="underline">
          Open in the full lab
        </a>
      </p>
      <div className="mt-4">
        <LazyLab
          scenario={info.id}
          controls={controls}
          firstFrame={firstFrame(info.id)}
          drawing={drawingOf(scenarios[info.id]?.topology ?? { protocol: "mesh" })}
        />
      </div>
    </aside>
  );
}
