import type { ComponentProps } from "@/lib/content/component-registry";
import { scenarioInfo } from "@/lib/content/scenario-catalog";
import { Lab } from "@/components/sim/lab";
import type { LabControl } from "@/lib/lab/lab-controls";

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
};

/** A scenario from the engine's registry, with the interactive lab showing only the controls the lesson lists. */
export function SimulationEmbed({ scenario, controls }: ComponentProps<"Simulation">) {
  const info = scenarioInfo(scenario);
  if (!info) throw new Error(`Unknown scenario ${scenario}`);
  return (
    <aside aria-label={`Simulation: ${info.title}`} className="not-prose my-8 rounded-xl border border-brand-500/40 bg-brand-50/60 p-5 dark:bg-brand-900/30">
      <p className="text-xs font-semibold uppercase tracking-wider text-brand-700 dark:text-brand-100">Simulator scenario</p>
      <p className="mt-1 text-lg font-semibold">{info.title}</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{info.description}</p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Try {controls.map((control) => CONTROL_LABELS[control]).join(", ")}.{" "}
        <a href={`/lab?scenario=${info.id}`} className="underline">
          Open in the full lab
        </a>
      </p>
      <div className="mt-4">
        <Lab scenario={info.id} controls={controls} />
      </div>
    </aside>
  );
}
