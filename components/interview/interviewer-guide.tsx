import { PHASES } from "@/lib/interview/phases";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { card } from "@/components/ui/class-names";

/** For the interviewer only: what a strong candidate clarifies, the model outline and the follow-up bank. */
export function InterviewerGuide({ prompt }: { prompt: InterviewPrompt }) {
  return (
    <section className={`${card} space-y-2 text-sm`} aria-labelledby="guide-heading">
      <h2 id="guide-heading" className="font-semibold">
        Interviewer&apos;s guide
      </h2>
      <details open>
        <summary className="cursor-pointer font-medium">Follow-up questions</summary>
        <ul className="mt-1 space-y-2 pl-1">
          {prompt.followUps.map((f) => (
            <li key={f.question}>
              <p className="font-medium">{f.question}</p>
              <p className="text-slate-600 dark:text-slate-300">Listen for: {f.listenFor}</p>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary className="cursor-pointer font-medium">What a strong candidate clarifies</summary>
        <ul className="mt-1 list-disc pl-5">
          {[...prompt.clarify.functional, ...prompt.clarify.nonFunctional].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary className="cursor-pointer font-medium">Model outline</summary>
        {PHASES.map((phase) => (
          <div key={phase.id} className="mt-2">
            <h3 className="font-semibold">{phase.label}</h3>
            <ul className="list-disc pl-5">
              {prompt.outline[phase.id].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      <details>
        <summary className="cursor-pointer font-medium">Common pitfalls</summary>
        <ul className="mt-1 list-disc pl-5">
          {prompt.pitfalls.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
