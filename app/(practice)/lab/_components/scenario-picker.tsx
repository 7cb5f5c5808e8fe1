"use client";
import type { ScenarioListing } from "@/lib/sim";
import { decodeShare } from "@/lib/sim/share-codec";
import { inputCompact, link } from "@/components/ui/class-names";

export interface TopologyListing extends ScenarioListing {
  readonly protocol: string;
}

const TOPOLOGIES: Readonly<Record<string, string>> = {
  "single-leader": "Single leader",
  leaderless: "Leaderless (Dynamo-style quorums)",
  chain: "Chain replication",
  "multi-master": "Multi-master",
  galera: "Galera (virtually synchronous)",
  raft: "Raft consensus",
};

/** Scenarios by topology, in the registry's order within each. */
function byTopology(scenarios: readonly TopologyListing[]): Array<[string, TopologyListing[]]> {
  const groups = new Map<string, TopologyListing[]>();
  for (const s of scenarios) groups.set(s.protocol, [...(groups.get(s.protocol) ?? []), s]);
  return [...groups];
}

/**
 * Leaving a run with actions asks first. The address follows the run, so its actions are read from there; the run
 * also stays in the browser's history, where Back returns to it.
 */
function mayLeave(): boolean {
  const code = new URLSearchParams(window.location.search).get("run");
  const run = code === null ? undefined : decodeShare(code);
  const count = run?.success ? run.data.actions.length : 0;
  if (count === 0) return true;
  return window.confirm(
    `Open another scenario? Your run here (${count} action${count === 1 ? "" : "s"}) stays in this tab's history: Back returns to it, and Copy share link keeps it.`,
  );
}

/** Every scenario in the engine's registry, grouped by topology, so new protocols' scenarios appear without edits. */
export function ScenarioPicker({ scenarios, current }: { scenarios: readonly TopologyListing[]; current: string }) {
  const groups = byTopology(scenarios);
  const open = (name: string) => {
    // A full navigation, not the client router: Back then loads the run's own address again, where the router would
    // restore the page as it was first rendered (before the address followed the run).
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- on purpose, as said above
    if (name !== current && mayLeave()) window.location.assign(`/lab?scenario=${encodeURIComponent(name)}`);
  };
  return (
    <div className="flex flex-col gap-2 text-sm">
      <label className="flex flex-col gap-1 font-medium">
        Scenario
        <select className={`${inputCompact} max-w-xs`} value={current} onChange={(e) => open(e.target.value)}>
          {groups.map(([protocol, list]) => (
            <optgroup key={protocol} label={TOPOLOGIES[protocol] ?? protocol}>
              {list.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <details className="max-w-xs">
        <summary className="cursor-pointer font-medium">All scenarios, by topology</summary>
        <nav aria-label="Scenarios by topology" className="mt-2 max-h-96 space-y-3 overflow-y-auto pr-1">
          {groups.map(([protocol, list]) => (
            <section key={protocol}>
              <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
                {TOPOLOGIES[protocol] ?? protocol}
              </h2>
              <ul className="mt-1 space-y-2">
                {list.map((s) => (
                  <li key={s.name}>
                    <a
                      href={`/lab?scenario=${encodeURIComponent(s.name)}`}
                      className={link}
                      aria-current={s.name === current ? "page" : undefined}
                      onClick={(e) => {
                        e.preventDefault();
                        open(s.name);
                      }}
                    >
                      {s.title}
                    </a>
                    <p className="text-xs text-slate-600 dark:text-slate-300">{s.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
      </details>
    </div>
  );
}
