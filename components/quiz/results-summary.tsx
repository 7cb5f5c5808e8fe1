import Link from "next/link";
import type { ResultsSummary } from "@/lib/quiz/results-summary";
import type { Tone } from "@/lib/quiz/verdict";
import { labHref } from "./lab-link";
import { VerdictBadge } from "./verdict-badge";

const BAR: Record<Exclude<Tone, "unanswered">, string> = {
  right: "bg-emerald-600 dark:bg-emerald-400",
  partly: "bg-amber-500 dark:bg-amber-400",
  wrong: "bg-rose-600 dark:bg-rose-400",
};
const COUNT_WORDS: Record<Tone, string> = {
  right: "right",
  partly: "partly right",
  wrong: "wrong",
  unanswered: "not answered",
};

/** "#read-your-own-writes" → "Read your own writes": the section a link goes to, in words. */
function sectionName(href: string): string {
  const anchor = href.split("#")[1] ?? href;
  const words = anchor.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The head of a results page: the score, how many right / partly right / wrong (each with its icon and
 * word), each concept as a bar, and what to do next. `reviewOn` says when they come back ("later today", "on 10 Mar
 * 2026").
 */
export function ResultsSummaryView({
  summary,
  score,
  maxScore,
  reviewOn,
}: {
  summary: ResultsSummary;
  score: string;
  maxScore: number;
  reviewOn: string | null;
}) {
  const tones = (["right", "partly", "wrong", "unanswered"] as const).filter((t) => summary.counts[t] > 0);
  return (
    <section
      aria-labelledby="summary-heading"
      className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      <p className="text-2xl font-bold tracking-tight" data-testid="score">
        Score: {score} / {maxScore}
      </p>
      <ul aria-label="Answers" className="flex flex-wrap gap-2">
        {tones.map((t) => (
          <li key={t}>
            <VerdictBadge tone={t} label={`${summary.counts[t]} ${COUNT_WORDS[t]}`} />
          </li>
        ))}
      </ul>
      {summary.byConcept.length > 0 ? (
        <div>
          <h3 className="font-semibold">By concept</h3>
          <ul className="mt-2 space-y-2" aria-label="By concept">
            {summary.byConcept.map((c) => (
              <li key={c.concept} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-3 text-sm">
                <span className="truncate font-medium">{c.concept}</span>
                <span className="h-2 rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden="true">
                  <span
                    className={`block h-2 rounded-full ${BAR[c.tone]}`}
                    style={{ width: `${Math.round((100 * c.right) / c.total)}%` }}
                  />
                </span>
                <span className="tabular-nums">
                  {c.right} of {c.total} right
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">What to do next</h3>
        {summary.missed.length === 0 ? (
          <p className="mt-1 text-sm">
            Everything right. These questions come back in review{reviewOn ? ` ${reviewOn}` : ""}, spaced out so they
            stay learnt.
          </p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {summary.toRead.map((href) => (
              <li key={href}>
                Read{" "}
                <Link href={href} className="underline underline-offset-2">
                  {sectionName(href)}
                </Link>{" "}
                again.
              </li>
            ))}
            {summary.lab ? (
              <li>
                <a href={labHref(summary.lab)} className="underline underline-offset-2">
                  Replay a run you missed in the lab
                </a>{" "}
                and watch where it goes wrong.
              </li>
            ) : null}
            <li>
              {summary.missed.length === 1
                ? "The question you missed comes"
                : `The ${summary.missed.length} questions you missed come`}{" "}
              back in{" "}
              <Link href="/review" className="underline underline-offset-2">
                review
              </Link>
              {reviewOn ? ` ${reviewOn}` : ""}.
            </li>
          </ul>
        )}
      </div>
    </section>
  );
}
