import type { LabOrigin } from "@/lib/lab/lab-url";
import { link } from "@/components/ui/class-names";

const WHERE: Record<LabOrigin["from"], { opened: string; what: string; back: string }> = {
  quiz: {
    opened: "Opened from a quiz question",
    what: "This is the question's run, with only its operations, at the moment the question asks about. Rewind, branch or play on; it changes nothing in your answer.",
    back: "Back to the question",
  },
  submission: {
    opened: "Opened from a submission",
    what: "This is the run the candidate saved with their answer, at the moment they saved it. Rewind, branch or play on; it changes nothing in their submission.",
    back: "Back to the submission",
  },
};

/** Where this run came from, and the way back there. */
export function OriginBanner({ origin }: { origin: LabOrigin }) {
  const where = WHERE[origin.from];
  return (
    <section
      aria-label="Where this run came from"
      className="rounded-lg border border-brand-500/50 bg-brand-50 p-3 text-sm dark:bg-slate-900"
      data-testid="lab-origin"
    >
      <p>
        {where.opened}: <strong>{origin.title}</strong>
      </p>
      <p className="mt-1 text-slate-600 dark:text-slate-300">{where.what}</p>
      <a href={origin.back} className={`mt-1 inline-block ${link}`}>
        ← {where.back}
      </a>
    </section>
  );
}
