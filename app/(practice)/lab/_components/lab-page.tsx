"use client";
import { listScenarios, scenarios } from "@/lib/sim";
import { Lab } from "@/components/sim/lab";
import type { LabAddress } from "@/lib/lab/lab-url";
import { ScenarioPicker } from "./scenario-picker";
import { LoadNotice } from "./load-notice";
import { OriginBanner } from "./origin-banner";

/** The blank sandbox: the lab's default, and the guided demo's cluster. */
export const DEFAULT_SCENARIO = "sandbox";

/** Mounts the lab the address describes; what it could not read opens the default scenario with a notice. */
export function LabPage({ address }: { address: LabAddress }) {
  const listing = listScenarios().map((s) => ({ ...s, protocol: scenarios[s.name]?.topology.protocol ?? "other" }));
  const names = listing.map((s) => s.name);
  const fallback = names.includes(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : (names[0] ?? DEFAULT_SCENARIO);
  const name = address.shared?.scenario ?? address.scenario ?? fallback;
  const info = listing.find((s) => s.name === name);
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
      {address.origin ? <OriginBanner origin={address.origin} /> : null}
      {address.problems.length > 0 ? <LoadNotice problems={address.problems} scenario={info?.title ?? name} /> : null}
      <Lab
        scenario={name}
        seed={address.seed}
        nodes={address.nodes}
        shared={address.shared}
        tree={address.tree}
        guidedDemo={name === DEFAULT_SCENARIO}
        demoStep={address.demo}
        origin={address.origin}
        syncUrl
        standalone
      />
    </div>
  );
}
