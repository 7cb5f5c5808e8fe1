import type { ClientQuestion } from "@/lib/quiz/ask";

type Scenario = Omit<NonNullable<ClientQuestion["scenario"]>, "seed"> & { readonly seed?: number };

/**
 * The scenario's setup and its timeline up to the moment of the question; the variant seed only where the page was
 * given it (a reviewer's).
 */
export function ScenarioSetup({ scenario }: { scenario: Scenario }) {
  return (
    <div className="mt-2 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-900">
      <p>{scenario.setup}</p>
      {scenario.timeline.length > 0 ? (
        <>
          <p className="mt-2 font-medium">Timeline so far</p>
          <ul className="mt-1 font-mono text-xs" data-testid="scenario-timeline">
            {scenario.timeline.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {scenario.seed === undefined ? null : <p className="mt-2 text-xs text-muted">Variant seed {scenario.seed}</p>}
    </div>
  );
}
