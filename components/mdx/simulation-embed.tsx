import type { ComponentProps } from "@/lib/content/component-registry";
import { scenarioInfo } from "@/lib/content/scenario-catalog";

const CONTROL_LABELS: Record<ComponentProps<"Simulation">["controls"][number], string> = {
  lag: "replication lag",
  partition: "network partitions",
  promote: "promoting a replica",
  crash: "crashing a node",
  fencing: "fencing on or off",
  "sync-mode": "the replication mode",
  "clock-skew": "clock skew between nodes",
};

/** A scenario from the engine's registry, described in words until the interactive lab ships. */
export function SimulationEmbed({ scenario, controls }: ComponentProps<"Simulation">) {
  const info = scenarioInfo(scenario);
  if (!info) throw new Error(`Unknown scenario ${scenario}`);
  return (
    <aside aria-label={`Simulation: ${info.title}`} className="not-prose my-8 rounded-xl border border-brand-500/40 bg-brand-50/60 p-5 dark:bg-brand-900/30">
      <p className="text-xs font-semibold uppercase tracking-wider text-brand-700 dark:text-brand-100">Simulator scenario</p>
      <p className="mt-1 text-lg font-semibold">{info.title}</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{info.description}</p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        The interactive lab will let you drive this scenario yourself, adjusting {controls.map((control) => CONTROL_LABELS[control]).join(", ")}.
        Scenario id: <code className="font-mono">{info.id}</code>
      </p>
    </aside>
  );
}
