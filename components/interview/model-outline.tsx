import { checkCoverage } from "@/lib/interview/coverage";
import { PHASES } from "@/lib/interview/phases";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { card } from "@/components/ui/class-names";

/** After the self-assessment: the model outline per phase, the pitfalls, and which key points the notes covered. */
export function ModelOutline({ prompt, notes }: { prompt: InterviewPrompt; notes: string }) {
  const coverage = checkCoverage(notes, prompt.keyPoints);
  return (
    <div className="space-y-4">
      <section className={card} aria-labelledby="coverage-heading" data-testid="coverage">
        <h2 id="coverage-heading" className="text-lg font-semibold">
          Coverage: {coverage.covered.length} of {prompt.keyPoints.length} key points
        </h2>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">Your notes mention</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {coverage.covered.map((c) => (
                <li key={c.point}>
                  {c.point}{" "}
                  <span className="text-muted">
                    (“{c.matched}”{c.why ? `: ${c.why}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="text-sm font-semibold text-amber-800 dark:text-amber-300">Missing</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {coverage.missed.map((m) => (
                <li key={m.point}>{m.point}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <section className={card} aria-labelledby="outline-heading" data-testid="model-outline">
        <h2 id="outline-heading" className="text-lg font-semibold">
          Model outline
        </h2>
        {PHASES.map((phase) => (
          <div key={phase.id} className="mt-3">
            <h3 className="text-sm font-semibold">
              {phase.label} ({phase.startMin}–{phase.endMin} min)
            </h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
              {prompt.outline[phase.id].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
        <h3 className="mt-4 text-sm font-semibold">Common pitfalls</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {prompt.pitfalls.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
