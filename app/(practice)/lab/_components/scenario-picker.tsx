"use client";
import { useRouter } from "next/navigation";
import type { ScenarioListing } from "@/lib/sim";

/** Every scenario in the engine's registry, so new protocols' scenarios appear here without edits. */
export function ScenarioPicker({ scenarios, current }: { scenarios: readonly ScenarioListing[]; current: string }) {
  const router = useRouter();
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      Scenario
      <select
        className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        value={current}
        onChange={(e) => router.push(`/lab?scenario=${encodeURIComponent(e.target.value)}`)}
      >
        {scenarios.map((s) => (
          <option key={s.name} value={s.name} title={s.description}>
            {s.title}
          </option>
        ))}
      </select>
    </label>
  );
}
