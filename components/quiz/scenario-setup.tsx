import type { ClientQuestion } from "@/lib/quiz/ask";

/** The scenario's setup and its timeline up to the moment of the question. */
export function ScenarioSetup({ scenario }: { scenario: NonNullable<ClientQuestion["scenario"]> }) {
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
      <p className="mt-2 text-xs text-muted">Variant seed {scenario.seed}</p>
    </div>
  );
}
