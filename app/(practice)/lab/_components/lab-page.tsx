"use client";
import { listScenarios, scenarios } from "@/lib/sim";
import { Lab } from "@/components/sim/lab";
import { withNodeCount, withQuorum } from "@/lib/lab/lab-run";
import { readLabParams, type SharedRun } from "@/lib/sim/share-codec";
import { ScenarioPicker } from "./scenario-picker";
import { LoadNotice } from "./load-notice";

export const DEFAULT_SCENARIO = "lag-stale-read";

/**
 * Whether a shared run's quorum sizes fit its scenario (a hand-edited link may ask for W > N, or quorums on a
 * single-leader cluster).
 */
function quorumMisfit(run: SharedRun): string | undefined {
  const base = scenarios[run.scenario];
  if (!run.quorum || !base) return undefined;
  const r = withQuorum(withNodeCount(base, run.nodes), run.quorum);
  return r.success ? undefined : `the link's quorum sizes do not fit: ${r.error}`;
}

/** Reads the URL once and mounts the lab; bad input opens the default scenario with a notice. */
export function LabPage({ params }: { params: Record<string, string> }) {
  const listing = listScenarios();
  const names = listing.map((s) => s.name);
  const state = readLabParams({ get: (k) => params[k] ?? null }, names, quorumMisfit);
  const fallback = names.includes(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : (names[0] ?? DEFAULT_SCENARIO);
  const name = state.shared?.scenario ?? state.scenario ?? fallback;
  const info = listing.find((s) => s.name === name);
  const key = JSON.stringify(params);
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0 max-w-3xl">
          <h1 className="text-2xl font-bold tracking-tight">Replication lab</h1>
          <p className="mt-1 text-lg font-semibold">{info?.title ?? name}</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{info?.description}</p>
        </div>
        <ScenarioPicker scenarios={listing} current={name} />
      </header>
      {state.problems.length > 0 ? <LoadNotice problems={state.problems} scenario={info?.title ?? name} /> : null}
      <Lab key={key} scenario={name} seed={state.seed} nodes={state.nodes} shared={state.shared} syncUrl standalone />
    </div>
  );
}
